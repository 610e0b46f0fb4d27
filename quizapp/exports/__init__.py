"""Exports: flashcards as Anki CSV and .apkg, and banks as interchange JSON, Moodle GIFT, Moodle XML or Quizlet text
(pages and ``flask export``).

The pure writers (``cards``, ``anki_csv``, ``apkg``, ``spreadsheet``) take plain data; the views and CLI read the
database through ``queries``. Who may export a set: its owner (any state), every teacher for an unowned set, and
every user who may study it (``quizapp.sets.visibility``); anyone else gets 404.
"""

from flask import Blueprint

bp = Blueprint("exports", __name__)

from quizapp.exports import views  # noqa: E402,F401
