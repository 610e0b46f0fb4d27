"""``flask export anki|apkg|json|gift|moodle-xml|quizlet SLUG -o FILE``: write a set's flashcards or bank to a file."""

from __future__ import annotations

from pathlib import Path

import click
from flask.cli import AppGroup

from quizapp.bank.formats import gift, moodle_xml, quizlet
from quizapp.bank.formats.interchange import dump_json
from quizapp.exports.anki_csv import render_anki_csv
from quizapp.exports.apkg import build_apkg
from quizapp.exports.queries import set_bank, set_by_slug, set_notes, set_timestamp
from quizapp.sets.models import QuestionSet

export_cli = AppGroup("export", help="Export question sets as Anki flashcards, JSON banks, Moodle GIFT or XML, or Quizlet text.")

OUTPUT = click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path), required=True, help="The file to write.")


def _set(slug: str) -> QuestionSet:
    qset = set_by_slug(slug)
    if qset is None:
        raise click.ClickException(f"No question set with the slug '{slug}'.")
    return qset


@export_cli.command("anki")
@click.argument("slug")
@OUTPUT
def anki(slug: str, output: Path) -> None:
    """Write the set SLUG as a CSV file for Anki (File > Import)."""
    deck, notes = set_notes(_set(slug))
    output.write_text(render_anki_csv(notes, deck=deck), encoding="utf-8", newline="")
    click.echo(f"Wrote {len(notes)} cloze notes ({sum(len(n.clozes) for n in notes)} cards) to {output}.")


@export_cli.command("apkg")
@click.argument("slug")
@OUTPUT
def apkg(slug: str, output: Path) -> None:
    """Write the set SLUG as an Anki package (.apkg)."""
    qset = _set(slug)
    deck, notes = set_notes(qset)
    output.write_bytes(build_apkg(notes, deck=deck, timestamp=set_timestamp(qset)))
    click.echo(f"Wrote {len(notes)} cloze notes ({sum(len(n.clozes) for n in notes)} cards) to {output}.")


@export_cli.command("json")
@click.argument("slug")
@OUTPUT
def json_(slug: str, output: Path) -> None:
    """Write the set SLUG in the JSON interchange format."""
    bank = set_bank(_set(slug))
    output.write_text(dump_json(bank), encoding="utf-8")
    click.echo(f"Wrote {len(bank.questions)} questions to {output}.")


WRITERS = {
    "gift": (gift.write, "Moodle GIFT (Question bank › Import › GIFT format)"),
    "moodle-xml": (moodle_xml.write, "Moodle XML (Question bank › Import › Moodle XML format)"),
    "quizlet": (quizlet.write, "Quizlet import text (answer TAB prompt, one a line)"),
}


def _bank_command(name: str) -> None:
    write, what = WRITERS[name]

    @export_cli.command(name, help=f"Write the set SLUG as {what}.")
    @click.argument("slug")
    @OUTPUT
    def command(slug: str, output: Path) -> None:
        bank = set_bank(_set(slug))
        output.write_text(write(bank), encoding="utf-8", newline="")
        click.echo(f"Wrote {len(bank.questions)} questions to {output}.")


for _name in WRITERS:
    _bank_command(_name)
