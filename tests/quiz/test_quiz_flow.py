"""Taking a quiz over HTTP: start, answer each kind of item, idempotency, access and the result."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from quizapp.auth.models import User
from quizapp.bank.types import AnswerKind, BankQuestion, QuestionBank, QuestionType
from quizapp.extensions import db
from quizapp.quiz.models import QuizAnswer, QuizAttempt, QuizItem
from quizapp.review.models import ReviewCard, ReviewLog
from quizapp.sets.models import Question, QuestionSet
from quizapp.study.timeline import correct_order, TimelineEvent

FindItem = Callable[[int, str], tuple[QuizItem, Question | None]]


def count(model: type) -> int:
    """Rows in a table."""
    return db.session.scalar(select(func.count()).select_from(model)) or 0


def url(item: QuizItem) -> str:
    """The address of a quiz item."""
    return f"/quiz/{item.attempt_id}/{item.position}"


def test_start_builds_ten_items_with_a_timeline(student_client: FlaskClient, ada: QuestionSet) -> None:
    """Does starting a quiz make 9 questions of both types plus a 4-event timeline, and open item 1?"""
    response = student_client.post("/sets/ada/quiz")
    attempt = db.session.scalars(select(QuizAttempt)).one()
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/quiz/{attempt.id}/1")
    items = attempt.items
    assert attempt.total == len(items) == 10
    assert [i.kind for i in items].count("timeline") == 1 and items[-1].kind == "timeline"
    assert len(items[-1].options) == 4
    types = {db.session.get(Question, i.question_id).type for i in items[:-1]}
    assert types == {"multiple_choice", "date"}


def test_unpublished_or_unknown_sets_cannot_be_quizzed(student_client: FlaskClient, make_set: Callable[..., QuestionSet]) -> None:
    """Does a student get 404, with nothing stored, for an unpublished or missing set?"""
    make_set(slug="draft", published=False)
    assert student_client.post("/sets/draft/quiz").status_code == 404
    assert student_client.post("/sets/nope/quiz").status_code == 404
    assert count(QuizAttempt) == 0


def test_anonymous_visitor_is_sent_to_log_in(client: FlaskClient, ada: QuestionSet) -> None:
    """Is a visitor who is not logged in redirected to the login page?"""
    response = client.post("/sets/ada/quiz")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_multiple_choice_answer_is_graded_stored_and_scheduled(student_client: FlaskClient, attempt: QuizAttempt, find_item: FindItem) -> None:
    """Is a right option stored once with its response time, shown as right with the source, and made a review card?"""
    item, question = find_item(attempt.id, "multiple_choice")
    page = student_client.get(url(item)).get_data(as_text=True)
    assert question.prompt in page or question.prompt.replace("'", "&#39;") in page
    choice = item.options.index(question.answer) + 1
    response = student_client.post(url(item), data={"choice": str(choice)})
    assert response.status_code == 302
    page = student_client.get(url(item)).get_data(as_text=True)
    assert "Right!" in page and "The answer:" in page
    answer = db.session.scalars(select(QuizAnswer)).one()
    assert answer.correct and answer.given_answer == question.answer and answer.response_ms is not None and answer.response_ms >= 0
    card = db.session.scalars(select(ReviewCard)).one()
    assert (card.question_id, card.reps) == (question.id, 1)
    assert count(ReviewLog) == 1


def test_answer_is_idempotent(student_client: FlaskClient, attempt: QuizAttempt, find_item: FindItem) -> None:
    """Does a second POST (double click, resubmit, back button) keep the first answer, with no second review?"""
    item, question = find_item(attempt.id, "multiple_choice")
    right = item.options.index(question.answer) + 1
    wrong = 1 if right != 1 else 2
    student_client.get(url(item))
    assert student_client.post(url(item), data={"choice": str(wrong)}).status_code == 302
    assert student_client.post(url(item), data={"choice": str(right)}).status_code == 302
    assert count(QuizAnswer) == 1 and count(ReviewLog) == 1
    assert db.session.scalars(select(QuizAnswer)).one().correct is False
    assert "Wrong." in student_client.get(url(item)).get_data(as_text=True)


def test_date_answer_says_how_far_off(student_client: FlaskClient, attempt: QuizAttempt, find_item: FindItem) -> None:
    """Is a wrong year answer marked wrong with how many years off, and the right date shown?"""
    item, question = find_item(attempt.id, "date")
    year = int(question.date[:4])
    typed = {4: f"{year - 3}", 7: f"March {year - 3}", 10: f"1 March {year - 3}"}[len(question.date)]
    student_client.get(url(item))
    assert student_client.post(url(item), data={"answer": typed}).status_code == 302
    page = student_client.get(url(item)).get_data(as_text=True)
    assert "Wrong." in page and "3 years too early" in page and question.answer in page


def test_dates_before_the_era_are_asked_and_graded(student_client: FlaskClient, make_set: Callable[..., QuestionSet],
                                                   student: User) -> None:
    """Is a question dated 15 March 44 BC stored whole, shown with an example BC, right when typed "15 March 44" or
    "15 March 44 BC", and is a year typed bare for a year BC read as BC and said how far off?"""
    day = QuestionType.DATE
    sentences = ("Caesar crossed the Rubicon in 49 BC.", "Caesar was murdered on 15 March 44 BC.",
                 "Octavian defeated Antony at Actium in 31 BC.", "Octavian became Augustus in January 27 BC.")
    bank = QuestionBank(title="Caesar", source="caesar.txt", questions=(
        BankQuestion("d-rubicon", day, "Caesar crossed the Rubicon in ____.", "49 BC", ("-0050", "-0048", "-0052"),
                     AnswerKind.DATE, sentences[0], "-0049", ()),
        BankQuestion("d-ides", day, "Caesar was murdered on ____.", "15 March 44 BC",
                     ("-0045-03-15", "-0043-03-15", "-0046-03-15"), AnswerKind.DATE, sentences[1], "-0044-03-15", ()),
        BankQuestion("d-actium", day, "Octavian defeated Antony at Actium in ____.", "31 BC",
                     ("-0030", "-0033", "-0029"), AnswerKind.DATE, sentences[2], "-0031", ()),
        BankQuestion("d-name", day, "Octavian became Augustus in ____.", "January 27 BC",
                     ("-0027-03", "-0028-01", "-0026-01"), AnswerKind.DATE, sentences[3], "-0027-01", ()),
    ))
    make_set(slug="caesar", bank=bank)
    assert db.session.scalars(select(Question.date).where(Question.uid == "d-ides")).one() == "-0044-03-15"
    assert student_client.post("/sets/caesar/quiz").status_code == 302
    attempt = db.session.scalars(select(QuizAttempt).where(QuizAttempt.user_id == student.id)).one()
    items = {db.session.get(Question, i.question_id).uid: i for i in attempt.items if i.question_id}
    page = student_client.get(url(items["d-ides"])).get_data(as_text=True)
    assert "For example 15 March 44 BC." in page
    assert student_client.post(url(items["d-ides"]), data={"answer": "15 March 44"}).status_code == 302
    assert student_client.post(url(items["d-rubicon"]), data={"answer": "51"}).status_code == 302
    given = dict(db.session.execute(select(Question.uid, QuizAnswer.given_answer).join(
        QuizAnswer, QuizAnswer.question_id == Question.id)).all())
    assert given == {"d-ides": "-0044-03-15", "d-rubicon": "-0051"}
    assert "Right!" in student_client.get(url(items["d-ides"])).get_data(as_text=True)
    assert "2 years too early: it was 49 BC" in student_client.get(url(items["d-rubicon"])).get_data(as_text=True)


@pytest.mark.parametrize("typed", ["", "not a date", "13/13/1815", "x" * 150])
def test_unreadable_date_is_refused_and_nothing_stored(student_client: FlaskClient, attempt: QuizAttempt, find_item: FindItem, typed: str) -> None:
    """Is an unreadable date a 400 with a message, the question shown again, and nothing stored?"""
    item, question = find_item(attempt.id, "date")
    response = student_client.post(url(item), data={"answer": typed})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert 'role="alert"' in page and question.prompt in page
    assert count(QuizAnswer) == 0 and count(ReviewCard) == 0


@pytest.mark.parametrize("choice", [None, "", "0", "9", "abc"])
def test_missing_or_bad_option_is_refused(student_client: FlaskClient, attempt: QuizAttempt, find_item: FindItem, choice: str | None) -> None:
    """Is a missing or out-of-range option a 400 with nothing stored?"""
    item, _ = find_item(attempt.id, "multiple_choice")
    data = {} if choice is None else {"choice": choice}
    response = student_client.post(url(item), data=data)
    assert response.status_code == 400 and "Choose one of the options" in response.get_data(as_text=True)
    assert count(QuizAnswer) == 0


def test_timeline_right_order(student_client: FlaskClient, attempt: QuizAttempt, find_item: FindItem) -> None:
    """Is a timeline answered in chronological order marked right, with the dates then shown?"""
    item, _ = find_item(attempt.id, "timeline")
    ids = [int(i) for i in item.options]
    events = [TimelineEvent(q.id, q.date or "", "") for q in db.session.scalars(select(Question).where(Question.id.in_(ids)))]
    order = correct_order(events)
    page = student_client.get(url(item)).get_data(as_text=True)
    assert "Put these events in order" in page and "1815" not in page
    data = {f"pos-{qid}": str(order.index(qid) + 1) for qid in ids}
    assert student_client.post(url(item), data=data).status_code == 302
    page = student_client.get(url(item)).get_data(as_text=True)
    assert "Right!" in page and "10 December 1815" in page
    answer = db.session.scalars(select(QuizAnswer)).one()
    assert answer.correct and answer.question_id is None and answer.given_answer == ",".join(map(str, order))
    assert count(ReviewCard) == 0


def test_timeline_with_repeated_place_is_refused(student_client: FlaskClient, attempt: QuizAttempt, find_item: FindItem) -> None:
    """Is a timeline where two events share a place a 400 with a message, nothing stored?"""
    item, _ = find_item(attempt.id, "timeline")
    data = {f"pos-{qid}": "1" for qid in item.options}
    response = student_client.post(url(item), data=data)
    assert response.status_code == 400 and "different position" in response.get_data(as_text=True)
    assert count(QuizAnswer) == 0


def test_other_students_attempt_is_hidden(login: Callable[[User], FlaskClient], make_user: Callable[..., User], attempt: QuizAttempt, find_item: FindItem) -> None:
    """Does another student get 404 for someone else's attempt, item, answer and result, and store nothing?"""
    other = login(make_user("other@example.org"))
    item, _ = find_item(attempt.id, "multiple_choice")
    assert other.get(url(item)).status_code == 404
    assert other.post(url(item), data={"choice": "1"}).status_code == 404
    assert other.get(f"/quiz/{attempt.id}/result").status_code == 404
    assert other.get(f"/quiz/{attempt.id}").status_code == 404
    assert count(QuizAnswer) == 0


