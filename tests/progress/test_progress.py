"""The Progress page: scores over time, mastery per set and the review forecast."""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from flask.testing import FlaskClient

from quizapp.auth.models import User
from quizapp.quiz.operations import Submission, answer_item, load_item, start_quiz
from quizapp.sets.models import QuestionSet

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def finish_quiz(user: User, qset: QuestionSet, at: datetime, right: bool) -> None:
    """Take a whole quiz at ``at``, answering every question right or every one wrong."""
    attempt = start_quiz(user.id, qset.id, at, random.Random(1))
    for item in attempt.items:
        view = load_item(attempt.id, item.position)
        if view.question is None:
            sub = Submission(positions={e.id: str(n) for n, e in enumerate(view.events, 1)})
        elif view.question.type == "date":
            sub = Submission(text=view.question.answer if right else "1 January 1700")
        else:
            options = item.options
            sub = Submission(choice=str(options.index(view.question.answer) + 1 if right else next(i for i, o in enumerate(options, 1) if o != view.question.answer)))
        answer_item(view, user.id, sub, at + timedelta(seconds=5), random.Random(1))


def test_progress_without_history(student_client: FlaskClient) -> None:
    """Does a new student get a page that says there is nothing yet, with the forecast chart?"""
    response = student_client.get("/progress")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "No finished quiz yet" in page and "Review forecast" in page


def test_progress_charts_scores_mastery_and_forecast(student_client: FlaskClient, student: User, make_set: Callable[..., QuestionSet]) -> None:
    """After two quizzes, are both scores plotted, the set's mastery shown and the forecast drawn as valid SVG?"""
    qset = make_set(bank=None)
    finish_quiz(student, qset, START, right=False)
    finish_quiz(student, qset, START + timedelta(days=1), right=True)
    page = student_client.get("/progress").get_data(as_text=True)
    charts = [page[i : page.index("</svg>", i) + 6] for i in range(len(page)) if page.startswith("<svg", i)]
    assert len(charts) == 3
    scores = ET.fromstring(charts[0])
    assert len(scores.findall("{http://www.w3.org/2000/svg}circle")) == 2
    assert "Ada Lovelace" in page and "9 of 9" in page
    assert "02 Mar" in page and "03 Mar" in page


def test_progress_shows_only_own_attempts(login: Callable[[User], FlaskClient], make_user: Callable[..., User], student: User, make_set: Callable[..., QuestionSet]) -> None:
    """Does another student's Progress page leave out this student's quizzes and cards?"""
    qset = make_set()
    finish_quiz(student, qset, START, right=True)
    other = login(make_user("other@example.org"))
    page = other.get("/progress").get_data(as_text=True)
    assert "No finished quiz yet" in page and "Ada Lovelace" not in page


def test_finish_times_are_in_the_students_time_zone(student_client: FlaskClient, student: User, make_set: Callable[..., QuestionSet]) -> None:
    """Is a quiz finished at 23:30 UTC listed on the next day, at 08:30, for a student in Tokyo?"""
    from quizapp.extensions import db
    from quizapp.quiz.models import QuizAttempt

    qset = make_set()
    student.time_zone = "Asia/Tokyo"
    db.session.add(QuizAttempt(user_id=student.id, set_id=qset.id, started_at=datetime(2026, 3, 2, 23, 0, tzinfo=UTC),
                               finished_at=datetime(2026, 3, 2, 23, 30, tzinfo=UTC), score=5, total=10))
    db.session.commit()
    page = student_client.get("/progress").get_data(as_text=True)
    assert "03 Mar 2026 08:30" in page and "03 Mar" in page.split("<svg", 1)[1]
