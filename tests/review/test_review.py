"""The Review page: due cards, ratings with versions, quiz-style answers, retention and access."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from quizapp.auth.models import User
from quizapp.extensions import db, utcnow
from quizapp.review.models import ReviewCard, ReviewLog
from quizapp.review.operations import record_quiz_result
from quizapp.review.views import card_options
from quizapp.sets.models import Question
from tests.conftest import sample_bank

MakeCards = Callable[..., list[ReviewCard]]


def logs() -> int:
    """How many ratings are stored."""
    return db.session.scalar(select(func.count(ReviewLog.id))) or 0


def test_empty_review_page_explains_what_to_do(student_client: FlaskClient) -> None:
    """Does a student with no cards see that nothing is due and how cards are made?"""
    page = student_client.get("/review").get_data(as_text=True)
    assert "Nothing is due right now" in page and "Take a quiz" in page


def test_due_card_is_shown_with_reveal_and_ratings(student_client: FlaskClient, student: User, make_cards: MakeCards) -> None:
    """Is the most overdue card shown with its prompt, a reveal holding answer and source, and the four ratings?"""
    cards = make_cards(student)
    question = db.session.get(Question, cards[0].question_id)
    page = student_client.get("/review").get_data(as_text=True)
    assert f'<strong id="due-now">{len(cards)}</strong>' in page
    assert question.prompt.replace("'", "&#39;") in page
    assert '<details class="reveal" data-key="space">' in page
    for label in ("Again", "Hard", "Good", "Easy"):
        assert label in page
    assert f'name="version" value="{cards[0].reps}"' in page


def test_rating_moves_the_card_once(student_client: FlaskClient, student: User, make_cards: MakeCards) -> None:
    """Does a rating reschedule the card and log it, while a second post of the same version is ignored?"""
    card = make_cards(student)[0]
    before_logs, version = logs(), card.reps
    first = student_client.post(f"/review/{card.id}/rate", data={"rating": "3", "version": str(version), "shown_ms": "1"})
    assert first.status_code == 302
    second = student_client.post(f"/review/{card.id}/rate", data={"rating": "1", "version": str(version)})
    assert second.status_code == 302
    db.session.refresh(card)
    assert card.reps == version + 1 and card.due > utcnow()
    assert logs() == before_logs + 1
    last = db.session.scalars(select(ReviewLog).order_by(ReviewLog.id.desc())).first()
    assert last.rating == 3 and last.review_duration_ms is not None and last.review_duration_ms <= 10 * 60 * 1000
    assert "already rated" in student_client.get("/review").get_data(as_text=True)


@pytest.mark.parametrize("data", [{}, {"rating": "5", "version": "1"}, {"rating": "good", "version": "1"}, {"rating": "3"}, {"rating": "3", "version": "-1"}, {"rating": "3", "version": "x"}])
def test_bad_rating_is_refused(student_client: FlaskClient, student: User, make_cards: MakeCards, data: dict[str, str]) -> None:
    """Is a missing or invalid rating or version a 400 with nothing stored?"""
    card = make_cards(student)[0]
    before = logs()
    assert student_client.post(f"/review/{card.id}/rate", data=data).status_code == 400
    assert logs() == before


def test_quiz_mode_maps_result_to_rating(student_client: FlaskClient, student: User, make_cards: MakeCards) -> None:
    """Is a wrong quiz-style answer rated Again and a right one Good, with the correct answer shown?"""
    cards = make_cards(student, types=("multiple_choice",))
    first, second = cards[0], cards[1]
    for card, right in ((first, False), (second, True)):
        question = db.session.get(Question, card.question_id)
        options = card_options(card, question)
        page = student_client.get(f"/review/{card.id}/quiz").get_data(as_text=True)
        assert options[0].replace("'", "&#39;") in page
        index = options.index(question.answer) if right else next(i for i, o in enumerate(options) if o != question.answer)
        response = student_client.post(f"/review/{card.id}/answer", data={"choice": str(index + 1), "version": str(card.reps)})
        assert response.status_code == 302
    ratings = [r for (r,) in db.session.execute(select(ReviewLog.rating).order_by(ReviewLog.id.desc()).limit(2))]
    assert ratings == [3, 1]
    page = student_client.get("/review").get_data(as_text=True)
    assert "Right:" in page


def test_quiz_mode_date_answer(student_client: FlaskClient, student: User, make_cards: MakeCards) -> None:
    """Is a date card answered by typing, with an unreadable date refused (400, nothing stored)?"""
    card = make_cards(student, types=("date",))[0]
    question = db.session.get(Question, card.question_id)
    before = logs()
    bad = student_client.post(f"/review/{card.id}/answer", data={"answer": "soon", "version": str(card.reps)})
    assert bad.status_code == 400 and "not a date" in bad.get_data(as_text=True)
    assert logs() == before
    assert student_client.post(f"/review/{card.id}/answer", data={"answer": question.answer, "version": str(card.reps)}).status_code == 302
    assert logs() == before + 1


def test_cards_of_others_are_hidden(login: Callable[[User], FlaskClient], make_user: Callable[..., User], student: User, make_cards: MakeCards) -> None:
    """Does another student get 404 for someone else's card, and never see it on their Review page?"""
    card = make_cards(student)[0]
    other = login(make_user("other@example.org"))
    assert other.get(f"/review/{card.id}/quiz").status_code == 404
    assert other.post(f"/review/{card.id}/rate", data={"rating": "3", "version": str(card.reps)}).status_code == 404
    assert other.post(f"/review/{card.id}/answer", data={"choice": "1", "version": str(card.reps)}).status_code == 404
    assert "Nothing is due right now" in other.get("/review").get_data(as_text=True)


