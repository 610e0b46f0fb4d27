"""Classes pages: a teacher's classes, roster, assignments and results; joining, leaving and a student's classes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from quizapp.auth.operations import make_reset_link
from quizapp.classes import bp, operations
from quizapp.classes.forms import ActionForm, AddStudentsForm, AssignForm, ClassForm, JoinForm
from quizapp.classes.models import Class
from quizapp.classes.queries import (
    assignable_sets,
    assignment_or_404,
    class_assignments,
    is_member,
    open_class_by_code,
    own_class_or_404,
    progress,
    roster,
    student_classes,
    teacher_classes,
    teacher_email,
)
from quizapp.extensions import db, utcnow
from quizapp.review.operations import zone_of
from quizapp.teacher.queries import student_results

Page = str | tuple[str, int]


@bp.before_request
def require_login() -> Response | None:
    """Every page here is for logged-in users: visitors go to log in, then come back."""
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
    return None


def _teacher_only() -> None:
    if not current_user.is_teacher:
        abort(403, description="Only teachers manage classes.")


def _students_only() -> None:
    if current_user.is_teacher:
        abort(403, description="Teachers do not join classes; students do.")


def _checked() -> None:
    if not ActionForm().validate_on_submit():
        abort(400, description="The form expired. Reload the page and try again.")


MAX_DUE_DAYS = 3660  # about ten years ahead


def _due_at(day: date) -> datetime | str:
    """The last minute of ``day`` in the current user's time zone as UTC, or why the day cannot be a due date."""
    today = utcnow().date()
    if day > today + timedelta(days=MAX_DUE_DAYS):
        return "Choose a day within the next ten years."
    if day < today - timedelta(days=1):
        return "This day has passed: choose today or a later day."
    due_at = datetime.combine(day, time(23, 59), tzinfo=zone_of(current_user)).astimezone(UTC)
    return due_at if due_at >= utcnow() else "This day has passed: choose today or a later day."


def _index(form: ClassForm | JoinForm, status: int = 200) -> Page:
    if current_user.is_teacher:
        return render_template("classes/teacher_index.html", classes=teacher_classes(current_user.id), form=form), status
    return render_template("classes/student_index.html", classes=student_classes(current_user.id), form=form), status


@bp.route("/", methods=["GET", "POST"])
def index() -> Page | Response:
    """A teacher's classes with a form for a new one; a student's classes with a form to join one by code."""
    if request.method == "GET":
        return _index(ClassForm() if current_user.is_teacher else JoinForm())
    _teacher_only()
    form = ClassForm()
    if form.validate_on_submit():
        try:
            klass = operations.create_class(current_user.id, form.name.data or "")
        except operations.ClassError as error:
            form.name.errors = [str(error)]
        else:
            flash(f"Created the class “{klass.name}”. Give your students its join link or code.", "success")
            return redirect(url_for("classes.show", class_id=klass.id))
    return _index(form, 400)


@bp.route("/join", methods=["GET", "POST"])
def join() -> Page | Response:
    """Join a class by typing its code."""
    form = JoinForm()
    if request.method == "POST":
        _students_only()
        if form.validate_on_submit():
            code = (form.code.data or "").strip()
            if open_class_by_code(code) is not None:
                return _join(code)  # type: ignore[return-value]
            form.code.errors = ["No open class has this code. Check it with your teacher."]
        return render_template("classes/join.html", form=form, klass=None), 400
    return render_template("classes/join.html", form=form, klass=None)


def _no_such_class() -> tuple[str, int]:
    return render_template("classes/join.html", form=JoinForm(), klass=None, missing=True), 404


def _join(code: str) -> Response | tuple[str, int]:
    klass = open_class_by_code(code)
    if klass is None:
        return _no_such_class()
    try:
        joined = operations.join_class(klass.id, current_user.id)
    except operations.ClassError as error:
        abort(409, description=str(error))
    flash(f"You joined “{klass.name}”." if joined else f"You are already in “{klass.name}”.", "success" if joined else "info")
    return redirect(url_for("classes.show", class_id=klass.id))


