"""The list of features: each is a blueprint (and maybe CLI commands) registered here."""

from __future__ import annotations

from flask import Flask


def register_blueprints(app: Flask) -> None:
    """Register every feature's blueprint and command group."""
    from quizapp.admin import bp as admin_bp
    from quizapp.auth import bp as auth_bp
    from quizapp.auth.cli import user_cli
    from quizapp.classes import bp as classes_bp
    from quizapp.data.cli import data_cli
    from quizapp.errors import bp as errors_bp
    from quizapp.exports import bp as exports_bp
    from quizapp.exports.cli import export_cli
    from quizapp.jobs.cli import worker_command
    from quizapp.main import bp as main_bp
    from quizapp.progress import bp as progress_bp
    from quizapp.quiz import bp as quiz_bp
    from quizapp.review import bp as review_bp
    from quizapp.sets.cli import bank_cli
    from quizapp.teacher import bp as teacher_bp

    app.register_blueprint(errors_bp)
    app.register_blueprint(main_bp)
    app.register_blueprint(auth_bp, url_prefix="/auth")
    app.register_blueprint(teacher_bp, url_prefix="/teacher")
    app.register_blueprint(admin_bp, url_prefix="/admin")
    app.register_blueprint(classes_bp, url_prefix="/classes")
    app.register_blueprint(exports_bp, url_prefix="/export")
    app.register_blueprint(quiz_bp)
    app.register_blueprint(review_bp)
    app.register_blueprint(progress_bp)
    app.cli.add_command(user_cli)
    app.cli.add_command(bank_cli)
    app.cli.add_command(export_cli)
    app.cli.add_command(data_cli)
    app.cli.add_command(worker_command)
    app.jinja_env.globals["has_endpoint"] = lambda name: name in app.view_functions