def test_forecast_counts_cards_not_yet_due(student_client: FlaskClient, student: User, make_cards: MakeCards) -> None:
    """After rating every due card Good, is none due now and are they counted in the coming days?"""
    cards = make_cards(student)
    for card in cards:
        student_client.post(f"/review/{card.id}/rate", data={"rating": "3", "version": str(card.reps)})
    page = student_client.get("/review").get_data(as_text=True)
    assert '<strong id="due-now">0</strong>' in page
    assert "Tomorrow" in page


@pytest.mark.parametrize("value", ["0.69", "0.98", "abc", "", "nan", "inf", "1e999"])
def test_retention_outside_range_is_refused(student_client: FlaskClient, student: User, value: str) -> None:
    """Is a retention outside 0.70-0.97 (or not a number) a 400 with a message, the setting unchanged?"""
    response = student_client.post("/review/retention", data={"retention": value})
    assert response.status_code == 400
    assert "0.70" in response.get_data(as_text=True)
    db.session.refresh(student)
    assert student.desired_retention == 0.9


def test_retention_is_saved(student_client: FlaskClient, student: User) -> None:
    """Is a retention in range stored for the student?"""
    assert student_client.post("/review/retention", data={"retention": "0.85"}).status_code == 302
    db.session.refresh(student)
    assert student.desired_retention == 0.85


def test_retention_changes_the_next_interval(app: Flask, student_client: FlaskClient, student: User, make_cards: MakeCards, login: Callable[[User], FlaskClient], make_user: Callable[..., User]) -> None:
    """Does a student with a lower retention get a later due date for the same rating of the same card history?"""
    low_user = make_user("low@example.org")
    low = login(low_user)
    low.post("/review/retention", data={"retention": "0.7"})
    student_client.post("/review/retention", data={"retention": "0.97"})
    high_card, low_card = make_cards(student)[0], make_cards(low_user)[0]
    student_client.post(f"/review/{high_card.id}/rate", data={"rating": "3", "version": str(high_card.reps)})
    response = low.post(f"/review/{low_card.id}/rate", data={"rating": "3", "version": str(low_card.reps)})
    assert response.status_code == 302
    db.session.refresh(high_card)
    db.session.refresh(low_card)
    assert low_card.due > high_card.due


def test_rating_buttons_show_the_next_interval(student_client: FlaskClient, student: User, make_cards: MakeCards) -> None:
    """Does each rating button say when the card comes back ("Good · 2 d"), as Anki does?"""
    make_cards(student)
    page = student_client.get("/review").get_data(as_text=True)
    for label in ("Again", "Hard", "Good", "Easy"):
        assert re.search(rf"{label}<span class=\"interval\"> · \d+(\.\d)? (min|h|d|mo|y)</span>", page), label


def test_quiz_mode_answer_logs_its_duration(student_client: FlaskClient, student: User, make_cards: MakeCards) -> None:
    """Is the time a quiz-style review answer took stored in the review log?"""
    card = next(c for c in make_cards(student) if db.session.get(Question, c.question_id).type == "date")
    question = db.session.get(Question, card.question_id)
    shown = int(utcnow().timestamp() * 1000) - 4000
    response = student_client.post(f"/review/{card.id}/answer", data={"answer": question.date, "version": str(card.reps), "shown_ms": str(shown)})
    assert response.status_code == 302
    duration = db.session.scalar(select(ReviewLog.review_duration_ms).where(ReviewLog.card_id == card.id).order_by(ReviewLog.id.desc()).limit(1))
    assert duration is not None and 4000 <= duration < 60_000


def test_retention_change_reschedules_existing_cards(app: Flask, student_client: FlaskClient, student: User, make_cards: MakeCards) -> None:
    """Does raising the retention bring a reviewed card's next review closer at once, keeping its memory state?"""
    app.config["REVIEW_FUZZ"] = False
    for card in make_cards(student):
        for _ in range(3):  # out of the learning steps, into the Review state, where retention sets the interval
            record_quiz_result(student.id, card.question_id, "date", True, 3000, card.due, random.Random(1))
            db.session.commit()
            db.session.refresh(card)
    cards = list(db.session.scalars(select(ReviewCard).where(ReviewCard.user_id == student.id)))
    assert all(c.state == 2 for c in cards)
    before = {c.id: (c.due, c.stability) for c in cards}
    assert student_client.post("/review/retention", data={"retention": "0.97"}).status_code == 302
    db.session.expire_all()
    after = {c.id: (c.due, c.stability) for c in db.session.scalars(select(ReviewCard).where(ReviewCard.user_id == student.id))}
    assert all(after[i][1] == before[i][1] for i in before)
    assert all(after[i][0] < before[i][0] for i in before)


