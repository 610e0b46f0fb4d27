"""Reset links by e-mail (Flask-Mail) when ``MAIL_SERVER`` is set; otherwise written to the log, for development."""

from __future__ import annotations

import logging

from flask import current_app
from flask_mail import Message

from quizapp.extensions import mail

log = logging.getLogger(__name__)


def send_reset_link(email: str, link: str, lifetime_minutes: int) -> bool:
    """Send ``link`` to ``email``, or log it when no mail server is configured.

    Returns:
        Whether it was handed to the mail server (False when logged, or when sending failed, which is logged).
    """
    if not current_app.config.get("MAIL_SERVER"):
        log.info("password reset link for %s (no MAIL_SERVER, so not sent): %s", email, link)
        return False
    body = (
        "Someone (we hope you) asked to reset the password of your quizapp account.\n\n"
        f"Choose a new password here (the link works once, for {lifetime_minutes} minutes):\n\n{link}\n\n"
        "If you did not ask for this, ignore this e-mail: your password stays as it is.\n"
    )
    try:
        mail.send(Message("Reset your quizapp password", recipients=[email], body=body))
    except Exception:  # noqa: BLE001 - a mail server down must not show who has an account
        log.exception("could not send the password reset e-mail")
        return False
    return True
