"""The answer bank: index with search and theme filter, answer pages, 'Vragen hierover' on the
pages an answer links to, suggestions for the Vraagpunt form, bad input and query budgets."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from leerpunt_site.antwoorden.models import AntwoordLink
from tests.factories import ThemaFactory
from tests.leidraden.factories import LeidraadIndexPageFactory, LeidraadPageFactory
from tests.toolkit.factories import ToolkitItemPageFactory, toolkit_tree

from .factories import VraagAntwoordPageFactory, answer_bank

pytestmark = pytest.mark.django_db

# Wagtail's own routing (2 queries per URL segment) and view-restriction checks (docs/performance.md).
INDEX_QUERY_BUDGET = 13
# Three levels below the home page: Wagtail's own routing takes two queries per level
# (docs/performance.md).
ANSWER_QUERY_BUDGET = 13


@pytest.fixture
def index(home):
    return answer_bank(home)[1]


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def listed_titles(page):
    return [link.get_text(strip=True) for link in page.select(".answer-card__title a")]


def test_index_lists_live_answers_alphabetically(client, index):
    VraagAntwoordPageFactory(parent=index, title="Wat kost een aanpak?")
    VraagAntwoordPageFactory(parent=index, title="Hoe lees je de toolkit?")
    draft = VraagAntwoordPageFactory(parent=index, title="Nog niet klaar")
    draft.unpublish()

    page = soup(client.get("/vraagpunt/antwoorden/"))

    assert listed_titles(page) == ["Hoe lees je de toolkit?", "Wat kost een aanpak?"]


def test_index_searches_the_question_and_the_answer(client, index):
    VraagAntwoordPageFactory(
        parent=index, title="Over de middelen", summary="De zorgmiddelen gaan naar projecten."
    )
    VraagAntwoordPageFactory(parent=index, title="Over huiswerk", summary="Huiswerk werkt.")

    page = soup(client.get("/vraagpunt/antwoorden/", {"q": "zorgmiddelen"}))

    assert listed_titles(page) == ["Over de middelen"]
    assert page.select_one("form.filter-panel input[name=q]")["value"] == "zorgmiddelen"


def test_index_filters_on_theme_and_ignores_unknown_themes(client, index):
    feedback = ThemaFactory(slug="feedback", name="Feedback")
    VraagAntwoordPageFactory(parent=index, title="Over feedback", themes=[feedback])
    VraagAntwoordPageFactory(parent=index, title="Over iets anders")

    filtered = soup(client.get("/vraagpunt/antwoorden/", {"thema": "feedback"}))
    unknown = soup(client.get("/vraagpunt/antwoorden/", {"thema": "bestaat-niet"}))

    assert listed_titles(filtered) == ["Over feedback"]
    assert listed_titles(unknown) == ["Over feedback", "Over iets anders"]


@pytest.mark.parametrize(
    "query", ['feedback"', "'\"><script>", "a AND (b OR", "-*:", "x\x00y", "lezen " * 200]
)
def test_any_search_text_gives_a_normal_page(client, index, query):
    VraagAntwoordPageFactory(parent=index)

    response = client.get("/vraagpunt/antwoorden/", {"q": query})
    suggestions = client.get("/vraagpunt/antwoorden/suggesties/", {"q": query})

    assert response.status_code == 200
    assert suggestions.status_code == 200
    assert "<script>" not in response.content.decode()


def test_no_results_says_so_and_links_to_the_form(client, index):
    page = soup(client.get("/vraagpunt/antwoorden/", {"q": "onbestaandwoord"}))

    message = page.select_one("main p:-soup-contains('Geen antwoorden gevonden')")
    assert message is not None
    assert message.find("a", string="stel je vraag")["href"] == "/vraagpunt/"


def test_answer_page_shows_question_summary_and_links(client, home, index):
    overview, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory(parent=toolkit, title="Feedback")
    answer = VraagAntwoordPageFactory(
        parent=index,
        title="Hoe geef ik feedback?",
        question="Hoe geef ik feedback aan dertig leerlingen?",
        summary="Begin bij wat de leerling al kan.",
        links=[AntwoordLink(page=item)],
    )

    page = soup(client.get(answer.url))

    assert page.h1.get_text(strip=True) == "Hoe geef ik feedback?"
    assert page.select_one(".answer__question blockquote").get_text(strip=True) == (
        "Hoe geef ik feedback aan dertig leerlingen?"
    )
    assert page.select_one(".answer__short .lead").get_text(strip=True) == (
        "Begin bij wat de leerling al kan."
    )
    assert [a["href"] for a in page.select(".answer__links a")] == [item.url]


def test_unknown_date_and_author_are_left_out(client, index):
    answer = VraagAntwoordPageFactory(parent=index, answered_by="", answered_on=None, source="")

    page = soup(client.get(answer.url))

    assert page.select_one(".answer__provenance") is None


def test_known_author_and_source_are_shown(client, index):
    answer = VraagAntwoordPageFactory(
        parent=index, answered_by="Leerpunt", source="Vragen en antwoorden van Leerpunt"
    )

    page = soup(client.get(answer.url))

    terms = [dt.get_text(strip=True) for dt in page.select(".answer__provenance dt")]
    values = [dd.get_text(strip=True) for dd in page.select(".answer__provenance dd")]
    assert dict(zip(terms, values, strict=True)) == {
        "Beantwoord door": "Leerpunt",
        "Bron": "Vragen en antwoorden van Leerpunt",
    }


def questions_about(response):
    block = soup(response).select_one(".questions-about")
    return [a.get_text(strip=True) for a in block.select("a")] if block else []


def test_toolkit_item_and_guide_list_the_answers_about_them(client, home, index):
    _, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory(parent=toolkit, title="Feedback")
    guide = LeidraadPageFactory(parent=LeidraadIndexPageFactory(parent=home))
    VraagAntwoordPageFactory(parent=index, title="Over feedback", links=[AntwoordLink(page=item)])
    VraagAntwoordPageFactory(parent=index, title="Over de gids", links=[AntwoordLink(page=guide)])
    unpublished = VraagAntwoordPageFactory(
        parent=index, title="Concept", links=[AntwoordLink(page=item)]
    )
    unpublished.unpublish()

    assert questions_about(client.get(item.url)) == ["Over feedback"]
    assert questions_about(client.get(guide.url)) == ["Over de gids"]


def test_pages_without_answers_show_no_block(client, home, index):
    _, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory(parent=toolkit)

    assert questions_about(client.get(item.url)) == []


def test_suggestions_return_matching_answers_as_json(client, index):
    VraagAntwoordPageFactory(
        parent=index,
        title="Hoe lees je de twee toolkits?",
        question="Hoe moeten we de toolkits lezen?",
    )
    VraagAntwoordPageFactory(parent=index, title="Over huiswerk", question="Werkt huiswerk?")

    found = client.get("/vraagpunt/antwoorden/suggesties/", {"q": "Hoe lees ik de toolkits?"})
    empty = client.get("/vraagpunt/antwoorden/suggesties/", {"q": ""})

    assert [answer["titel"] for answer in found.json()["antwoorden"]] == [
        "Hoe lees je de twee toolkits?"
    ]
    assert empty.json() == {"antwoorden": []}


def test_the_form_points_its_script_at_the_suggestions(client, index):
    form = soup(client.get("/vraagpunt/")).select_one("form.public-form")

    assert form["data-suggest-url"] == "/vraagpunt/antwoorden/suggesties/"
    assert form.select_one("#answer-suggestions[aria-live=polite]") is not None


def count_queries(client, url):
    client.get(url)  # warm the site shell's fragment cache, as on a running site
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("count", [3, 25])
def test_index_and_answer_cost_a_fixed_number_of_queries(client, index, count):
    theme = ThemaFactory(slug="feedback", name="Feedback")
    answers = [VraagAntwoordPageFactory(parent=index, themes=[theme]) for _ in range(count)]

    assert count_queries(client, "/vraagpunt/antwoorden/") <= INDEX_QUERY_BUDGET
    assert count_queries(client, answers[0].url) <= ANSWER_QUERY_BUDGET