def test_review_one_set_only(student_client: FlaskClient, student: User, make_cards: MakeCards, make_set: Callable[..., object]) -> None:
    """With ?set=SLUG, are only that set's cards counted and shown, and is an unknown set a 404?"""
    make_cards(student)
    make_set("other", bank=sample_bank("Another text"))
    page = student_client.get("/review?set=other").get_data(as_text=True)
    assert '<strong id="due-now">0</strong>' in page and "Nothing is due right now" in page
    page = student_client.get("/review?set=ada").get_data(as_text=True)
    assert "Review: Ada Lovelace" in page and '<strong id="due-now">0</strong>' not in page
    assert student_client.get("/review?set=nope").status_code == 404


@pytest.mark.parametrize(("zone", "status"), [("Asia/Tokyo", 302), ("Nowhere/Land", 400), ("", 400), ("x" * 80, 400)])
def test_time_zone_setting(student_client: FlaskClient, student: User, zone: str, status: int) -> None:
    """Is a real IANA zone stored, and anything else a 400 with a message, the setting unchanged?"""
    response = student_client.post("/review/time-zone", data={"time_zone": zone})
    assert response.status_code == status
    db.session.refresh(student)
    assert student.time_zone == (zone if status == 302 else "UTC")
    if status == 400:
        assert "time zone" in response.get_data(as_text=True).lower()


def test_typed_recall_of_a_name_is_forgiving(student_client: FlaskClient, student: User, make_cards: MakeCards) -> None:
    """In typed recall, is "charles BABBAGE" right, and "babbage" alone right when no option shares the surname,
    each reviewing the card once (Good); is a wrong name Again; is an empty answer a 400 with nothing stored?"""
    cards = {db.session.get(Question, c.question_id).answer: c for c in make_cards(student, types=("multiple_choice",))}
    card = cards["Charles Babbage"]
    page = student_client.get(f"/review/{card.id}/type").get_data(as_text=True)
    assert 'name="typed"' in page and "Augustus De Morgan" not in page  # no options shown
    before = logs()
    empty = student_client.post(f"/review/{card.id}/answer", data={"typed": " ", "version": str(card.reps)})
    assert empty.status_code == 400 and "Type the answer" in empty.get_data(as_text=True) and logs() == before
    for typed, version in (("charles BABBAGE", card.reps), ("babbage", card.reps + 1)):
        response = student_client.post(f"/review/{card.id}/answer", data={"typed": typed, "version": str(version)}, follow_redirects=True)
        assert "Right: Charles Babbage" in response.get_data(as_text=True)
    wrong = cards["Marylebone"]
    response = student_client.post(f"/review/{wrong.id}/answer", data={"typed": "Chelsea", "version": str(wrong.reps)}, follow_redirects=True)
    assert "Wrong: you answered Chelsea" in response.get_data(as_text=True)
    ratings = db.session.scalars(select(ReviewLog.rating).where(ReviewLog.card_id.in_([card.id, wrong.id])).order_by(ReviewLog.id)).all()
    assert ratings[-3:] == [3, 3, 1] and logs() == before + 3


def test_quiz_mode_answer_still_works_without_typed(student_client: FlaskClient, student: User, make_cards: MakeCards) -> None:
    """Is an option chosen in quiz mode still graded as a choice (the typed field absent)?"""
    card = make_cards(student, types=("multiple_choice",))[0]
    question = db.session.get(Question, card.question_id)
    choice = card_options(card, question).index(question.answer) + 1
    response = student_client.post(f"/review/{card.id}/answer", data={"choice": str(choice), "version": str(card.reps)}, follow_redirects=True)
    assert f"Right: {question.answer}" in response.get_data(as_text=True)


def test_a_typed_question_is_reviewed_by_typing(student_client: FlaskClient, student: User, make_cards: MakeCards) -> None:
    """Does a typed question's card offer no options: its quiz mode is the typed box, with no "Show the options"
    link, and a typed answer reviews it?"""
    card = make_cards(student, types=("multiple_choice",))[0]
    question = db.session.get(Question, card.question_id)
    question.type, question.distractors = "typed", []
    db.session.commit()
    assert card_options(card, question) == []
    page = student_client.get(f"/review/{card.id}/quiz").get_data(as_text=True)
    assert 'name="typed"' in page and 'name="choice"' not in page and "Show the options instead" not in page
    recall = student_client.get("/review").get_data(as_text=True)
    assert "Type the answer instead" in recall
    chosen = student_client.post(f"/review/{card.id}/answer", data={"choice": "1", "version": str(card.reps)})
    assert chosen.status_code == 400 and "Type the answer" in chosen.get_data(as_text=True)  # no option to choose
    response = student_client.post(f"/review/{card.id}/answer", data={"typed": question.answer.lower(), "version": str(card.reps)},
                                   follow_redirects=True)
    assert f"Right: {question.answer}" in response.get_data(as_text=True)
