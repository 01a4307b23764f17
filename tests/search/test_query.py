"""Whatever a visitor types, every search box answers with a normal page (issue 17).

The boxes: the site search, a toolkit's listing, projects, research and calls. All of them go
through leerpunt_site.search.query.search_queryset(); these tests run on PostgreSQL with the suite
and on SQLite through test_sqlite.py.
"""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

from leerpunt_site.search.query import MAX_TERMS, build_query, search_queryset, search_terms
from tests.factories import make_site
from tests.kennisagenda.factories import (
    build_onderzoek,
    build_oproep,
    build_project,
    build_toolkit_item,
)

pytestmark = pytest.mark.django_db

HOSTILE = [
    'feedback"',
    "'\"><script>alert(1)</script>",
    '"feedback',
    '""',
    "feedback AND",
    "NOT feedback",
    "feedback OR NOT huiswerk",
    "NEAR(feedback huiswerk)",
    "(feedback",
    "feedback)",
    "[feedback]",
    "{title}: feedback",
    "title:feedback",
    "feed*",
    "*",
    "-feedback",
    "- -",
    "^feedback",
    "feedback & | ! <-> :*",
    "'",
    "\\",
    "%",
    "\x00",
    "feed\x00back",
    "ééé 😀 ﷽",
    "x" * 1000,
    " ".join(["feedback"] * 200),
    "' OR 1=1 --",
]

# Text without lone surrogates (they cannot travel in a URL); every other code point may appear.
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=1000)


@pytest.fixture(scope="module")
def boxes(django_db_setup, django_db_blocker):
    """A site with every search box and a page for each to find; the paths of the boxes."""
    with django_db_blocker.unblock(), transaction.atomic():
        home = make_site()
        item = build_toolkit_item(home, title="Feedback")
        build_project(home, title="Feedback in de klas")
        build_onderzoek(home, title="Onderzoek naar feedback")
        build_oproep(home, title="Oproep rond feedback")
        call_command("update_index", verbosity=0)
        yield ["/zoeken/", item.get_parent().url, "/projecten/", "/onderzoeken/", "/oproepen/"]
        transaction.set_rollback(True)


def test_search_terms_are_only_letters_and_digits():
    assert search_terms('Feedback" AND (huis-werk)* title:x') == [
        "feedback",
        "and",
        "huis",
        "werk",
        "title",
        "x",
    ]
    assert search_terms("\x00'\"*:-()[]{}^~") == []
    assert len(search_terms("woord " * 500)) == MAX_TERMS


def test_text_without_words_searches_nothing(boxes):
    assert build_query("\"'*:-") is None
    assert list(search_queryset(Page.objects.all(), "\"'*:-")) == []


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_gives_a_normal_page_in_every_search_box(client, boxes, text):
    for path in boxes:
        response = client.get(path, {"q": text})

        assert response.status_code == 200, path
        assert BeautifulSoup(response.content, "html.parser").select_one("h1"), path


def test_an_unbalanced_quote_still_finds_the_page_in_every_search_box(client, boxes):
    for path in boxes:
        html = client.get(path, {"q": 'feedback"'}).content.decode()
        links = [
            a.get_text(" ", strip=True) for a in BeautifulSoup(html, "html.parser").select("main a")
        ]

        assert any("eedback" in text for text in links), path


@pytest.mark.parametrize("box", range(5))
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=ANY_TEXT)
def test_any_text_gives_a_normal_page(client, boxes, box, text):
    assert client.get(boxes[box], {"q": text}).status_code == 200


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=ANY_TEXT)
def test_search_queryset_accepts_any_text_at_any_length(boxes, text):
    """Below the forms' length limits as well: the function itself never raises."""
    list(search_queryset(Page.objects.live(), text)[:5])
    list(search_queryset(Page.objects.live(), text, operator="or", order_by_relevance=False))


def test_every_listing_search_uses_the_same_words_and_synonyms(client, boxes):
    """A Flemish synonym works in a listing as on the site search: one function for all."""
    toolkit = boxes[1]
    soup = BeautifulSoup(client.get(toolkit, {"q": "terugkoppeling"}).content, "html.parser")

    assert "Feedback" in [a.get_text(strip=True) for a in soup.select("main a")]
