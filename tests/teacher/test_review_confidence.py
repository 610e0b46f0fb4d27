"""The review page lists the derived questions the generator is least sure of first, and the confidence
travels through the interchange format."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable

from flask.testing import FlaskClient

from quizapp.auth.models import User
from quizapp.bank.formats.interchange import dump_json, load_json
from quizapp.sets.models import QuestionSet
from tests.conftest import sample_bank


def test_doubtful_questions_come_first(teacher_client: FlaskClient, teacher: User,
                                       make_set: Callable[..., QuestionSet]) -> None:
    """Is a derived question of low confidence listed before the sure ones and hand-written ones, marked "check"?"""
    bank = sample_bank()
    scored = [dataclasses.replace(q, confidence=c) for q, c in zip(bank.questions, [0.95, None, 0.6], strict=False)]
    bank = dataclasses.replace(bank, questions=tuple(scored) + bank.questions[len(scored):])
    qset = make_set("scored", owner=teacher, published=False, bank=bank)
    page = teacher_client.get(f"/teacher/sets/{qset.id}").get_data(as_text=True)
    doubtful = next(q for q in scored if q.confidence == 0.6)
    sure = next(q for q in scored if q.confidence == 0.95)
    assert page.index(doubtful.prompt) < page.index(sure.prompt)
    assert page.count(">check</strong>") == 1
    assert "confidence 60&nbsp;%" in page


def test_confidence_round_trips_and_is_checked() -> None:
    """Does the optional confidence survive dump and load, and is a value outside 0-1 refused with its row?"""
    bank = sample_bank()
    bank = dataclasses.replace(bank, questions=(dataclasses.replace(bank.questions[0], confidence=0.42),
                                                *bank.questions[1:]))
    again = load_json(dump_json(bank))
    assert again.questions[0].confidence == 0.42 and again.questions[1].confidence is None
    document = json.loads(dump_json(bank))
    document["questions"][0]["confidence"] = 7
    try:
        load_json(json.dumps(document))
    except ValueError as error:
        assert "confidence" in str(error)
    else:
        raise AssertionError("a confidence of 7 was accepted")