def test_missing_item_goes_on_with_the_quiz(student_client: FlaskClient, attempt: QuizAttempt) -> None:
    """Is a position with no item (past the end, or a deleted question's) sent on to the first unanswered item?"""
    response = student_client.get(f"/quiz/{attempt.id}/99")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/quiz/{attempt.id}")


def test_missing_item_of_another_students_quiz_is_404(login: Callable[[User], FlaskClient], make_user: Callable[..., User], attempt: QuizAttempt) -> None:
    """Does a missing position of someone else's quiz stay a 404?"""
    assert login(make_user()).get(f"/quiz/{attempt.id}/99").status_code == 404


def test_finishing_shows_score_and_mistakes(student_client: FlaskClient, attempt: QuizAttempt) -> None:
    """After answering every item, does the result page show the score, the time and each mistake?"""
    assert student_client.get(f"/quiz/{attempt.id}/result").headers["Location"].endswith(f"/quiz/{attempt.id}/1")
    wrong_prompts = []
    for item in attempt.items:
        question = db.session.get(Question, item.question_id) if item.question_id else None
        if item.kind == "timeline":
            data = {f"pos-{qid}": str(n) for n, qid in enumerate(item.options, start=1)}
        elif question.type == "date":
            data = {"answer": "1900" if len(question.date) == 4 else question.answer}
            if len(question.date) == 4:
                wrong_prompts.append(question.prompt)
        else:
            data = {"choice": str(item.options.index(question.answer) + 1)}
        assert student_client.post(url(item), data=data).status_code == 302
    response = student_client.get(f"/quiz/{attempt.id}")
    assert response.headers["Location"].endswith(f"/quiz/{attempt.id}/result")
    page = student_client.get(f"/quiz/{attempt.id}/result").get_data(as_text=True)
    db.session.refresh(attempt)
    assert attempt.finished_at is not None
    timeline_answer = db.session.scalar(select(QuizAnswer.correct).where(QuizAnswer.question_id.is_(None)))
    assert attempt.score == 10 - len(wrong_prompts) - (0 if timeline_answer else 1)
    assert f"Your score: {attempt.score} / 10" in page
    for prompt in wrong_prompts:
        assert prompt in page
    assert "You answered" in page