@bp.route("/join/<code>", methods=["GET", "POST"])
def join_link(code: str) -> Page | Response:
    """The join link: the class's name and teacher, and a button to join it."""
    if request.method == "POST":
        _students_only()
        _checked()
        return _join(code)
    klass = open_class_by_code(code)
    if klass is None:
        return _no_such_class()
    member = is_member(klass.id, current_user.id)
    return render_template("classes/join.html", form=ActionForm(), klass=klass, teacher=teacher_email(klass), member=member)


def _visible_class_or_404(class_id: int) -> Class:
    klass = db.session.get(Class, class_id)
    if klass is None or not (klass.teacher_id == current_user.id or is_member(class_id, current_user.id)):
        abort(404)
    return klass


@bp.route("/<int:class_id>")
def show(class_id: int) -> Page:
    """A class: for its teacher, the join link, roster, assignments and results; for its students, its assignments."""
    klass = _visible_class_or_404(class_id)
    now = utcnow()
    assignments = class_assignments([klass.id])
    if klass.teacher_id != current_user.id:
        visible = [a for a in assignments if a.published] if not klass.archived else []
        mine = progress([current_user.id], {a.set_id for a in visible})
        return render_template("classes/student_class.html", klass=klass, teacher=teacher_email(klass), assignments=visible,
                               progress=mine, now=now, zone=zone_of(current_user), action=ActionForm())
    return _teacher_page(klass, AddStudentsForm(), _assign_form(klass))


def _assign_form(klass: Class, form: AssignForm | None = None) -> AssignForm:
    form = form or AssignForm()
    form.set_id.choices = [(s.id, s.title + ("" if s.owner_id is not None else " (shared)")) for s in assignable_sets(klass.teacher_id)]
    return form


def _teacher_page(klass: Class, add_form: AddStudentsForm, assign_form: AssignForm, status: int = 200, report: operations.AddReport | None = None) -> Page:
    assignments = class_assignments([klass.id])
    members = roster(klass.id)
    grid = progress([m.user_id for m in members], {a.set_id for a in assignments})
    done_counts = {a.id: sum(grid[(m.user_id, a.set_id)].done for m in members) for a in assignments}
    return render_template(
        "classes/teacher_class.html", klass=klass, members=members, assignments=assignments, grid=grid, done_counts=done_counts, now=utcnow(),
        zone=zone_of(current_user), add_form=add_form, assign_form=assign_form, action=ActionForm(), report=report,
    ), status


@bp.route("/<int:class_id>/students", methods=["POST"])
def add_students(class_id: int) -> Page | Response:
    """Add students by e-mail address; unknown addresses and teachers' addresses are listed, not added."""
    _teacher_only()
    klass = own_class_or_404(class_id, current_user.id)
    form = AddStudentsForm()
    if not form.validate_on_submit():
        return _teacher_page(klass, form, _assign_form(klass), 400)
    try:
        report = operations.add_students(klass.id, form.addresses())
    except operations.ClassError as error:
        abort(409, description=str(error))
    if report.unknown or report.not_students:
        return _teacher_page(klass, form, _assign_form(klass), 200 if report.added else 400, report)
    flash(f"Added {len(report.added)} student(s)." + (f" {len(report.already)} already in the class." if report.already else ""), "success")
    return redirect(url_for("classes.show", class_id=klass.id))


@bp.route("/<int:class_id>/students/<int:student_id>/remove", methods=["POST"])
def remove_student(class_id: int, student_id: int) -> Response:
    """Take a student out of the class (their own history stays theirs)."""
    _teacher_only()
    klass = own_class_or_404(class_id, current_user.id)
    _checked()
    if not operations.remove_student(klass.id, student_id):
        abort(404, description="This student is not in the class.")
    flash("The student was removed from the class.", "success")
    return redirect(url_for("classes.show", class_id=klass.id))


