"""A question posted while PostgreSQL is down: "Je vraag is niet bewaard", the text still there."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client

from leerpunt_site.vraagpunt.models import Vraag
from tests.factories import OnderwijsniveauFactory

from .factories import VraagpuntPageFactory

# The database connection is broken and restored for real, so nothing may stay in a transaction.
pytestmark = pytest.mark.django_db(transaction=True)

QUESTION = {
    "question": "Werkt peer tutoring ook in het eerste leerjaar?",
    "role": "leraar",
    "email": "an@school.be",
    "consent": "on",
}


def test_the_visitor_is_told_and_keeps_what_they_typed(client, home):
    VraagpuntPageFactory(parent=home)
    level = OnderwijsniveauFactory(slug="lager")

    with _down():
        response = client.post("/vraagpunt/", {**QUESTION, "level": str(level.pk)})

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    html = BeautifulSoup(response.content, "html.parser")
    assert html.h1.get_text() == "Je vraag is niet bewaard"
    form = html.select_one("main form[method=post]")
    assert form["action"] == "/vraagpunt/"
    assert form.select_one("textarea[name=question]").get_text().strip() == QUESTION["question"]
    assert form.select_one("select[name=role] option[selected]")["value"] == "leraar"
    assert form.select_one("input[name=email]")["value"] == "an@school.be"
    assert form.select_one("input[name=level]")["value"] == str(level.pk)
    assert form.select_one("input[name=consent]").has_attr("checked")
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in response["Content-Security-Policy"]

    again = client.post("/vraagpunt/", {**QUESTION, "level": str(level.pk)})  # database back
    assert again.status_code == 302
    assert Vraag.objects.get().question == QUESTION["question"]


def test_other_posts_get_the_general_error_page(home):
    VraagpuntPageFactory(parent=home)
    client = Client(raise_request_exception=False)

    with _down():
        response = client.post("/nieuwsbrief/", {"email": "an@school.be"})

    assert response.status_code == 500
    assert BeautifulSoup(response.content, "html.parser").h1.get_text() == "Er ging iets mis"


class _down:
    """The next connection goes to a port where nothing listens, as when PostgreSQL stopped."""

    def __enter__(self):
        self.port = connection.settings_dict["PORT"]
        connection.close()
        connection.settings_dict["PORT"] = "1"

    def __exit__(self, *exc_info):
        connection.close()
        connection.settings_dict["PORT"] = self.port
