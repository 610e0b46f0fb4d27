"""Download pages: a set as Anki CSV, .apkg or JSON; a student's review deck as Anki CSV."""

from __future__ import annotations


from flask import Response, render_template
from flask_login import current_user, login_required

from quizapp.bank.interchange import dump_json
from quizapp.exports import bp
from quizapp.exports.anki_csv import render_anki_csv
from quizapp.exports.apkg import build_apkg
from quizapp.exports.queries import exportable_set_or_404, published_sets, review_flashcards, set_bank, set_flashcards, set_timestamp


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
    return render_template("exports/index.html", sets=published_sets())


@bp.route("/sets/<slug>/anki.csv")
@login_required
def set_anki_csv(slug: str) -> Response:
    """A set's flashcards as a CSV file for Anki's File > Import."""
    qset = exportable_set_or_404(slug, current_user)
    deck, cards = set_flashcards(qset)
    return _download(render_anki_csv(cards, deck=deck), "text/csv", f"{qset.slug}-anki.csv")


@bp.route("/sets/<slug>/deck.apkg")
@login_required
def set_apkg(slug: str) -> Response:
    """A set's flashcards as an Anki package."""
    qset = exportable_set_or_404(slug, current_user)
    deck, cards = set_flashcards(qset)
    return _download(build_apkg(cards, deck=deck, timestamp=set_timestamp(qset)), "application/octet-stream", f"{qset.slug}.apkg")


@bp.route("/sets/<slug>/bank.json")
@login_required
def set_json(slug: str) -> Response:
    """A set in the JSON interchange format (uploading it again gives the same set)."""
    qset = exportable_set_or_404(slug, current_user)
    return _download(dump_json(set_bank(qset)), "application/json", f"{qset.slug}.json")


@bp.route("/review/anki.csv")
@login_required
def review_anki_csv() -> Response:
    """The logged-in student's own review cards as an Anki CSV file."""
    deck, cards = review_flashcards(current_user.id)
    return _download(render_anki_csv(cards, deck=deck), "text/csv", "my-review-deck-anki.csv")