def test_answer_without_csrf_token_is_refused(app: Flask, student_client: FlaskClient, attempt: QuizAttempt, find_item: FindItem) -> None:
    """With CSRF on, is an answer POST without a token refused with 400 and nothing stored?"""
    item, _ = find_item(attempt.id, "multiple_choice")
    app.config["WTF_CSRF_ENABLED"] = True  # after logging in, which posts without a token
    response = student_client.post(url(item), data={"choice": "1"})
    assert response.status_code == 400
    assert count(QuizAnswer) == 0


@pytest.mark.parametrize("length", ["5", "20"])
def test_quiz_length_can_be_chosen(student_client: FlaskClient, ada: QuestionSet, length: str) -> None:
    """Does a quiz of 5 have 5 items, and one of 20 all the set can give (9 questions and a timeline)?"""
    assert student_client.post("/sets/ada/quiz", data={"length": length}).status_code == 302
    attempt = db.session.scalars(select(QuizAttempt)).one()
    assert attempt.total == len(attempt.items) == min(int(length), 10)


def test_bad_quiz_length_is_refused(student_client: FlaskClient, ada: QuestionSet) -> None:
    """Is a length other than 5, 10 or 20 a 400 that says what to choose, with no attempt made?"""
    response = student_client.post("/sets/ada/quiz", data={"length": "1000"})
    assert response.status_code == 400 and "5, 10 or 20" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(QuizAttempt.id))) == 0


