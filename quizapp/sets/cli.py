"""``flask bank derive|import|load-default``: build a bank from a text and store it."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup
from sqlalchemy import select

from quizapp.bank.formats.interchange import dump_json, load_json
from quizapp.bank.types import BankFormatError
from quizapp.extensions import db
from quizapp.sets.models import QuestionSet
from quizapp.sets.operations import SetError, import_bank

bank_cli = AppGroup("bank", help="Derive question banks from texts and import them.")

DEFAULT_SLUG = "victor-serge"


def question_bank_dir() -> Path:
    """The shipped ``question_bank/`` folder beside the package."""
    return Path(current_app.root_path).parent / "question_bank"


def _report(error: BankFormatError) -> click.ClickException:
    lines = [f"  {'question ' + str(p.row) + ': ' if p.row else ''}{p.reason}" for p in error.problems]
    return click.ClickException("The bank is invalid:\n" + "\n".join(lines))


@bank_cli.command("derive")
@click.argument("source", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="Where to write the JSON bank.")
@click.option("--title", default=None, help="The set's title (default: from the file name).")
def derive(source: Path, output: Path, title: str | None) -> None:
    """Derive a question bank from a plain-text SOURCE file (no database needed)."""
    from quizapp.bank.derive import derive_bank
    from quizapp.bank.text.source import SourceTextError, read_source_text

    try:
        text = read_source_text(source)
    except SourceTextError as error:
        raise click.ClickException(str(error)) from error
    title = title or source.stem.replace("_", " ").replace("-", " ").title()
    with click.progressbar(length=1, label="Deriving questions", file=sys.stderr) as bar:
        state = {"done": 0}

        def progress(done: int, total: int) -> None:
            bar.length = max(total, 1)
            bar.update(done - state["done"])
            state["done"] = done

        try:
            bank = derive_bank(text, title=title, source=source.name, progress=progress)
        except ValueError as error:
            raise click.ClickException(str(error)) from error
    output.write_text(dump_json(bank), encoding="utf-8")
    click.echo(f"Wrote {len(bank.questions)} questions to {output}.")


@bank_cli.command("import")
@click.argument("bank_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--slug", required=True, help="The set's slug; an existing set with it is replaced.")
@click.option("--publish/--no-publish", default=None, help="Publish the set (default: keep; new sets are unpublished).")
@click.option("--source-text", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="The text the bank came from.")
def import_(bank_file: Path, slug: str, publish: bool | None, source_text: Path | None) -> None:
    """Create or replace a set from a JSON bank, keeping history for unchanged question ids."""
    try:
        bank = load_json(bank_file.read_bytes(), default_title=bank_file.stem)
    except BankFormatError as error:
        raise _report(error) from error
    text = source_text.read_text(encoding="utf-8-sig") if source_text else ""
    try:
        qset = import_bank(bank, slug, owner_id=None, source_text=text, published=publish)
    except SetError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Imported {len(bank.questions)} questions into '{qset.slug}'.")


@bank_cli.command("load-default")
def load_default() -> None:
    """Load the shipped default set (published) unless it is already there."""
    if db.session.scalar(select(QuestionSet.id).where(QuestionSet.slug == DEFAULT_SLUG)) is not None:
        click.echo(f"The default set '{DEFAULT_SLUG}' is already loaded.")
        return
    folder = question_bank_dir()
    bank = load_json((folder / "victor_serge.json").read_bytes())
    text = (folder / "sources" / "victor_serge.txt").read_text(encoding="utf-8")
    import_bank(bank, DEFAULT_SLUG, owner_id=None, source_text=text, published=True)
    click.echo(f"Loaded the default set '{DEFAULT_SLUG}' ({len(bank.questions)} questions).")
