"""Teacher pages: own sets, upload, derive with progress, review, rename, replace and edit questions, publish, results."""

from __future__ import annotations

import base64
import zlib
from pathlib import Path
from typing import Any

from flask import Response, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.wrappers import Response as BaseResponse

from quizapp.bank.formats.interchange import decode_upload, dump_json, load_json, validate_question
from quizapp.bank.types import BankFormatError, QuestionBank, RowProblem
from quizapp.exports.spreadsheet import write_csv
from quizapp.extensions import utcnow
from quizapp.jobs.queue import ended_badly
from quizapp.stats.items import FLAG_TEXT
from quizapp.teacher import bp, operations
from quizapp.config import MAX_UPLOAD_BYTES
from quizapp.teacher.forms import ActionForm, BankFileForm, ConfirmReplaceForm, DeriveForm, DetailsForm, QuestionForm, ReplaceForm, UploadForm
from quizapp.teacher.jobs import Job, JobStore
from quizapp.teacher.queries import (
    can_edit,
    question_or_404,
    question_statistics,
    replacement_plan,
    student_results,
    taught_ids,
    teacher_sets,
    visible_set_or_404,
)
from quizapp.teacher.uploads import read_bank_upload, resolve_format, row_label


@bp.route("/")
def index() -> str:
    """The teacher's own sets (and the shipped ones, read-only)."""
    return render_template(
        "teacher/index.html", sets=teacher_sets(current_user.id), jobs=JobStore().active_jobs(current_user.id), can_edit=can_edit, action=ActionForm()
    )


def _read_upload(form: BankFileForm, title: str = "") -> tuple[QuestionBank | None, list[RowProblem], str]:
    """Read the form's file in its chosen or detected format: the bank, or every problem with its label."""
    storage = form.file.data
    data = storage.read()
    fmt = resolve_format(storage.filename or "", data, form.format.data or "")
    try:
        bank, fmt = read_bank_upload(storage.filename or "", data, title, fmt, form.term_separator.data or "tab", form.row_separator.data or "newline")
    except BankFormatError as error:
        return None, error.problems, row_label(fmt)
    return bank, [], row_label(fmt)


@bp.route("/upload", methods=["GET", "POST"])
def upload() -> BaseResponse | tuple[str, int]:
    """Create a set from a JSON, CSV, GIFT, Moodle XML or Quizlet file; every problem is listed and nothing is stored unless all is valid."""
    form = UploadForm()
    problems: list[RowProblem] = []
    label = "Line"
    if form.validate_on_submit():
        bank, problems, label = _read_upload(form, form.title.data or "")
        if bank is not None:
            qset = operations.create_set(bank, current_user.id, description=(form.description.data or "").strip())
            flash(f"Uploaded {len(bank.questions)} questions. Review them, then publish the set.", "success")
            return redirect(url_for("teacher.review", set_id=qset.id))
    status = 400 if request.method == "POST" else 200
    return render_template("teacher/upload.html", form=form, problems=problems, label=label), status


@bp.route("/derive", methods=["GET", "POST"])
def derive() -> BaseResponse | tuple[str, int]:
    """Derive a set from an uploaded or pasted text, in the background with a progress page."""
    form = DeriveForm()
    problems: list[RowProblem] = []
    if form.validate_on_submit():
        source = "pasted text"
        try:
            if form.file.data and form.file.data.filename:
                source = Path(form.file.data.filename.replace("\x00", "")).name[:200]
                text = decode_upload(form.file.data.read())
            else:
                text = (form.text.data or "").replace("\r\n", "\n")
        except BankFormatError as error:
            problems = error.problems
        else:
            try:
                job = operations.start_derive_job(current_user.id, (form.title.data or "").strip(), text, source)
            except operations.JobRefused as refused:
                problems = [RowProblem(0, str(refused))]
                return render_template("teacher/derive.html", form=form, problems=problems, label="Line"), refused.status
            return redirect(url_for("teacher.job", job_id=job.id))
    status = 400 if request.method == "POST" else 200
    return render_template("teacher/derive.html", form=form, problems=problems, label="Line"), status


