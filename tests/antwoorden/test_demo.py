"""The four demo answers from Leerpunt's Q&A on the care funding, on the whole demo site: published,
found by the site search, listed on their theme hubs, linked from the toolkit overview."""

import io
import re

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from leerpunt_site.antwoorden.models import VraagAntwoordPage

pytestmark = pytest.mark.django_db

DEMO_ANSWERS = {
    "Hoe zet Leerpunt de extra zorgmiddelen in?",
    "Hoe leiden de zorgmiddelen tot meer leren bij leerlingen?",
    "Welk onderzoek betaalt Leerpunt met de zorgmiddelen?",
    "Hoe lees je de twee toolkits, en komen er nog toolkits bij?",
}


def links_to_answers(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    # Search results mark the query inside titles: join the text as a person reads it.
    titles = {
        re.sub(r"\s+([?,.])", r"\1", " ".join(a.get_text(" ").split()))
        for a in page.select("main a[href^='/vraagpunt/antwoorden/']")
    }
    return titles & DEMO_ANSWERS


def test_demo_answers_are_published_found_and_linked(client):
    call_command("load_demo_content", stdout=io.StringIO())

    answers = VraagAntwoordPage.objects.live()
    assert {page.title for page in answers} == DEMO_ANSWERS
    assert all(page.source and page.links.exists() for page in answers)
    assert not any(page.answered_on for page in answers)  # the Q&A is undated

    assert links_to_answers(client, "/zoeken/", q="zorgmiddelen") == DEMO_ANSWERS - {
        "Hoe lees je de twee toolkits, en komen er nog toolkits bij?"
    }
    assert "Hoe lees je de twee toolkits, en komen er nog toolkits bij?" in links_to_answers(
        client, "/zoeken/", q="toolkits lezen"
    )
    assert links_to_answers(client, "/kennisagenda/lerende-cultuur/") == DEMO_ANSWERS
    assert links_to_answers(client, "/toolkit/") == {
        "Hoe leiden de zorgmiddelen tot meer leren bij leerlingen?",
        "Hoe lees je de twee toolkits, en komen er nog toolkits bij?",
    }
    assert links_to_answers(client, "/vraagpunt/antwoorden/") == DEMO_ANSWERS
