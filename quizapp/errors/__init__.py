"""Error pages: a clear message and the right status, never a stack trace."""

from __future__ import annotations

import logging

from flask import Blueprint, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from quizapp.extensions import db

bp = Blueprint("errors", __name__)
log = logging.getLogger(__name__)

MESSAGES = {
    400: "The request could not be understood. If you were submitting a form, reload the page and try again.",
    403: "You do not have access to this page.",
    404: "There is no page at this address.",
    405: "This page cannot be used that way.",
    413: "The file or form is too large. The limit is {limit}.",
    429: "Too many attempts. Please wait a minute and try again.",
    500: "Something went wrong on our side. The error has been logged.",
}


def _render(status: int, title: str, message: str) -> tuple[str, int]:
    if request.accept_mimetypes.best == "application/json":
        return {"error": title, "message": message}, status  # type: ignore[return-value]
    try:
        return render_template("errors/error.html", status=status, title=title, message=message), status
    except Exception:  # noqa: BLE001 - the error page itself failed: answer in plain text, never a trace
        log.exception("error page failed to render")
        return f"{status} {title}: {message}", status


@bp.app_errorhandler(CSRFError)
def csrf_error(error: CSRFError) -> tuple[str, int]:
    """A form without a valid CSRF token: 400 with advice."""
    return _render(400, "Form expired", "The form was missing its security token or it expired. Reload the page and try again.")


@bp.app_errorhandler(HTTPException)
def http_error(error: HTTPException) -> tuple[str, int]:
    """Any HTTP error gets the site's page for its status."""
    status = error.code or 500
    if status >= 500:
        db.session.rollback()
    from flask import current_app

    limit_mb = current_app.config.get("MAX_CONTENT_LENGTH", 0) / (1024 * 1024)
    message = MESSAGES.get(status, error.description or "").format(limit=f"{limit_mb:g} MB")
    if status == 400 and error.description and not error.description.startswith("The browser (or proxy)"):
        message = error.description
    if status == 429 and error.description and error.description.startswith("Too many attempts"):
        message = error.description
    return _render(status, error.name, message)


@bp.app_errorhandler(Exception)
def unexpected_error(error: Exception) -> tuple[str, int]:
    """An unexpected exception: log it, roll back, show a plain 500 page."""
    db.session.rollback()
    log.exception("unhandled error on %s %s", request.method, request.path)
    return _render(500, "Internal Server Error", MESSAGES[500])
