"""Download pages: a set as Anki CSV, .apkg, JSON, Moodle GIFT, Moodle XML or Quizlet text; a student's review deck as Anki CSV or .apkg with its memory state."""

from __future__ import annotations

from flask import Response, render_template
from flask_login import current_user, login_required

from quizapp.bank.formats import gift, moodle_xml, quizlet
from quizapp.bank.formats.interchange import dump_json
from quizapp.exports import bp
from quizapp.exports.anki_csv import render_anki_csv
from quizapp.exports.apkg import build_apkg
from quizapp.exports.queries import exportable_set_or_404, review_notes, set_bank, set_notes, set_timestamp, studyable_sets
from quizapp.extensions import utcnow


def _download(body: str | bytes, mimetype: str, filename: str) -> Response:
    return Response(
        body,
        mimetype=mimetype,
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "private, no-store"},
    )


@bp.route("/")
@login_required
def index() -> str:
    """The sets a user may download as flashcards, and their own review deck."""
    return render_template("exports/index.html", sets=studyable_sets(current_user))


@bp.route("/sets/<slug>/anki.csv")
@login_required
def set_anki_csv(slug: str) -> Response:
    """A set's flashcards as a CSV file for Anki's File > Import."""
    qset = exportable_set_or_404(slug, current_user)
    deck, notes = set_notes(qset)
    return _download(render_anki_csv(notes, deck=deck), "text/csv", f"{qset.slug}-anki.csv")


@bp.route("/sets/<slug>/deck.apkg")
@login_required
def set_apkg(slug: str) -> Response:
    """A set's flashcards as an Anki package."""
    qset = exportable_set_or_404(slug, current_user)
    deck, notes = set_notes(qset)
    return _download(build_apkg(notes, deck=deck, timestamp=set_timestamp(qset)), "application/octet-stream", f"{qset.slug}.apkg")


@bp.route("/sets/<slug>/bank.json")
@login_required
def set_json(slug: str) -> Response:
    """A set in the JSON interchange format (uploading it again gives the same set)."""
    qset = exportable_set_or_404(slug, current_user)
    return _download(dump_json(set_bank(qset)), "application/json", f"{qset.slug}.json")


@bp.route("/sets/<slug>/gift.txt")
@login_required
def set_gift(slug: str) -> Response:
    """A set in Moodle's GIFT format (Question bank › Import › GIFT format)."""
    qset = exportable_set_or_404(slug, current_user)
    return _download(gift.write(set_bank(qset)), "text/plain", f"{qset.slug}-gift.txt")


@bp.route("/sets/<slug>/moodle.xml")
@login_required
def set_moodle_xml(slug: str) -> Response:
    """A set in Moodle XML (Question bank › Import › Moodle XML format)."""
    qset = exportable_set_or_404(slug, current_user)
    return _download(moodle_xml.write(set_bank(qset)), "application/xml", f"{qset.slug}-moodle.xml")


@bp.route("/sets/<slug>/quizlet.txt")
@login_required
def set_quizlet(slug: str) -> Response:
    """A set as Quizlet's import text: answer as term, prompt as definition, a tab between."""
    qset = exportable_set_or_404(slug, current_user)
    return _download(quizlet.write(set_bank(qset)), "text/plain", f"{qset.slug}-quizlet.txt")


@bp.route("/review/anki.csv")
@login_required
def review_anki_csv() -> Response:
    """The logged-in student's own review cards as an Anki CSV file."""
    deck, notes, _schedules = review_notes(current_user.id)
    return _download(render_anki_csv(notes, deck=deck), "text/csv", "my-review-deck-anki.csv")


@bp.route("/review/deck.apkg")
@login_required
def review_apkg() -> Response:
    """The logged-in student's review cards as an Anki package carrying each card's FSRS memory state, due date and log."""
    deck, notes, schedules = review_notes(current_user.id)
    package = build_apkg(notes, deck=deck, timestamp=utcnow().timestamp(), schedules=schedules)
    return _download(package, "application/octet-stream", "my-review-deck.apkg")