def test_starting_again_resumes_the_unfinished_quiz(student_client: FlaskClient, attempt: QuizAttempt, find_item: FindItem) -> None:
    """With a quiz left unfinished, does "Take a quiz" resume it (the home page offers it), and "new" start another?"""
    item, question = find_item(attempt.id, "multiple_choice")
    student_client.post(url(item), data={"choice": str(item.options.index(question.answer) + 1)})
    home = student_client.get("/").get_data(as_text=True)
    assert "Resume your quiz" in home and f"1 of {attempt.total} answered" in home
    response = student_client.post("/sets/ada/quiz", data={"length": "10"})
    assert response.headers["Location"].endswith(f"/quiz/{attempt.id}")
    assert db.session.scalar(select(func.count(QuizAttempt.id))) == 1
    response = student_client.post("/sets/ada/quiz", data={"length": "5", "new": "y"})
    assert db.session.scalar(select(func.count(QuizAttempt.id))) == 2


def test_question_deleted_mid_quiz_is_skipped(
    login: Callable[[User], FlaskClient], make_user: Callable[..., User], student_client: FlaskClient, make_set: Callable[..., QuestionSet],
    student: User, enrol: Callable[..., object],
) -> None:
    """When a teacher deletes a question a student's open quiz holds, is it skipped: "of N" counts the rest, its
    page and a late answer lead on to the next item, and the quiz can still be finished?"""
    from quizapp.auth.models import Role

    teacher = make_user("owner@example.org", Role.TEACHER)
    qset = make_set("mine", owner=teacher)
    enrol(student, qset)
    student_client.post("/sets/mine/quiz", data={"length": "5"})
    attempt = db.session.scalars(select(QuizAttempt)).one()
    second = next(i for i in attempt.items if i.position == 2)
    assert second.question_id is not None
    doomed = second.question_id
    response = login(teacher).post(f"/teacher/sets/{qset.id}/questions/{doomed}/delete")
    assert response.status_code == 302
    db.session.expire_all()
    assert student_client.get(f"/quiz/{attempt.id}/2").status_code == 302
    late = student_client.post(f"/quiz/{attempt.id}/2", data={"choice": "1"})
    assert late.status_code == 302 and late.headers["Location"].endswith(f"/quiz/{attempt.id}")
    first = student_client.get(f"/quiz/{attempt.id}/1").get_data(as_text=True)
    assert "Question 1 of 4" in first
    for item in sorted(db.session.scalars(select(QuizItem).where(QuizItem.attempt_id == attempt.id)), key=lambda i: i.position):
        question = db.session.get(Question, item.question_id) if item.question_id else None
        if item.kind == "timeline":  # the deleted question may have been one of its events: order those left
            left = [qid for qid in item.options if qid != doomed]
            data = {f"pos-{qid}": str(n) for n, qid in enumerate(left, start=1)}
        elif question is not None and question.type == "date":
            data = {"answer": question.date or ""}
        else:
            data = {"choice": "1"}
        assert student_client.post(url(item), data=data).status_code == 302
    after_first = student_client.get(f"/quiz/{attempt.id}/1").get_data(as_text=True)
    assert f'href="/quiz/{attempt.id}/3"' in after_first  # "Next" jumps over the deleted item
    db.session.expire_all()
    finished = db.session.get(QuizAttempt, attempt.id)
    assert finished.finished_at is not None and finished.total == 4


