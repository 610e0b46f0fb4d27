"""quizapp: study history texts with derived questions, quizzes and spaced repetition."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from flask import Flask


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the application: configuration, extensions, security headers, blueprints and CLI commands."""
    from quizapp import extensions as ext
    from quizapp.blueprints import register_blueprints
    from quizapp.config import load_config
    from quizapp.database import configure_engine, render_item
    from quizapp.security import init_security

    app = Flask(__name__, instance_relative_config=True)
    load_config(app, test_config)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    ext.db.init_app(app)
    with app.app_context():
        configure_engine(ext.db.engine)
    migrations = Path(app.root_path).parent / "migrations"
    ext.migrate.init_app(app, ext.db, directory=str(migrations), render_item=render_item, compare_type=True)
    ext.login_manager.init_app(app)
    ext.csrf.init_app(app)
    ext.mail.init_app(app)
    ext.limiter.init_app(app)
    # Every limit is declared on its view (no default, application or blueprint limits), and a limited view
    # checks its limit itself: the limiter's hook before every other request would only cost time. (With
    # RATELIMIT_ENABLED = False the limiter installs no hook at all.)
    hooks = app.before_request_funcs.get(None, [])
    if ext.limiter._check_request_limit in hooks:
        hooks.remove(ext.limiter._check_request_limit)

    init_security(app)
    register_blueprints(app)
    return app
