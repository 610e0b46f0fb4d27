"""Classes pages: creating, joining by link or code, adding and removing students, assigning, archiving, the home page."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from quizapp.auth.models import User
from quizapp.classes.models import Assignment, Class, Membership
from quizapp.extensions import db
from quizapp.sets.models import QuestionSet
from tests.classes.conftest import School
from tests.conftest import PASSWORD


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_a_teacher_creates_a_class_and_sees_its_link(teacher_client: FlaskClient, teacher: User) -> None:
    """Does creating a class lead to its page with the join link and code?"""
    response = teacher_client.post("/classes/", data={"name": "Year 10 History"})
    assert response.status_code == 302
    klass = db.session.scalars(select(Class)).one()
    assert klass.teacher_id == teacher.id
    page = teacher_client.get(response.headers["Location"]).get_data(as_text=True)
    assert f"/classes/join/{klass.join_code}" in page
    assert "Year 10 History" in teacher_client.get("/classes/").get_data(as_text=True)


def test_a_class_without_a_name_is_refused(teacher_client: FlaskClient) -> None:
    """Is a class without a name refused with the form again and its message?"""
    response = teacher_client.post("/classes/", data={"name": ""})
    assert response.status_code == 400
    assert "Give the class a name." in response.get_data(as_text=True)
    assert db.session.scalar(select(Class.id)) is None


def test_a_logged_out_student_joins_by_link_after_logging_in(school: School, make_user: Callable[..., User], client: FlaskClient) -> None:
    """Is a visitor with the join link sent to log in, brought back to the class's page, and joined by its button?"""
    newcomer = make_user("newcomer@example.org")
    link = f"/classes/join/{school.klass.join_code}"
    response = client.get(link)
    assert response.status_code == 302 and "/auth/login?next=" in response.headers["Location"]
    login = client.post(response.headers["Location"], data={"email": newcomer.email, "password": PASSWORD})
    assert login.headers["Location"] == link
    page = client.get(link).get_data(as_text=True)
    assert "History 1" in page and "teacher@example.org" in page and "student@example.org" not in page
    joined = client.post(link)
    assert joined.status_code == 302 and joined.headers["Location"] == f"/classes/{school.klass.id}"
    assert "You joined" in client.get(joined.headers["Location"]).get_data(as_text=True)
    assert db.session.scalar(select(Membership.id).where(Membership.student_id == newcomer.id)) is not None


def test_registering_from_a_join_link_comes_back_to_it(school: School, client: FlaskClient) -> None:
    """Does a visitor who registers from the login page of a join link come back to the link?"""
    link = f"/classes/join/{school.klass.join_code}"
    login_page = client.get(client.get(link).headers["Location"]).get_data(as_text=True)
    register = re.search(r'href="(/auth/register\?next=[^"]*)"', login_page)
    assert register is not None
    response = client.post(register.group(1).replace("&amp;", "&"), data={"email": "new@example.org", "password": PASSWORD, "confirm": PASSWORD})
    assert response.status_code == 302 and response.headers["Location"] == link


def test_joining_by_code(school: School, login: Callable[[User], FlaskClient], make_user: Callable[..., User]) -> None:
    """Does a student join with the typed code (spaces around it allowed), and is a wrong code refused with a message?"""
    client = login(make_user("coder@example.org"))
    wrong = client.post("/classes/join", data={"code": "not-a-code"})
    assert wrong.status_code == 400 and "No open class has this code." in wrong.get_data(as_text=True)
    right = client.post("/classes/join", data={"code": f"  {school.klass.join_code} "})
    assert right.status_code == 302
    assert "History 1" in client.get("/classes/").get_data(as_text=True)


def test_an_unknown_or_archived_link_is_not_found(school: School, login: Callable[[User], FlaskClient], make_user: Callable[..., User]) -> None:
    """Does a wrong join link, or an archived class's, answer 404 with a message, joining no one?"""
    client = login(make_user("late@example.org"))
    assert client.get("/classes/join/nope").status_code == 404
    teacher = login(school.users["teacher"])
    teacher.post(f"/classes/{school.klass.id}/archive", data={"archived": "1"})
    response = client.get(f"/classes/join/{school.klass.join_code}")
    assert response.status_code == 404 and "Ask your teacher for a new link" in response.get_data(as_text=True)
    assert client.post(f"/classes/join/{school.klass.join_code}").status_code == 404


def test_a_teacher_cannot_join(school: School, login: Callable[[User], FlaskClient]) -> None:
    """Is a teacher refused (403) when posting a join link or code, and shown the link page without a button?"""
    client = login(school.users["other_teacher"])
    assert client.post(f"/classes/join/{school.klass.join_code}").status_code == 403
    assert client.post("/classes/join", data={"code": school.klass.join_code}).status_code == 403
    page = client.get(f"/classes/join/{school.klass.join_code}").get_data(as_text=True)
    assert "Join the class</button>" not in page


