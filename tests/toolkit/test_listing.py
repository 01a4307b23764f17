"""The listing: every item with its figures, filters, sorting, search, pagination and bad input."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from tests.factories import OnderwijsniveauFactory, ThemaFactory
from tests.html import checked, containing, link_targets, parse, robots, selected, text
from toolkit.templatetags.toolkit_tags import render_figures

from .factories import ToolkitItemPageFactory, bulk_items, toolkit_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def toolkit(home):
    feedback = ThemaFactory(name="Feedback", slug="feedback")
    language = ThemaFactory(name="Taalonderwijs", slug="taalonderwijs")
    primary = OnderwijsniveauFactory(name="Lager onderwijs", slug="lager")
    special = OnderwijsniveauFactory(name="Buitengewoon onderwijs", slug="buitengewoon")
    _, toolkit = toolkit_tree(home)
    ToolkitItemPageFactory(
        parent=toolkit,
        title="Feedback",
        impact_months=6,
        cost=1,
        evidence=4,
        themes=[feedback],
        levels=[primary, special],
    )
    ToolkitItemPageFactory(
        parent=toolkit,
        title="Phonics",
        impact_months=5,
        cost=1,
        evidence=4,
        themes=[language],
        levels=[primary, special],
        what_it_is="<p>Klanken en letters koppelen om woorden te lezen.</p>",
    )
    ToolkitItemPageFactory(
        parent=toolkit,
        title="Zittenblijven",
        impact_months=-2,
        cost=5,
        evidence=2,
        themes=[],
        levels=[primary],
    )
    ToolkitItemPageFactory(
        parent=toolkit,
        title="Leerstijlen",
        impact_months=None,
        cost=1,
        evidence=0,
        themes=[feedback],
        levels=[],
    )
    return toolkit


def titles(response):
    return [item.title for item in response.context["items"]]


def test_every_item_is_listed_with_its_figures_and_verdict(client, toolkit):
    response = client.get(toolkit.url)
    page = parse(response)
    results = page.select_one("#results-heading").find_parent("section")

    assert titles(response) == ["Feedback", "Leerstijlen", "Phonics", "Zittenblijven"]
    assert text(page.select_one("#results-heading")) == "4 aanpakken"
    assert "+6 maanden" in text(results) and "-2 maanden" in text(results)
    verdict = "Hoge impact voor zeer lage kosten, gebaseerd op uitgebreide evidentie"
    assert containing(results, "p", verdict) is not None
    assert "/toolkit/leren-en-lesgeven/feedback/" in link_targets(results)
    assert robots(page) is None


def test_each_distinct_figure_combination_is_rendered_once_and_reused(client, toolkit):
    ToolkitItemPageFactory(parent=toolkit, title="Tutoring", impact_months=6, cost=1, evidence=4)
    render_figures.cache_clear()

    response = client.get(toolkit.url)
    soup = BeautifulSoup(response.content, "html.parser")
    rows = {
        row.h3.get_text(strip=True): row.select_one(".figure--impact .figure__value").get_text()
        for row in soup.select(".toolkit-row")
    }

    figure_renders = [t for t in response.templates if t.name == "components/toolkit_figures.html"]
    assert len(figure_renders) == 4  # Feedback and Tutoring share one
    assert rows["Feedback"] == rows["Tutoring"] == "+6 maanden"
    assert rows["Phonics"] == "+5 maanden"
    again = client.get(toolkit.url + "?sorteer=kost")  # a second page, same process: all reused
    assert not [t for t in again.templates if t.name == "components/toolkit_figures.html"]


def test_sorting_by_impact_puts_the_highest_first_and_unknown_last(client, toolkit):
    by_impact = titles(client.get(toolkit.url, {"sorteer": "impact"}))
    by_cost = titles(client.get(toolkit.url, {"sorteer": "kost"}))
    by_evidence = titles(client.get(toolkit.url, {"sorteer": "bewijskracht"}))

    assert by_impact == ["Feedback", "Phonics", "Zittenblijven", "Leerstijlen"]
    assert by_cost == ["Feedback", "Leerstijlen", "Phonics", "Zittenblijven"]
    assert by_evidence == ["Feedback", "Phonics", "Zittenblijven", "Leerstijlen"]


def test_filtering_by_theme_or_level_shows_exactly_the_items_tagged_so(client, toolkit):
    assert titles(client.get(toolkit.url, {"thema": "feedback"})) == ["Feedback", "Leerstijlen"]
    assert titles(client.get(toolkit.url, {"niveau": "buitengewoon"})) == ["Feedback", "Phonics"]
    both = client.get(toolkit.url + "?thema=feedback&thema=taalonderwijs&niveau=lager")
    assert titles(both) == ["Feedback", "Phonics"]


def test_filters_and_sort_survive_in_the_form_and_the_page_links(client, toolkit):
    bulk_items(toolkit, 60, levels=[OnderwijsniveauFactory(slug="lager")])

    page = parse(client.get(toolkit.url + "?niveau=lager&sorteer=impact"))

    assert checked(page, "niveau") == ["lager"]
    assert selected(page, "sorteer") == "impact"
    assert (
        page.select_one('.pagination a[rel="next"]')["href"]
        == "?niveau=lager&sorteer=impact&pagina=2"
    )
    assert robots(page) == "noindex, follow"
    assert titles(client.get(toolkit.url + "?niveau=lager&sorteer=impact&pagina=2"))


def test_search_finds_words_in_the_sections(client, toolkit):
    call_command("update_index", verbosity=0)

    assert titles(client.get(toolkit.url, {"q": "letters"})) == ["Phonics"]
    assert titles(client.get(toolkit.url, {"q": "letters", "thema": "feedback"})) == []
    nothing = parse(client.get(toolkit.url, {"q": "xyzzy"}))
    assert text(nothing.select_one("#results-heading")) == "0 aanpakken gevonden"
    assert containing(nothing, "p", "Geen aanpakken gevonden") is not None


@pytest.mark.parametrize(
    "query",
    [
        "?pagina=abc",
        "?pagina=-1",
        "?pagina=99999999999999999999999",
        "?pagina=0",
        "?sorteer=bestaat-niet",
        "?sorteer=impact&sorteer=naam",
        "?thema=bestaat-niet",
        "?thema=feedback&thema=%00",
        "?niveau=" + "x" * 5000,
        "?q=%00",
        "?q=" + "lezen%20" * 400,
        "?q=%27%22%3Cscript%3E",
        "?q=&thema=&niveau=&sorteer=",
        "?items=feedback&onbekend=1",
    ],
)
def test_bad_input_gives_a_normal_page(client, toolkit, query):
    response = client.get(toolkit.url + query)

    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_unknown_values_are_ignored_and_known_ones_kept(client, toolkit):
    response = client.get(toolkit.url + "?thema=bestaat-niet&thema=feedback&sorteer=onzin")

    assert titles(response) == ["Feedback", "Leerstijlen"]
