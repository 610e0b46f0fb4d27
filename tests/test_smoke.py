"""The app starts and answers."""

from flask.testing import FlaskClient


def test_home_page_answers(client: FlaskClient) -> None:
    """Does an anonymous visitor get the home page explaining the app?"""
    response = client.get("/")
    assert response.status_code == 200
    assert b"Create a free account" in response.data
