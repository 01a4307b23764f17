"""What the home page offers: a toolkit preview, the latest guides, the kennisagenda, open calls."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.utils import timezone

from leerpunt_site.home.models import HomeFeaturedApproach, school_year
from tests.kennisagenda.factories import (
    build_agenda,
    build_leidraad,
    build_oproep,
    build_toolkit_item,
    measure_queries,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home):
    feedback = build_toolkit_item(home, title="Feedback", impact_months=6, cost=1, evidence=4)
    huiswerk = build_toolkit_item(home, title="Huiswerk", impact_months=5, cost=1, evidence=1)
    for order, item in enumerate([huiswerk, feedback]):
        HomeFeaturedApproach.objects.create(home=home, page=item, sort_order=order)
    build_leidraad(home, title="Feedback geven", published_date=datetime.date(2025, 9, 1))
    build_leidraad(home, title="Digitalisering", published_date=datetime.date(2025, 12, 1))
    build_agenda(home)
    now = timezone.now()
    build_oproep(
        home, title="Oproep implementatieprojecten", deadline=now + datetime.timedelta(days=30)
    )
    build_oproep(home, title="Oproep van vorig jaar", deadline=now - datetime.timedelta(days=30))
    return home


def get(client):
    return BeautifulSoup(client.get("/").content, "html.parser")


@time_machine.travel(datetime.datetime(2026, 12, 3, 10, tzinfo=datetime.UTC), tick=False)
def test_home_previews_the_toolkit_so_any_approach_is_two_clicks_away(client, site):
    preview = get(client).select_one(".toolkit-preview")
    rows = preview.select(".toolkit-preview__item")

    assert [row.h3.get_text(strip=True) for row in rows] == ["Huiswerk", "Feedback"]
    assert rows[1].select_one(".figure--impact .figure__value").get_text() == "+6 maanden"
    assert rows[1].h3.a["href"] == "/toolkit/leren-en-lesgeven/feedback/"
    more = preview.select_one(".toolkit-preview__more a")
    assert more.get_text(strip=True) == "Bekijk alle aanpakken"
    assert more["href"] == "/toolkit/leren-en-lesgeven/"


@time_machine.travel(datetime.datetime(2026, 12, 3, 10, tzinfo=datetime.UTC), tick=False)
def test_home_shows_latest_guides_current_themes_and_only_open_calls(client, site):
    soup = get(client)
    guides = soup.find(id="guides-heading").find_parent("section")
    agenda = soup.find(id="agenda-heading").find_parent("section")
    calls = soup.find(id="calls-heading").find_parent("section")

    assert [a.get_text() for a in guides.select("li a")] == ["Digitalisering", "Feedback geven"]
    assert agenda.h2.get_text() == "Kennisagenda 2026-2027"
    assert [(a.get_text(strip=True), a["href"]) for a in agenda.select("li a")] == [
        ("Huiswerk", "/kennisagenda/huiswerk/")
    ]
    assert [a.get_text() for a in calls.select("li a")] == ["Oproep implementatieprojecten"]
    assert calls.find("a", string="Alle oproepen, ook afgesloten")["href"] == "/oproepen/"


def test_home_without_open_calls_or_guides_says_so(client, home):
    soup = get(client)

    assert (
        soup.find(id="calls-heading").find_next("p").get_text() == "Er staat nu geen oproep open."
    )
    assert soup.find(id="guides-heading").find_next("p").get_text() == (
        "Er is nog geen leidraad verschenen."
    )
    assert soup.select_one(".toolkit-preview") is None


def test_home_queries_do_not_grow_and_sections_cost_none_once_cached(client, site):
    few = measure_queries(client, "/")
    for n in range(5):
        build_leidraad(site, title=f"Leidraad {n}")
        build_oproep(site, deadline=timezone.now() + datetime.timedelta(days=n + 1))
    many = measure_queries(client, "/")

    assert few == many
    assert many["warm"] <= 7, many  # plus the view-restriction checks (docs/performance.md)


@pytest.mark.parametrize(
    "day, year",
    [(datetime.date(2026, 8, 31), "2025-2026"), (datetime.date(2026, 9, 1), "2026-2027")],
)
def test_the_focus_school_year_starts_in_september(day, year):
    assert school_year(day) == year
