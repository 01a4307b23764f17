"""The admin's own tools: the handbook, the toolkit overview and the toolkit item form."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from leerpunt_site.editorial.handbook import render
from tests.toolkit.factories import ToolkitItemPageFactory, ToolkitPageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text(element):
    return " ".join(element.get_text(" ").split())


def test_every_role_opens_the_handbook_from_the_dashboard(client, people):
    for person in people.values():
        client.force_login(person)
        dashboard = soup(client.get(reverse("wagtailadmin_home")))
        link = dashboard.find("a", href=reverse("editorial_handbook"))
        assert link is not None

        handbook = soup(client.get(link["href"]))

        assert text(handbook.h1) == "Handleiding voor de redactie"
        assert "Wie doet wat" in [text(h2) for h2 in handbook.find_all("h2")]


def test_the_handbook_renders_its_markdown_and_escapes_the_rest():
    title, body = render("# Titel\n\nEen **vet** woord en <script>.\n\n- een\n  twee\n- drie")

    html = BeautifulSoup(body, "html.parser")
    assert title == "Titel"
    assert text(html.strong) == "vet"
    assert html.script is None and "<script>" in html.p.get_text()
    assert [text(li) for li in html.find_all("li")] == ["een twee", "drie"]


@pytest.fixture
def items(sections):
    toolkit = ToolkitPageFactory(parent=sections["toolkit"], title="Leren en lesgeven")
    return [
        ToolkitItemPageFactory(parent=toolkit, title="Feedback", impact_months=6, cost=1),
        ToolkitItemPageFactory(parent=toolkit, title="Huiswerk", impact_months=2, cost=3),
    ]


def test_the_toolkit_overview_lists_figures_and_sorts_by_impact(client, people, items):
    client.force_login(people["redacteur"])
    url = reverse("toolkit_overzicht:index")

    page = soup(client.get(url, {"ordering": "-impact_months"}))

    rows = page.select("table.listing tbody tr")
    assert [text(row.select_one("td.title")).split(" ")[0] for row in rows] == [
        "Feedback",
        "Huiswerk",
    ]
    headers = [text(th) for th in page.select("table.listing thead th")]
    for heading in ("Impact", "Kost", "Bewijskracht", "Oordeel", "Laatst herzien"):
        assert any(header.startswith(heading) for header in headers), headers
    assert "+6 maanden" in [text(td) for td in rows[0].find_all("td")]


def test_the_toolkit_overview_filters_and_exports(client, people, items):
    client.force_login(people["redacteur"])
    url = reverse("toolkit_overzicht:index")

    rows = soup(client.get(url, {"cost": "3"})).select("table.listing tbody tr")
    assert len(rows) == 1 and text(rows[0]).startswith("Huiswerk")

    export = client.get(url, {"export": "csv", "ordering": "title"})
    table = list(
        csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig")))
    )
    assert [(row["Titel"], row["Impact (maanden)"]) for row in table] == [
        ("Feedback", "6"),
        ("Huiswerk", "2"),
    ]


def test_the_committees_do_not_get_the_overview_in_their_menu(client, people, items):
    client.force_login(people["wetenschap"])
    dashboard = soup(client.get(reverse("wagtailadmin_home")))
    assert "Toolkit-overzicht" not in dashboard.decode()


def test_the_item_form_states_the_impact_range_and_asks_a_change_note_only_when_live(
    client, people, items
):
    client.force_login(people["redacteur"])
    toolkit = items[0].get_parent()

    new = soup(
        client.get(
            reverse("wagtailadmin_pages:add", args=["toolkit", "toolkititempage", toolkit.pk])
        )
    )
    impact = new.find("input", attrs={"name": "impact_months"})
    assert (impact["min"], impact["max"]) == ("-12", "12")
    assert new.find("textarea", attrs={"name": "change_note"}) is None

    items[0].save_revision().publish()
    live = soup(client.get(reverse("wagtailadmin_pages:edit", args=[items[0].pk])))
    assert live.find("textarea", attrs={"name": "change_note"}) is not None