def test_typed_names_quiz(student_client: FlaskClient, ada: QuestionSet) -> None:
    """With "Type the names", are name questions asked without options, graded forgivingly ("babbage" for
    Charles Babbage), an empty answer refused with nothing stored, and each answer reviewed once?"""
    assert student_client.post("/sets/ada/quiz", data={"length": "10", "typed": "y"}).status_code == 302
    attempt = db.session.scalars(select(QuizAttempt)).one()
    names = [i for i in attempt.items if i.kind == "question" and db.session.get(Question, i.question_id).type != "date"]
    assert names and all(i.options == [] for i in names)
    page = student_client.get(url(names[0])).get_data(as_text=True)
    assert 'name="answer"' in page and 'name="choice"' not in page
    empty = student_client.post(url(names[0]), data={"answer": "  "})
    assert empty.status_code == 400 and "Type the answer" in empty.get_data(as_text=True) and count(QuizAnswer) == 0
    for item in names:
        question = db.session.get(Question, item.question_id)
        typed = question.answer.split()[-1].lower() if question.answer == "Charles Babbage" else question.answer.upper()
        assert student_client.post(url(item), data={"answer": typed}).status_code == 302
    answers = db.session.scalars(select(QuizAnswer)).all()
    assert len(answers) == len(names) and all(a.correct for a in answers)
    assert count(ReviewLog) == len(names)


def test_a_typed_question_is_asked_without_options_in_any_quiz(student_client: FlaskClient, ada: QuestionSet) -> None:
    """Is a typed question (no distractors) asked with a text box even in a quiz with options, graded forgivingly
    ("babbage" for Charles Babbage), while the other name questions keep their options?"""
    babbage = db.session.scalars(select(Question).where(Question.set_id == ada.id, Question.answer == "Charles Babbage")).one()
    babbage.type, babbage.distractors = "typed", []
    db.session.commit()
    assert student_client.post("/sets/ada/quiz", data={"length": "10"}).status_code == 302
    attempt = db.session.scalars(select(QuizAttempt)).one()
    typed = next(i for i in attempt.items if i.question_id == babbage.id)
    others = [i for i in attempt.items if i.kind == "question" and db.session.get(Question, i.question_id).type == "multiple_choice"]
    assert typed.options == [] and others and all(len(i.options) == 4 for i in others)
    page = student_client.get(url(typed)).get_data(as_text=True)
    assert 'name="answer"' in page and 'name="choice"' not in page
    assert student_client.post(url(typed), data={"answer": "babbage"}).status_code == 302
    answer = db.session.scalars(select(QuizAnswer)).one()
    assert answer.correct and answer.given_answer == "babbage"