def test_adding_students_by_email(school: School, login: Callable[[User], FlaskClient], make_user: Callable[..., User]) -> None:
    """Are known students added, and an unknown address reported clearly with a 400 and the form kept?"""
    make_user("ann@example.org")
    teacher = login(school.users["teacher"])
    ok = teacher.post(f"/classes/{school.klass.id}/students", data={"emails": "ann@example.org"})
    assert ok.status_code == 302
    bad = teacher.post(f"/classes/{school.klass.id}/students", data={"emails": "ghost@example.org, other.teacher@example.org"})
    text = _text(bad.get_data(as_text=True))
    assert bad.status_code == 400
    assert "No account has these addresses" in text and "ghost@example.org" in text
    assert "teachers' accounts" in text
    empty = teacher.post(f"/classes/{school.klass.id}/students", data={"emails": ""})
    assert empty.status_code == 400 and "Type at least one e-mail address." in empty.get_data(as_text=True)
    assert "ann@example.org" in teacher.get(f"/classes/{school.klass.id}").get_data(as_text=True)
    teacher.post(f"/classes/{school.klass.id}/archive", data={"archived": "1"})
    closed = teacher.post(f"/classes/{school.klass.id}/students", data={"emails": "ann@example.org"})
    assert closed.status_code == 409 and "restore it to add students" in closed.get_data(as_text=True)


def test_removing_and_leaving(school: School, login: Callable[[User], FlaskClient], make_user: Callable[..., User]) -> None:
    """Can a teacher remove a student and a student leave, after which the class page is 404 to them?"""
    teacher = login(school.users["teacher"])
    student = login(school.users["student"])
    assert teacher.post(f"/classes/{school.klass.id}/students/{school.users['student'].id}/remove").status_code == 302
    assert student.get(f"/classes/{school.klass.id}").status_code == 404
    assert teacher.post(f"/classes/{school.klass.id}/students/{school.users['student'].id}/remove").status_code == 404
    other = login(school.users["other_student"])
    assert other.post(f"/classes/{school.other_class.id}/leave").status_code == 302
    assert other.get(f"/classes/{school.other_class.id}").status_code == 404
    assert "You are in no class yet." in other.get("/classes/").get_data(as_text=True)


def test_assigning_with_a_due_date(school: School, login: Callable[[User], FlaskClient], make_set: Callable[..., QuestionSet]) -> None:
    """Is a set assigned with its due date (the end of that day in the teacher's time zone), and a past or far day,
    another teacher's set and garbage refused with a message?"""
    third = make_set("ada-3", owner=school.users["teacher"])
    school.users["teacher"].time_zone = "Europe/Paris"
    db.session.commit()
    teacher = login(school.users["teacher"])
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date()
    ok = teacher.post(f"/classes/{school.klass.id}/assignments", data={"set_id": str(third.id), "due": tomorrow.isoformat()})
    assert ok.status_code == 302, ok.get_data(as_text=True)
    due = db.session.scalar(select(Assignment.due_at).where(Assignment.set_id == third.id))
    assert due == datetime.combine(tomorrow, time(23, 59), tzinfo=ZoneInfo("Europe/Paris")).astimezone(UTC)
    for day, message in (("2001-01-01", "This day has passed"), ("0001-01-01", "This day has passed"), ("9999-12-31", "within the next ten years")):
        refused = teacher.post(f"/classes/{school.klass.id}/assignments", data={"set_id": str(third.id), "due": day})
        assert refused.status_code == 400 and message in refused.get_data(as_text=True), day
    foreign = teacher.post(f"/classes/{school.klass.id}/assignments", data={"set_id": str(school.other_set.id)})
    assert foreign.status_code == 400 and "Not a valid choice" in foreign.get_data(as_text=True)
    garbage = teacher.post(f"/classes/{school.klass.id}/assignments", data={"set_id": "x", "due": "tomorrow"})
    assert garbage.status_code == 400


def test_the_student_home_shows_assignments(school: School, login: Callable[[User], FlaskClient], make_set: Callable[..., QuestionSet]) -> None:
    """Does a student's home list their class's assignment with its class, due date, progress and score, the shared
    set among the other sets, and no other class's set?"""
    make_set("shared")
    page = _text(login(school.users["student"]).get("/").get_data(as_text=True))
    assert "Your assignments" in page and "History 1" in page
    assert "Mon 09 Mar 2099, 22:59" in page
    assert "2 of 9 answered · 11%" in page  # one right of nine questions
    assert "Other question sets" in page
    assert "ada-2" not in login(school.users["student"]).get("/").get_data(as_text=True)


def test_an_overdue_assignment_is_marked(school: School, login: Callable[[User], FlaskClient]) -> None:
    """Is an assignment past its due time and not done marked overdue, for the student and the teacher?"""
    assignment = db.session.get(Assignment, school.assignment.id)
    assignment.due_at = datetime(2020, 1, 1, tzinfo=UTC)
    db.session.commit()
    assert "Overdue" in login(school.users["student"]).get("/").get_data(as_text=True)
    assert "Overdue" in login(school.users["teacher"]).get(f"/classes/{school.klass.id}").get_data(as_text=True)


