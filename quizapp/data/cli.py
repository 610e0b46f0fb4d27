"""``flask data export -o FILE`` and ``flask data import FILE``."""

from __future__ import annotations

import json
from pathlib import Path

import click
from flask.cli import AppGroup

from quizapp.data.operations import RestoreError, export_all, restore_all

data_cli = AppGroup("data", help="Back up and restore all users, sets, answers and review history.")


@data_cli.command("export")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
def export(output: Path) -> None:
    """Write the whole database to one JSON file."""
    document = export_all()
    output.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    total = sum(len(rows) for rows in document["tables"].values())
    click.echo(f"Exported {total} rows from {len(document['tables'])} tables to {output}.")


@data_cli.command("import")
@click.argument("backup", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_(backup: Path) -> None:
    """Restore a backup into an empty, migrated database."""
    try:
        document = json.loads(backup.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise click.ClickException(f"{backup} is not a JSON backup: {error}") from error
    try:
        counts = restore_all(document)
    except RestoreError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Restored {sum(counts.values())} rows into {len(counts)} tables.")
