"""Results of a set: students' scores and progress, per-question statistics and flags, the CSV reports."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

import pytest
from flask.testing import FlaskClient

from quizapp.auth.models import User
from quizapp.quiz.models import QuizAttempt
from quizapp.sets.models import QuestionSet

# Five students answer three questions once (1 = right). By hand:
#   facility  born 4/5 = 80%, met 2/5 = 40%, engine 1/5 = 20%
#   discrimination (item vs rest-of-test share):  born -0.2/sqrt(0.8*0.3) = -0.41,
#   met: the rest scores are all 0.5, so undefined; engine -0.6/sqrt(0.8*0.7) = -0.80
GRID = [(1, 1, 0), (1, 1, 0), (1, 0, 0), (0, 0, 1), (1, 0, 0)]
UIDS = ("q-born-place", "q-met", "q-engine")
EMAILS = ["=cmd|' /C calc'!A0@example.org", "b@example.org", "c@example.org", "d@example.org", "e@example.org"]


@pytest.fixture()
def answered_set(
    make_set: Callable[..., QuestionSet], teacher: User, make_user: Callable[..., User], record_answers: Callable[..., QuizAttempt],
    enrol: Callable[..., object],
) -> QuestionSet:
    """The teacher's published set assigned to their class, with one quiz per student of the class as in GRID."""
    qset = make_set(owner=teacher, published=True)
    for email, marks in zip(EMAILS, GRID):
        student = make_user(email)
        enrol(student, qset)
        record_answers(student, qset, {uid: bool(mark) for uid, mark in zip(UIDS, marks)})
    return qset


def _row(page: str, prompt_part: str) -> str:
    """The question statistics row whose prompt contains ``prompt_part``, as plain text."""
    body = page.split('class="items"', 1)[1]
    rows = [" ".join(re.sub(r"<[^>]+>", " ", row).split()) for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)]
    return next(row for row in rows if prompt_part in row)


def test_question_statistics_match_the_hand_computed_example(teacher_client: FlaskClient, answered_set: QuestionSet) -> None:
    """Does the results page show facility and discrimination as computed by hand, and flag the bad questions?"""
    page = teacher_client.get(f"/teacher/sets/{answered_set.id}/results").get_data(as_text=True)
    assert _row(page, "city was Ada").endswith("5 (5) 80% -0.41 ⚑ stronger students miss it more often than weaker ones")
    assert _row(page, "Lovelace met").endswith("5 (5) 40% – ⚑ most answers are wrong")
    assert _row(page, "Which machine").endswith("5 (5) 20% -0.80 ⚑ most answers are wrong ⚑ stronger students miss it more often than weaker ones")
    assert _row(page, "her Notes in").endswith("0 (0) – –")


def test_flagged_questions_link_to_their_edit_page(teacher_client: FlaskClient, answered_set: QuestionSet) -> None:
    """Does each question in the statistics link to its edit page?"""
    page = teacher_client.get(f"/teacher/sets/{answered_set.id}/results").get_data(as_text=True)
    engine = next(q for q in answered_set.questions if q.uid == "q-engine")
    assert f'href="/teacher/sets/{answered_set.id}/questions/{engine.id}/edit"' in page


def test_students_scores_are_listed(teacher_client: FlaskClient, answered_set: QuestionSet) -> None:
    """Does each student appear with their quizzes and mean score (2 of 3 right = 67%)?"""
    page = teacher_client.get(f"/teacher/sets/{answered_set.id}/results").get_data(as_text=True)
    row = re.search(r"<td>b@example.org</td>(.*?)</tr>", page, re.S)
    assert row is not None
    cells = re.findall(r"<td>(.*?)</td>", row.group(1), re.S)
    assert cells[:4] == ["1 of 1", "67%", "67%", "2 of 3 (67%)"]


def test_the_score_report_is_spreadsheet_safe(teacher_client: FlaskClient, answered_set: QuestionSet) -> None:
    """Does the CSV report list every student, with a formula-like email neutralised by a leading quote?"""
    response = teacher_client.get(f"/teacher/sets/{answered_set.id}/scores.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    text = response.get_data(as_text=True)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0][:4] == ["email", "quizzes started", "quizzes finished", "mean score %"]
    emails = [row[0] for row in rows[1:]]
    assert emails[0] == "'" + EMAILS[0]
    assert sorted(emails[1:]) == EMAILS[1:]
    assert rows[2][:7] == ["b@example.org", "1", "1", "66.7", "66.7", "3", "66.7"]


def test_the_question_report_csv(teacher_client: FlaskClient, answered_set: QuestionSet) -> None:
    """Does the questions CSV carry facility, discrimination and flags per question?"""
    text = teacher_client.get(f"/teacher/sets/{answered_set.id}/questions.csv").get_data(as_text=True).lstrip("\ufeff")
    rows = {row[1]: row for row in csv.reader(io.StringIO(text))}
    assert rows["q-engine"][6:] == ["20.0", "-0.802", "most answers are wrong; stronger students miss it more often than weaker ones"]
    assert rows["q-met"][6:8] == ["40.0", ""]


def test_a_set_without_students_says_so(teacher_client: FlaskClient, make_set: Callable[..., QuestionSet], teacher: User) -> None:
    """Does the results page of an unstudied set say that no student has studied it?"""
    qset = make_set(owner=teacher)
    assert "No student has studied this set yet." in teacher_client.get(f"/teacher/sets/{qset.id}/results").get_data(as_text=True)
