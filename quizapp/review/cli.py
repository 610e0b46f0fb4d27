"""``flask review fit EMAIL``: fit a student's FSRS parameters now, in this process."""

from __future__ import annotations

import click
from quizapp.auth.operations import find_user
from quizapp.extensions import db
from quizapp.review import bp
from quizapp.review.fitting import fit_task
from quizapp.review.models import StudentParameters


@bp.cli.command("fit")
@click.argument("email")
def fit(email: str) -> None:
    """Fit the FSRS parameters of the student EMAIL to their review log and reschedule their cards."""
    user = find_user(email)
    if user is None:
        raise click.ClickException(f"No account with the email {email}.")
    fit_task(user.id)
    row = db.session.get(StudentParameters, user.id)
    if row is None or row.state != "done":
        raise click.ClickException(f"Not fitted: {row.error if row else 'no reviews'}.")
    click.echo(
        f"Fitted on {row.reviews_used} reviews. Held-out log loss: defaults {row.log_loss_default:.4f}, "
        f"personal {row.log_loss_personal:.4f}. Cards rescheduled."
    )