def _own_job(job_id: str) -> Job:
    """The teacher's own job, its state checked against the queue (a job RQ gave up on is stored failed)."""
    store = JobStore()
    job = store.load(job_id, stale_check=current_app.config["JOB_QUEUE"] != "rq")
    if job is None or job.owner_id != current_user.id:
        abort(404)
    if not job.finished and current_app.config["JOB_QUEUE"] == "rq" and ended_badly(job.id):
        job = store.load(job_id, queue_gave_up=True) or job
    return job


@bp.route("/jobs/<job_id>")
def job(job_id: str) -> BaseResponse | str:
    """Progress of a derivation (refreshes itself); once done, go to the new set."""
    current = _own_job(job_id)
    if current.state == "done" and current.set_id is not None:
        flash(f"Derived the set “{current.title}”. Review the questions, then publish it.", "success")
        return redirect(url_for("teacher.review", set_id=current.set_id))
    return render_template("teacher/job.html", job=current, action=ActionForm())


@bp.route("/jobs/<job_id>/cancel", methods=["POST"])
def cancel_job(job_id: str) -> BaseResponse:
    """Cancel a queued or running derivation; nothing is stored."""
    current = _own_job(job_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    operations.cancel_job(current.id)  # the job page says it was cancelled (or how it ended, if it just had)
    return redirect(url_for("teacher.job", job_id=current.id))


@bp.route("/jobs/<job_id>/status")
def job_status(job_id: str) -> dict[str, Any]:
    """A derivation's progress as JSON, for the progress page's script."""
    current = _own_job(job_id)
    return {
        "state": current.state,
        "done": current.done,
        "total": current.total,
        "percent": current.percent,
        "error": current.error,
        "next": url_for("teacher.job", job_id=current.id) if current.finished else None,
    }


DOUBTFUL_BELOW = 0.75  # derived questions scored below this are listed first, marked for a closer look


def doubtful(confidence: float | None) -> bool:
    """Is a derived question one the generator is unsure of (a hand-written one never is)?"""
    return confidence is not None and confidence < DOUBTFUL_BELOW


@bp.route("/sets/<int:set_id>")
def review(set_id: int) -> str:
    """Every question with its source sentence, with edit and delete, and publishing."""
    qset = visible_set_or_404(set_id, current_user.id)
    questions = sorted(qset.questions, key=lambda q: (not doubtful(q.confidence), q.confidence or 0.0, q.position))
    details = DetailsForm(formdata=None, title=qset.title, description=qset.description)
    return render_template("teacher/review.html", qset=qset, questions=questions, doubtful=doubtful,
                           doubtful_below=DOUBTFUL_BELOW, details=details,
                           editable=can_edit(qset, current_user.id), action=ActionForm())


@bp.route("/sets/<int:set_id>/details", methods=["GET", "POST"])
def details(set_id: int) -> BaseResponse | tuple[str, int]:
    """Rename and describe a set (its address stays)."""
    qset = visible_set_or_404(set_id, current_user.id, edit=True)
    form = DetailsForm(obj=qset) if request.method == "GET" else DetailsForm()
    if form.validate_on_submit():
        operations.set_details(qset.id, (form.title.data or "").strip(), (form.description.data or "").strip())
        flash("Title and description saved.", "success")
        return redirect(url_for("teacher.review", set_id=qset.id))
    status = 400 if request.method == "POST" else 200
    return render_template("teacher/details.html", qset=qset, form=form), status


def _packed(bank: QuestionBank) -> str:
    """A bank as compressed interchange JSON for a hidden field (checked again in full when it comes back)."""
    return base64.urlsafe_b64encode(zlib.compress(dump_json(bank).encode("utf-8"), 9)).decode("ascii")


def _unpacked(value: str) -> QuestionBank:
    """The bank of a hidden field; anything else is a BankFormatError."""
    try:
        text = zlib.decompressobj().decompress(base64.urlsafe_b64decode(value.encode("ascii")), MAX_UPLOAD_BYTES * 4).decode("utf-8")
    except (ValueError, zlib.error, UnicodeError):
        raise BankFormatError([RowProblem(0, "the compared version was damaged; upload the file again")]) from None
    return load_json(text, default_title="replacement")


@bp.route("/sets/<int:set_id>/replace", methods=["GET", "POST"])
def replace(set_id: int) -> BaseResponse | tuple[str, int]:
    """Upload a new version of a set's questions and see what replacing them would keep, add and delete."""
    qset = visible_set_or_404(set_id, current_user.id, edit=True)
    form = ReplaceForm()
    problems: list[RowProblem] = []
    label = "Line"
    if form.validate_on_submit():
        bank, problems, label = _read_upload(form, qset.title)
        if bank is not None:
            confirm = ConfirmReplaceForm(formdata=None, bank=_packed(bank))
            return render_template("teacher/replace_confirm.html", qset=qset, plan=replacement_plan(qset, bank), bank=bank, form=confirm), 200
    status = 400 if request.method == "POST" else 200
    return render_template("teacher/replace.html", qset=qset, form=form, problems=problems, label=label), status


@bp.route("/sets/<int:set_id>/replace/confirm", methods=["POST"])
def confirm_replace(set_id: int) -> BaseResponse | tuple[str, int]:
    """Replace a set's questions by the compared version: unchanged ids keep their history, removed questions go."""
    qset = visible_set_or_404(set_id, current_user.id, edit=True)
    form = ConfirmReplaceForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        bank = _unpacked(form.bank.data or "")
    except BankFormatError as error:
        return render_template("teacher/replace.html", qset=qset, form=ReplaceForm(formdata=None), problems=error.problems, label="Question"), 400
    plan = replacement_plan(qset, bank)
    operations.replace_questions(qset.id, bank)
    flash(f"Replaced the questions: {plan.kept} kept with their history, {plan.added} added, {plan.removed} deleted.", "success")
    return redirect(url_for("teacher.review", set_id=qset.id))


@bp.route("/sets/<int:set_id>/publish", methods=["POST"])
def publish(set_id: int) -> BaseResponse:
    """Publish (``published=1``) or unpublish (``published=0``) the set."""
    qset = visible_set_or_404(set_id, current_user.id, edit=True)
    form = ActionForm()
    if not form.validate_on_submit():
        abort(400)
    published = request.form.get("published") == "1"
    if published and not qset.questions:
        flash("A set without questions cannot be published.", "error")
    else:
        operations.set_published(qset.id, published)
        flash("The set is published: assign it to a class so that its students can study it." if published else "The set is unpublished: students no longer see it.", "success")
    return redirect(url_for("teacher.review", set_id=set_id))


@bp.route("/sets/<int:set_id>/delete", methods=["POST"])
def delete(set_id: int) -> BaseResponse:
    """Delete the set with all students' history on it."""
    qset = visible_set_or_404(set_id, current_user.id, edit=True)
    if not ActionForm().validate_on_submit():
        abort(400)
    title = qset.title
    operations.delete_set(qset.id)
    flash(f"Deleted the set “{title}”.", "success")
    return redirect(url_for("teacher.index"))


def _form_item(form: QuestionForm, uid: str, row: int = 0) -> tuple[Any, list[RowProblem]]:
    raw = {
        "id": uid,
        "type": form.type.data,
        "prompt": form.prompt.data or "",
        "answer": form.answer.data or "",
        "distractors": [line.strip() for line in (form.distractors.data or "").splitlines() if line.strip()],
        "date": form.date.data or "",
        "answer_kind": form.answer_kind.data or "",
        "source_sentence": form.source_sentence.data or "",
        "tags": [tag.strip() for tag in (form.tags.data or "").split(",") if tag.strip()],
    }
    return validate_question(raw, row)


@bp.route("/sets/<int:set_id>/questions/new", methods=["GET", "POST"])
@bp.route("/sets/<int:set_id>/questions/<int:question_id>/edit", methods=["GET", "POST"])
def edit_question(set_id: int, question_id: int | None = None) -> BaseResponse | tuple[str, int]:
    """Add a question, or edit one (its id stays, so students' history stays)."""
    qset = visible_set_or_404(set_id, current_user.id, edit=True)
    question = question_or_404(qset, question_id) if question_id is not None else None
    form = QuestionForm()
    if request.method == "GET" and question is not None:
        form.type.data = question.type
        form.prompt.data = question.prompt
        form.answer.data = question.answer
        form.distractors.data = "\n".join(question.distractors or [])
        form.date.data = question.date or ""
        form.answer_kind.data = question.answer_kind
        form.source_sentence.data = question.source_sentence
        form.tags.data = ", ".join(question.tags or [])
    problems: list[RowProblem] = []
    if form.validate_on_submit():
        item, problems = _form_item(form, question.uid if question else "")
        if item is not None:
            saved = operations.save_question(qset.id, question.id if question else None, item)
            flash("Question saved.", "success")
            return redirect(url_for("teacher.review", set_id=qset.id, _anchor=f"q{saved.id}"))
    status = 400 if request.method == "POST" else 200
    return render_template("teacher/question.html", form=form, qset=qset, question=question, problems=problems, label=""), status


@bp.route("/sets/<int:set_id>/questions/<int:question_id>/delete", methods=["POST"])
def delete_question(set_id: int, question_id: int) -> BaseResponse:
    """Delete a question with students' answers and review cards for it."""
    qset = visible_set_or_404(set_id, current_user.id, edit=True)
    question = question_or_404(qset, question_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    operations.delete_question(question.id)
    flash("Question deleted.", "success")
    return redirect(url_for("teacher.review", set_id=qset.id))


@bp.route("/sets/<int:set_id>/results")
def results(set_id: int) -> str:
    """The teacher's students' scores and progress, and per-question facility, discrimination and flags from their answers."""
    qset = visible_set_or_404(set_id, current_user.id)
    students = taught_ids(current_user.id)
    return render_template(
        "teacher/results.html",
        qset=qset,
        students=student_results(qset.id, utcnow(), students),
        items=question_statistics(qset, students),
        flag_text=FLAG_TEXT,
        editable=can_edit(qset, current_user.id),
    )


def _percent(value: float | None) -> float | str:
    return round(value, 1) if value is not None else ""


def _csv_response(text: str, filename: str) -> Response:
    return Response(
        "\ufeff" + text,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"},
    )


@bp.route("/sets/<int:set_id>/scores.csv")
def scores_csv(set_id: int) -> Response:
    """The per-student score report as a spreadsheet-safe CSV."""
    qset = visible_set_or_404(set_id, current_user.id)
    header = ["email", "quizzes started", "quizzes finished", "mean score %", "best score %", "answers", "correct %", "review cards", "cards due", "last activity (UTC)"]
    rows = [
        [r.email, r.attempts, r.finished, _percent(r.mean_percent), _percent(r.best_percent), r.answers, _percent(r.correct_percent),
         r.review_cards, r.due_cards, r.last_activity.strftime("%Y-%m-%d %H:%M") if r.last_activity else ""]
        for r in student_results(qset.id, utcnow(), taught_ids(current_user.id))
    ]
    return _csv_response(write_csv(header, rows), f"{qset.slug}-scores.csv")


@bp.route("/sets/<int:set_id>/questions.csv")
def questions_csv(set_id: int) -> Response:
    """The per-question statistics as a spreadsheet-safe CSV."""
    qset = visible_set_or_404(set_id, current_user.id)
    header = ["position", "id", "prompt", "answer", "answers", "students", "facility %", "discrimination", "flags"]
    rows = [
        [n, q.uid, q.prompt, q.answer, s.answers, s.students, _percent(100 * s.facility if s.facility is not None else None),
         round(s.discrimination, 3) if s.discrimination is not None else "", "; ".join(FLAG_TEXT[f] for f in s.flags)]
        for n, (q, s) in enumerate(question_statistics(qset, taught_ids(current_user.id)), start=1)
    ]
    return _csv_response(write_csv(header, rows), f"{qset.slug}-questions.csv")


