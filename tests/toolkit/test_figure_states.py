"""A figure the source does not give reads 'niet gekend' everywhere, never as a judgement.

The kleuter toolkit has items whose impact, cost or evidence is `NA` in the source. Every view of
the toolkit (listing, item page, compare, chart, exports) must keep the three states apart: a
value, 'niet gekend', and for impact only 'onvoldoende evidentie' (evidence strength 0).
"""

import csv
import io

import pytest
from bs4 import BeautifulSoup

from toolkit import figures

from .factories import ToolkitItemPageFactory, ToolkitPageFactory, toolkit_tree

pytestmark = pytest.mark.django_db

JUDGEMENTS = [words.lower() for _, _, words in figures.IMPACT_BANDS] + [
    words for words in figures.COST_WORDS.values()
]


@pytest.fixture
def kleuters(home):
    overview, _ = toolkit_tree(home)
    toolkit = ToolkitPageFactory(parent=overview, title="Kleuters", slug="kleuters")
    for title, impact, cost, evidence in [
        ("Communicatie en taal", 7, 1, 3),
        ("Ontluikende geletterdheid", 4, None, None),  # cost and evidence NA
        ("Ontluikende gecijferdheid", None, None, None),  # everything NA
        ("Spelend leren", None, 1, 1),  # impact NA
        ("Leerstijlen", None, 1, 0),  # insufficient evidence
    ]:
        ToolkitItemPageFactory(
            parent=toolkit, title=title, impact_months=impact, cost=cost, evidence=evidence
        )
    return toolkit


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text(element):
    return " ".join(element.get_text(" ").split())


def figures_of(element):
    """The figures component's three figures, by kind, and its verdict, as read text."""
    return {
        kind: text(element.select_one(f"li.figure--{kind}"))
        for kind in ("impact", "cost", "evidence")
    }, text(element.select_one(".figures__verdict"))


def test_item_page_shows_niet_gekend_for_each_missing_figure(client, kleuters):
    summary = soup(client, kleuters.url + "ontluikende-geletterdheid/").select_one(
        ".toolkit-summary"
    )
    shown, verdict = figures_of(summary)
    words = [text(value) for value in summary.select(".figure__value--words")]

    assert shown["impact"].startswith("Impact +4 maanden")
    assert shown["cost"].startswith("Kosten niet gekend")
    assert shown["evidence"].startswith("Bewijskracht niet gekend")
    assert words == ["niet gekend", "niet gekend"]
    assert not any("onvoldoende evidentie" in figure for figure in shown.values())
    assert verdict == "Geen samenvattend oordeel: de kost en de bewijskracht zijn niet gekend"


def test_insufficient_evidence_is_kept_apart_from_not_known(client, kleuters):
    def impact(slug):
        summary = soup(client, kleuters.url + slug).select_one(".toolkit-summary")
        return text(summary.select_one("li.figure--impact .figure__value--words"))

    assert impact("leerstijlen/") == "onvoldoende evidentie"
    assert impact("spelend-leren/") == "niet gekend"


def test_listing_verdicts_never_judge_an_unknown(client, kleuters):
    rows = soup(client, kleuters.url).select("li.toolkit-row")
    verdicts = {
        text(row.select_one(".toolkit-row__title")): text(row.select_one(".figures__verdict"))
        for row in rows
    }

    assert verdicts["Communicatie en taal"].startswith("Zeer hoge impact voor zeer lage kosten")
    for title in ["Ontluikende geletterdheid", "Ontluikende gecijferdheid", "Spelend leren"]:
        assert verdicts[title].startswith("Geen samenvattend oordeel")
        assert not any(words in verdicts[title].lower() for words in JUDGEMENTS)
    assert verdicts["Leerstijlen"] == "Onvoldoende evidentie om de impact in te schatten"


def test_compare_cells_say_niet_gekend(client, kleuters):
    url = kleuters.url + "vergelijk/?items=communicatie-en-taal&items=ontluikende-gecijferdheid"
    cards = {
        text(card.select_one(".compare-card__title")): figures_of(card)
        for card in soup(client, url).select("ul.compare-grid li.compare-card")
    }
    known, known_verdict = cards["Communicatie en taal"]
    unknown, unknown_verdict = cards["Ontluikende gecijferdheid"]

    assert known["impact"].startswith("Impact +7 maanden")
    assert known_verdict.startswith("Zeer hoge impact voor zeer lage kosten")
    assert unknown == {
        "impact": "Impact niet gekend",
        "cost": "Kosten niet gekend",
        "evidence": "Bewijskracht niet gekend",
    }
    assert unknown_verdict.startswith("Geen samenvattend oordeel")


def test_chart_plots_only_items_with_three_known_figures(client, kleuters):
    page = soup(client, kleuters.url + "grafiek/")
    points = [link["href"] for link in page.select("a.chart__point")]
    table = {
        text(row.th): [text(cell) for cell in row.select("td")]
        for row in page.select("table.chart-table tbody tr")
    }

    assert points == ["/toolkit/kleuters/communicatie-en-taal/"]
    assert table["Ontluikende geletterdheid"][1:] == ["+4 maanden", "niet gekend", "niet gekend"]
    assert table["Leerstijlen"][1] == "onvoldoende evidentie"
    assert table["Spelend leren"][1] == "niet gekend"


def test_exports_give_the_state_of_every_empty_figure(client, kleuters):
    data = {item["naam"]: item for item in client.get(kleuters.url + "json/").json()["aanpakken"]}
    lines = client.get(kleuters.url + "csv/").content.decode().splitlines()
    rows = {row["naam"]: row for row in csv.DictReader(io.StringIO("\n".join(lines[1:])))}

    geletterdheid = data["Ontluikende geletterdheid"]
    assert geletterdheid["impact_maanden"] == 4 and geletterdheid["impact_status"] is None
    assert geletterdheid["kost"] is None and geletterdheid["kost_status"] == "niet gekend"
    assert geletterdheid["bewijskracht_status"] == "niet gekend"
    assert data["Leerstijlen"]["impact_status"] == "onvoldoende evidentie"
    assert data["Spelend leren"]["impact_status"] == "niet gekend"
    assert rows["Ontluikende gecijferdheid"]["kost"] == ""
    assert rows["Ontluikende gecijferdheid"]["kost_status"] == "niet gekend"
