"""The comparison, the chart and the open data of a toolkit."""

import csv
import io
import re

import pytest
from bs4 import BeautifulSoup

from tests.factories import OnderwijsniveauFactory, ThemaFactory

from .factories import ToolkitItemPageFactory, toolkit_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def toolkit(home):
    _, toolkit = toolkit_tree(home)
    theme = ThemaFactory(name="Feedback", slug="feedback")
    level = OnderwijsniveauFactory(name="Lager onderwijs", slug="lager")
    for title, impact, cost, evidence in [
        ("Feedback", 6, 1, 4),
        ("Huiswerk", 5, 1, 1),
        ("Zittenblijven", -2, 5, 2),
        ("Leerstijlen", None, 1, 0),
        ("Mentoring", 2, 3, 3),
    ]:
        ToolkitItemPageFactory(
            parent=toolkit,
            title=title,
            impact_months=impact,
            cost=cost,
            evidence=evidence,
            key_findings=f"<ul><li>Bevinding over {title.lower()}.</li></ul>",
            themes=[theme],
            levels=[level],
        )
    return toolkit


def test_compare_shows_the_chosen_items_side_by_side_in_the_order_chosen(client, toolkit):
    response = client.get(toolkit.url + "vergelijk/?items=huiswerk&items=feedback")
    soup = BeautifulSoup(response.content, "html.parser")
    huiswerk, feedback = soup.select(".compare-card")

    assert response.status_code == 200
    assert huiswerk.h3.get_text(strip=True) == "Huiswerk"
    assert feedback.h3.get_text(strip=True) == "Feedback"
    assert (
        huiswerk.select_one(".figure--impact .figure__value").get_text(strip=True) == "+5 maanden"
    )
    assert (
        feedback.select_one(".figure--impact .figure__value").get_text(strip=True) == "+6 maanden"
    )
    assert (
        huiswerk.select_one(".figures__verdict").get_text(strip=True)
        == "Hoge impact voor zeer lage kosten, gebaseerd op zeer beperkte evidentie"
    )
    assert "Bevinding over huiswerk." in huiswerk.get_text()
    assert "Bevinding over feedback." in feedback.get_text()
    # Removing huiswerk keeps feedback.
    assert huiswerk.select_one(".compare-card__remove a")["href"] == "?items=feedback"
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"


def test_compare_takes_at_most_four_and_ignores_unknown_and_repeated_slugs(client, toolkit):
    url = toolkit.url + "vergelijk/?items=feedback&items=feedback&items=bestaat-niet&items=%00"
    url += "&items=huiswerk&items=zittenblijven&items=leerstijlen&items=mentoring"

    soup = BeautifulSoup(client.get(url).content, "html.parser")
    titles = [card.h3.get_text(strip=True) for card in soup.select(".compare-card")]

    assert "We tonen de eerste vier" in soup.select_one(".notice").get_text()
    assert titles == ["Feedback", "Huiswerk", "Zittenblijven", "Leerstijlen"]


@pytest.mark.parametrize(
    "query", ["", "?items=feedback", "?items=" + "a" * 3000, "?items=bestaat-niet"]
)
def test_compare_with_fewer_than_two_items_asks_to_choose_more(client, toolkit, query):
    response = client.get(toolkit.url + "vergelijk/" + query)

    assert response.status_code == 200
    assert "Kies minstens twee aanpakken" in response.content.decode()


def test_chart_draws_a_linked_dot_per_known_item_with_evidence_in_text(client, toolkit):
    html = client.get(toolkit.url + "grafiek/").content.decode()

    assert '<title id="chart-title">Impact tegenover kost voor Leren en lesgeven</title>' in html
    assert 'aria-labelledby="chart-title chart-desc"' in html
    assert html.count('class="chart__point ') == 4  # Leerstijlen has no impact
    assert (
        'href="/toolkit/leren-en-lesgeven/feedback/" class="chart__point chart__point--e4"' in html
    )
    assert "bewijskracht 4 van 5, uitgebreide evidentie" in html
    assert re.search(r'<circle cx="\d+(\.\d+)?" cy="\d+(\.\d+)?" r="\d+(\.\d+)?">', html)
    assert "Niet in de grafiek" in html and ">Leerstijlen</a>." in html
    assert html.count("<tr>") - 1 == 5  # the table has every item


def test_csv_has_a_source_line_and_the_figures_of_the_pages(client, toolkit):
    response = client.get(toolkit.url + "csv/")
    lines = response.content.decode().splitlines()

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "Link" not in response  # no licence is declared unless Leerpunt sets one
    assert lines[0].startswith("# Leren en lesgeven. Bron: Leerpunt")
    assert "Licentie" not in lines[0]
    rows = list(csv.DictReader(io.StringIO("\n".join(lines[1:]))))
    assert [row["naam"] for row in rows] == [
        "Feedback",
        "Huiswerk",
        "Leerstijlen",
        "Mentoring",
        "Zittenblijven",
    ]
    for row in rows:
        page = client.get(row["url"].removeprefix("http://localhost")).context["page"]
        assert row["impact_maanden"] == (
            "" if page.impact_months is None else str(page.impact_months)
        )
        assert row["kost"] == str(page.cost)
        assert row["bewijskracht"] == str(page.evidence)
    assert rows[0]["themas"] == "Feedback" and rows[0]["niveaus"] == "Lager onderwijs"


def test_json_has_the_same_records_with_null_for_unknown(client, toolkit):
    data = client.get(toolkit.url + "json/").json()

    assert data["licentie"] is None and data["licentie_url"] is None
    leerstijlen = next(item for item in data["aanpakken"] if item["naam"] == "Leerstijlen")
    assert leerstijlen["impact_maanden"] is None and leerstijlen["bewijskracht"] == 0
    assert leerstijlen["impact_status"] == "onvoldoende evidentie"
    assert leerstijlen["kost_status"] is None
    assert leerstijlen["themas"] == [{"slug": "feedback", "naam": "Feedback"}]
    assert leerstijlen["url"] == "http://localhost/toolkit/leren-en-lesgeven/leerstijlen/"


def test_listing_links_to_chart_exports_and_legend(client, toolkit):
    html = client.get(toolkit.url).content.decode()

    for path in ["grafiek/", "csv/", "json/"]:
        assert f'href="/toolkit/leren-en-lesgeven/{path}"' in html
    assert 'href="/toolkit/hoe-lees-je-de-toolkit/"' in html
    assert 'action="/toolkit/leren-en-lesgeven/vergelijk/"' in html


def test_a_licence_is_declared_only_once_set(client, toolkit, settings):
    settings.TOOLKIT_DATA_LICENCE = ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")

    csv_response = client.get(toolkit.url + "csv/")
    data = client.get(toolkit.url + "json/").json()

    assert csv_response["Link"] == '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'
    assert "Licentie: CC BY 4.0" in csv_response.content.decode().splitlines()[0]
    assert data["licentie"] == "CC BY 4.0"
