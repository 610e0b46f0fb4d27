"""The WSGI entry point: ``gunicorn wsgi:app``."""

from quizapp import create_app

app = create_app()
