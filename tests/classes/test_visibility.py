"""Which sets a user may study (``quizapp.sets.visibility``), and that quizzes, review, exports and the home page follow it."""

from __future__ import annotations

from collections.abc import Callable

from flask.testing import FlaskClient
from sqlalchemy import select

from quizapp.auth.models import User
from quizapp.classes import operations
from quizapp.classes.models import Assignment
from quizapp.extensions import db
from quizapp.sets.models import QuestionSet
from quizapp.sets.visibility import is_studyable, studyable
from tests.classes.conftest import School


def _studyable_slugs(user: User) -> set[str]:
    return set(db.session.scalars(select(QuestionSet.slug).where(studyable(user.id, user.is_teacher))))


def _check(user: User, slug: str) -> bool:
    """The SQL rule and the one-set check agree; the answer."""
    qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == slug))
    in_sql = slug in _studyable_slugs(user)
    assert is_studyable(qset, user.id, user.is_teacher) == in_sql
    return in_sql


def test_the_shared_set_is_open_to_everyone(school: School, make_set: Callable[..., QuestionSet], make_user: Callable[..., User]) -> None:
    """Is a published set without owner (the default set) studyable by anyone, and an unpublished one by no student?"""
    make_set("victor-serge")
    make_set("hidden", published=False)
    loner = make_user("loner@example.org")
    assert _check(loner, "victor-serge") and _check(school.users["other_teacher"], "victor-serge")
    assert not _check(loner, "hidden")


def test_a_teachers_set_is_open_to_their_classes_only(school: School, make_user: Callable[..., User]) -> None:
    """Is a teacher's published set studyable by the students of a class it is assigned to, and not by other
    students or other teachers?"""
    assert _check(school.users["student"], "ada")
    assert not _check(make_user("loner@example.org"), "ada")
    assert not _check(school.users["other_student"], "ada")
    assert not _check(school.users["other_teacher"], "ada")
    assert not _check(school.users["admin"], "ada")
    assert _check(school.users["teacher"], "ada")


def test_a_teacher_studies_their_own_draft(school: School, make_set: Callable[..., QuestionSet]) -> None:
    """Does a teacher study their own unpublished set, which their students do not see even when it is assigned?"""
    draft = make_set("draft", owner=school.users["teacher"], published=False)
    db.session.add(Assignment(class_id=school.klass.id, set_id=draft.id))
    db.session.commit()
    assert _check(school.users["teacher"], "draft")
    assert not _check(school.users["student"], "draft")


def test_leaving_keeps_ones_own_history(school: School, make_user: Callable[..., User], answer: Callable[..., object]) -> None:
    """After leaving a class, does a student who took a quiz on its set keep it, and one who never did lose it?"""
    idle = make_user("idle@example.org")
    operations.join_class(school.klass.id, idle.id)
    assert _check(idle, "ada")
    operations.remove_student(school.klass.id, idle.id)
    operations.remove_student(school.klass.id, school.users["student"].id)
    assert not _check(idle, "ada")
    assert _check(school.users["student"], "ada")  # the school fixture's quiz on it


def test_archiving_closes_the_class_sets(school: School, make_user: Callable[..., User]) -> None:
    """Does archiving a class take its sets from students who never studied them?"""
    idle = make_user("idle@example.org")
    operations.join_class(school.klass.id, idle.id)
    operations.set_archived(school.klass.id, True)
    assert not _check(idle, "ada")


def test_pages_follow_the_rule(school: School, login: Callable[[User], FlaskClient]) -> None:
    """Do a quiz, the review of a set, the set exports and the flashcards page answer 404 or leave out a set the
    student may not study, and let a student of its class through?"""
    outsider = login(school.users["other_student"])
    member = login(school.users["student"])
    for client, allowed in ((outsider, False), (member, True)):
        quiz = client.post("/sets/ada/quiz", data={"length": "5"})
        assert (quiz.status_code == 302) is allowed
        assert (client.get("/review?set=ada").status_code == 200) is allowed
        assert (client.get("/export/sets/ada/bank.json").status_code == 200) is allowed
        assert ("/export/sets/ada/" in client.get("/export/").get_data(as_text=True)) is allowed
        assert ('id="set-ada"' in client.get("/").get_data(as_text=True)) is allowed


def test_an_unowned_set_can_be_assigned(school: School, make_set: Callable[..., QuestionSet], login: Callable[[User], FlaskClient]) -> None:
    """May a teacher assign the shared default set (but not another teacher's set), and does it then show as an assignment?"""
    shared = make_set("victor-serge")
    teacher = login(school.users["teacher"])
    page = teacher.get(f"/classes/{school.klass.id}").get_data(as_text=True)
    assert "(shared)" in page and "ada-2" not in page
    assert teacher.post(f"/classes/{school.klass.id}/assignments", data={"set_id": str(shared.id)}).status_code == 302
    home = login(school.users["student"]).get("/").get_data(as_text=True)
    assignments = home.split("Your assignments", 1)[1].split("Other question sets", 1)[0]
    assert 'id="set-victor-serge"' in assignments
