"""Moodle GIFT, Moodle XML and Quizlet downloads and ``flask export gift|moodle-xml|quizlet``: the files read back as the set."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from flask.testing import FlaskCliRunner, FlaskClient

from quizapp.bank.formats import gift, moodle_xml, quizlet
from quizapp.bank.formats.interchange import load_json
from quizapp.sets.models import QuestionSet
from tests.conftest import sample_bank
from tests.formats.conftest import ROOT, content

READERS = {"gift.txt": gift.read, "moodle.xml": moodle_xml.read}
FILENAMES = {"gift.txt": "ada-gift.txt", "moodle.xml": "ada-moodle.xml"}


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_a_moodle_download_reads_back_as_the_set(student_client: FlaskClient, make_set: Callable[..., QuestionSet], fmt: str) -> None:
    """Does a student's GIFT or Moodle XML download of a published set read back with the same questions?"""
    make_set("ada", published=True)
    response = student_client.get(f"/export/sets/ada/{fmt}")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == f'attachment; filename="{FILENAMES[fmt]}"'
    back = READERS[fmt](response.get_data(as_text=True), title="T")
    assert [content(q) for q in back.questions] == [content(q) for q in sample_bank().questions]


def test_the_quizlet_download_is_one_card_a_line(student_client: FlaskClient, make_set: Callable[..., QuestionSet]) -> None:
    """Is the Quizlet download the answer, a tab and the prompt on each line?"""
    make_set("ada", published=True)
    text = student_client.get("/export/sets/ada/quizlet.txt").get_data(as_text=True)
    assert text.splitlines()[0] == "London\tIn which city was Ada Lovelace born?"
    assert len(text.splitlines()) == len(sample_bank().questions)


@pytest.mark.parametrize(("command", "reader"), [("gift", gift.read), ("moodle-xml", moodle_xml.read)])
def test_the_default_set_exported_by_the_cli_reimports_the_same(runner: FlaskCliRunner, tmp_path: Path, command: str, reader: Callable[..., object]) -> None:
    """Does `flask export gift|moodle-xml` of the default set re-import with the same questions, answers and options?"""
    assert runner.invoke(args=["bank", "load-default"]).exit_code == 0
    output = tmp_path / "out"
    result = runner.invoke(args=["export", command, "victor-serge", "-o", str(output)])
    assert result.exit_code == 0, result.output
    shipped = load_json((ROOT / "question_bank" / "victor_serge.json").read_bytes())
    assert f"Wrote {len(shipped.questions)} questions" in result.output
    back = reader(output.read_text(encoding="utf-8"), title="T")
    assert [content(q) for q in back.questions] == [content(q) for q in shipped.questions]


def test_the_cli_writes_quizlet_text(runner: FlaskCliRunner, make_set: Callable[..., QuestionSet], tmp_path: Path) -> None:
    """Does `flask export quizlet` write term and definition pairs that Quizlet's reader takes back?"""
    make_set("ada")
    output = tmp_path / "ada.txt"
    assert runner.invoke(args=["export", "quizlet", "ada", "-o", str(output)]).exit_code == 0
    back = quizlet.read(output.read_text(encoding="utf-8"), title="T")
    assert [(q.answer, q.prompt) for q in back.questions] == [(q.answer, q.prompt) for q in sample_bank().questions]


@pytest.mark.parametrize("command", ["gift", "moodle-xml", "quizlet"])
def test_the_cli_refuses_an_unknown_slug(runner: FlaskCliRunner, tmp_path: Path, command: str) -> None:
    """Does each new export command name a missing set instead of writing a file?"""
    result = runner.invoke(args=["export", command, "nope", "-o", str(tmp_path / "x")])
    assert result.exit_code != 0
    assert "No question set with the slug 'nope'" in result.output
    assert not (tmp_path / "x").exists()
