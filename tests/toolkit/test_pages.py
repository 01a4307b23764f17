"""What a visitor sees on the overview, the legend and an item page."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup

from tests.factories import OnderwijsniveauFactory, ThemaFactory
from tests.kennisagenda.factories import KennisagendaPageFactory
from toolkit.models import Praktijkverhaal, ToolkitWijziging

from .factories import ToolkitItemPageFactory, ToolkitPageFactory, toolkit_tree

pytestmark = pytest.mark.django_db


def test_overview_shows_both_toolkits_and_the_legend(client, home):
    overview, _ = toolkit_tree(home)
    ToolkitPageFactory(parent=overview, title="Leren en ontwikkeling bij kleuters", slug="kleuters")

    html = client.get("/toolkit/").content.decode()

    assert 'href="/toolkit/leren-en-lesgeven/"' in html
    assert 'href="/toolkit/kleuters/"' in html
    assert "Lager en secundair onderwijs" in html
    assert 'href="/toolkit/hoe-lees-je-de-toolkit/"' in html


def test_legend_explains_the_scales_and_how_the_verdict_is_worded(client, home):
    toolkit_tree(home)

    html = client.get("/toolkit/hoe-lees-je-de-toolkit/").content.decode()

    assert "Geen cijfer zegt niet dat een aanpak niet werkt." in html  # the editors' addition
    assert "zeer hoge kost" in html and "zeer uitgebreide evidentie" in html
    assert "Hoge impact voor zeer lage kosten, gebaseerd op uitgebreide evidentie" in html
    assert "<td>+5 tot +6 maanden</td><td>Hoge impact</td>" in html


def test_item_page_shows_figures_verdict_sections_stories_and_review_date(client, home):
    _, toolkit = toolkit_tree(home)
    KennisagendaPageFactory(parent=home)  # a theme links to its hub below the kennisagenda
    item = ToolkitItemPageFactory(
        parent=toolkit,
        title="Feedback",
        impact_months=6,
        cost=1,
        evidence=4,
        last_reviewed=datetime.date(2025, 5, 20),
        themes=[ThemaFactory(name="Feedback", slug="feedback")],
        levels=[OnderwijsniveauFactory(name="Lager onderwijs", slug="lager")],
    )
    Praktijkverhaal.objects.create(
        page=item,
        title="Feedback in het vierde leerjaar",
        text="Een school in Gent.",
        link="https://example.org/verhaal",
    )

    html = client.get("/toolkit/leren-en-lesgeven/feedback/").content.decode()

    summary = BeautifulSoup(html, "html.parser").select_one(".toolkit-summary")
    impact, cost, evidence = (
        " ".join(figure.get_text(" ", strip=True).split()) for figure in summary.select(".figure")
    )
    assert impact.startswith("Impact +6 maanden Impact: 6 maanden extra vooruitgang")
    assert cost.startswith("Kosten 1 van 5, zeer lage kost")
    assert evidence.startswith("Bewijskracht 4 van 5, uitgebreide evidentie")
    assert (
        summary.select_one(".figures__verdict").get_text(strip=True)
        == "Hoge impact voor zeer lage kosten, gebaseerd op uitgebreide evidentie"
    )
    for anchor, heading in [
        ("wat-is-het", "Wat is het?"),
        ("belangrijkste-bevindingen", "Belangrijkste bevindingen"),
        ("hoe-effectief", "Hoe effectief is deze aanpak?"),
        ("achter-het-gemiddelde", "Achter het gemiddelde"),
        ("onderwijsongelijkheid", "Onderwijsongelijkheid wegwerken"),
        ("toepassen", "Hoe pas je dit toe in jouw leeromgeving?"),
        ("kosten", "Hoeveel kost deze aanpak?"),
        ("evidentie", "Hoe overtuigend is de evidentie?"),
    ]:
        assert f'<h2 id="{anchor}">{heading}</h2>' in html
        assert f'<a href="#{anchor}">{heading}</a>' in html
    assert (
        "Feedback in het vierde leerjaar" in html and 'href="https://example.org/verhaal"' in html
    )
    assert '<time datetime="2025-05-20">20 mei 2025</time>' in html
    assert 'href="/kennisagenda/feedback/"' in html and "Lager onderwijs" in html
    assert 'href="/toolkit/hoe-lees-je-de-toolkit/"' in html
    assert "Wat is er veranderd?" not in html


def test_unknown_figures_read_as_not_known_never_as_a_number(client, home):
    _, toolkit = toolkit_tree(home)
    ToolkitItemPageFactory(
        parent=toolkit,
        title="Ontluikende gecijferdheid",
        impact_months=None,
        cost=None,
        evidence=None,
    )

    html = client.get("/toolkit/leren-en-lesgeven/ontluikende-gecijferdheid/").content.decode()
    summary = BeautifulSoup(html, "html.parser").select_one(".toolkit-summary")
    values = [figure.select_one(".figure__value") for figure in summary.select(".figure")]

    assert [value.get_text(strip=True) for value in values] == ["niet gekend"] * 3
    assert "onvoldoende evidentie" not in html
    assert not re.search(r"\d+ maand", html)
    assert "van 5" not in html


def test_item_page_lists_what_changed_newest_first(client, home):
    _, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory(parent=toolkit, title="Metacognitie", impact_months=8)
    ToolkitWijziging.objects.create(
        page=item,
        date=datetime.date(2025, 5, 15),
        figure="impact_months",
        old_value=7,
        new_value=8,
        note="Update 2025.",
    )
    ToolkitWijziging.objects.create(
        page=item, date=datetime.date(2024, 1, 10), figure="evidence", old_value=3, new_value=4
    )

    html = client.get(item.url).content.decode()

    assert '<h2 id="wat-is-er-veranderd">Wat is er veranderd?</h2>' in html
    assert "<strong>Impact:</strong> van +7 maanden naar +8 maanden." in html
    assert "Update 2025." in html
    assert html.index("15 mei 2025") < html.index("10 januari 2024")
    assert "van 3 van 5, gemiddelde evidentie naar 4 van 5, uitgebreide evidentie" in html


def test_a_negative_impact_is_shown_as_less_progress(client, home):
    _, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory(
        parent=toolkit, title="Zittenblijven", impact_months=-2, cost=5, evidence=2
    )

    html = client.get(item.url).content.decode()

    assert "-2 maanden" in html and "Impact: 2 maanden minder vooruitgang" in html
    assert "Negatieve impact voor zeer hoge kosten, gebaseerd op beperkte evidentie" in html


def test_a_restricted_toolkit_hides_its_items_from_anonymous_visitors(client, home):
    from wagtail.models import PageViewRestriction

    _, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory(parent=toolkit, title="Geheim")
    PageViewRestriction.objects.create(page=toolkit, restriction_type="login")

    assert client.get(item.url).status_code == 302
    assert client.get(toolkit.url + "csv/").status_code == 302
