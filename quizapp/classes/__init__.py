"""Classes: a teacher's group of students with a join code, and the sets assigned to it with due dates.

Who sees what: a class's teacher sees its page, roster and results; its students see its name, teacher and
assignments; anyone else gets 404. Students join with the code or link, or are added by e-mail.
"""

from flask import Blueprint

bp = Blueprint("classes", __name__)

from quizapp.classes import views  # noqa: E402,F401