@bp.route("/<int:class_id>/students/<int:student_id>/reset-link", methods=["POST"])
def reset_link(class_id: int, student_id: int) -> Page:
    """Make a one-time password reset link for a student of the class, shown once for the teacher to hand over."""
    _teacher_only()
    klass = own_class_or_404(class_id, current_user.id)
    _checked()
    student = next((m for m in roster(klass.id) if m.user_id == student_id), None)
    if student is None:
        abort(404, description="This student is not in the class.")
    link = make_reset_link(student.user_id, utcnow())
    return render_template("classes/reset_link.html", klass=klass, student=student, link=link)


@bp.route("/<int:class_id>/leave", methods=["POST"])
def leave(class_id: int) -> Response:
    """A student leaves the class."""
    klass = db.session.get(Class, class_id)
    if klass is None or not is_member(class_id, current_user.id):
        abort(404)
    _checked()
    operations.remove_student(klass.id, current_user.id)
    flash(f"You left “{klass.name}”.", "success")
    return redirect(url_for("classes.index"))


@bp.route("/<int:class_id>/archive", methods=["POST"])
def archive(class_id: int) -> Response:
    """Archive the class (``archived=1``) or restore it (``archived=0``)."""
    _teacher_only()
    klass = own_class_or_404(class_id, current_user.id)
    _checked()
    archived = request.form.get("archived", "1") != "0"
    operations.set_archived(klass.id, archived)
    flash("The class is archived: no one can join, its students no longer see its assignments, and its results stay here."
          if archived else "The class is open again.", "success")
    return redirect(url_for("classes.show", class_id=klass.id))


@bp.route("/<int:class_id>/code", methods=["POST"])
def renew_code(class_id: int) -> Response:
    """Give the class a new join code; the old link stops working."""
    _teacher_only()
    klass = own_class_or_404(class_id, current_user.id)
    _checked()
    operations.renew_join_code(klass.id)
    flash("The class has a new join code: the old code and link no longer work.", "success")
    return redirect(url_for("classes.show", class_id=klass.id))


@bp.route("/<int:class_id>/assignments", methods=["POST"])
def assign(class_id: int) -> Page | Response:
    """Assign a published set to the class with an optional due date (assigning it again changes the date)."""
    _teacher_only()
    klass = own_class_or_404(class_id, current_user.id)
    form = _assign_form(klass, AssignForm())
    if form.validate_on_submit():
        due_at = _due_at(form.due.data) if form.due.data else None
        if isinstance(due_at, str):
            form.due.errors = [due_at]
        else:
            operations.assign_set(klass.id, int(form.set_id.data), due_at)
            flash("The set is assigned.", "success")
            return redirect(url_for("classes.show", class_id=klass.id, _anchor="assignments"))
    return _teacher_page(klass, AddStudentsForm(), form, 400)


@bp.route("/<int:class_id>/assignments/<int:assignment_id>/delete", methods=["POST"])
def unassign(class_id: int, assignment_id: int) -> Response:
    """Take an assignment off the class (students' answers stay)."""
    _teacher_only()
    klass = own_class_or_404(class_id, current_user.id)
    assignment = assignment_or_404(klass, assignment_id)
    _checked()
    operations.unassign(assignment.id)
    flash(f"“{assignment.title}” is no longer assigned to this class.", "success")
    return redirect(url_for("classes.show", class_id=klass.id, _anchor="assignments"))


@bp.route("/<int:class_id>/assignments/<int:assignment_id>")
def assignment(class_id: int, assignment_id: int) -> Page:
    """An assignment's results: each student of the class, done or not, score, quizzes and last activity."""
    _teacher_only()
    klass = own_class_or_404(class_id, current_user.id)
    view = assignment_or_404(klass, assignment_id)
    members = roster(klass.id)
    now = utcnow()
    details = {r.user_id: r for r in student_results(view.set_id, now, [m.user_id for m in members])}
    return render_template(
        "classes/assignment.html", klass=klass, assignment=view, members=members, details=details,
        progress=progress([m.user_id for m in members], [view.set_id]), now=now, zone=zone_of(current_user), action=ActionForm(),
    )