def test_done_when_every_question_is_answered(school: School, login: Callable[[User], FlaskClient], answer: Callable[..., object]) -> None:
    """Is the assignment done once every question was answered once, with the score from the latest answers?"""
    uids = [q.uid for q in school.qset.questions]
    answer(school.users["student"], school.qset, {uid: uid != "q-engine" for uid in uids})
    page = _text(login(school.users["student"]).get("/").get_data(as_text=True))
    assert "Done 89%" in page  # 8 of 9 right at their latest answer
    teacher = _text(login(school.users["teacher"]).get(f"/classes/{school.klass.id}").get_data(as_text=True))
    assert "1 of 1" in teacher and "Done 89%" in teacher


def test_archiving_hides_assignments_and_keeps_results(school: School, login: Callable[[User], FlaskClient]) -> None:
    """After archiving, does the student's home drop the assignment while the teacher still sees the results,
    and does restoring bring it back?"""
    teacher = login(school.users["teacher"])
    student = login(school.users["student"])
    assert teacher.post(f"/classes/{school.klass.id}/archive", data={"archived": "1"}).status_code == 302
    assert "Your assignments" not in student.get("/").get_data(as_text=True)
    assert "archived" in student.get(f"/classes/{school.klass.id}").get_data(as_text=True)
    results = teacher.get(f"/classes/{school.klass.id}/assignments/{school.assignment.id}").get_data(as_text=True)
    assert "student@example.org" in results
    teacher.post(f"/classes/{school.klass.id}/archive", data={"archived": "0"})
    assert "Your assignments" in student.get("/").get_data(as_text=True)


def test_the_assignment_results_page(school: School, login: Callable[[User], FlaskClient], make_user: Callable[..., User]) -> None:
    """Does an assignment's page list every student of the class, with work or not yet started, and no one else?"""
    idle = make_user("idle@example.org")
    db.session.add(Membership(class_id=school.klass.id, student_id=idle.id))
    db.session.commit()
    page = _text(login(school.users["teacher"]).get(f"/classes/{school.klass.id}/assignments/{school.assignment.id}").get_data(as_text=True))
    assert "student@example.org 2 of 9 answered · 11% 1 of 1 50%" in page
    assert "idle@example.org Not started" in page
    assert "other.student@example.org" not in page


def test_unassigning(school: School, login: Callable[[User], FlaskClient]) -> None:
    """Does unassigning take the set off the class, and an assignment of another class answer 404?"""
    teacher = login(school.users["teacher"])
    assert teacher.post(f"/classes/{school.klass.id}/assignments/{school.other_assignment.id}/delete").status_code == 404
    assert teacher.post(f"/classes/{school.klass.id}/assignments/{school.assignment.id}/delete").status_code == 302
    assert db.session.get(Assignment, school.assignment.id) is None


def _token(page: str) -> str:
    found = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page)
    assert found is not None
    return found.group(1)


@pytest.mark.csrf
def test_every_form_needs_its_csrf_token(school: School, client: FlaskClient) -> None:
    """Is a POST without a CSRF token refused with 400 and nothing changed, and the same POST with it accepted?"""
    token = _token(client.get("/auth/login").get_data(as_text=True))
    client.post("/auth/login", data={"email": "teacher@example.org", "password": PASSWORD, "csrf_token": token})
    refused = client.post(f"/classes/{school.klass.id}/archive", data={"archived": "1"})
    assert refused.status_code == 400
    db.session.expire_all()
    assert db.session.get(Class, school.klass.id).archived is False
    token = _token(client.get(f"/classes/{school.klass.id}").get_data(as_text=True))
    assert client.post(f"/classes/{school.klass.id}/archive", data={"archived": "1", "csrf_token": token}).status_code == 302


def test_a_teacher_makes_a_reset_link_for_a_student_of_the_class(school: School, login: Callable[[User], FlaskClient],
                                                                 client: FlaskClient) -> None:
    """Does a class's teacher get a one-time reset link for one of its students (that sets the student's password),
    and a 404 for a student of another class?"""
    teacher = login(school.users["teacher"])
    page = teacher.post(f"/classes/{school.klass.id}/students/{school.users['student'].id}/reset-link")
    assert page.status_code == 200
    link = re.search(r'value="https?://[^/"]+(/auth/reset/[^"]+)"', page.get_data(as_text=True))
    assert link is not None
    other = school.users["other_student"].id
    assert teacher.post(f"/classes/{school.klass.id}/students/{other}/reset-link").status_code == 404
    new = "a brand new passphrase"
    assert client.post(link.group(1), data={"password": new, "confirm": new}).status_code in (302, 303)
    assert client.post("/auth/login", data={"email": school.users["student"].email, "password": new}).status_code == 302
