"""Calls: a status that follows the clock, open calls first, and an RSS feed of new calls."""

import datetime
import xml.etree.ElementTree as ET

import pytest
import time_machine
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from leerpunt_site.home.models import HomePage
from projecten.models import OproepIndexPage, OproepPage

from .factories import (
    OproepPageFactory,
    OrganisatieFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
)

pytestmark = pytest.mark.django_db

BRUSSELS = datetime.timezone(datetime.timedelta(hours=1))


def at(*args):
    return datetime.datetime(*args, tzinfo=BRUSSELS)


def status_on_page(client, url):
    return client.get(url).context["page"].status


def test_call_closes_at_its_deadline_without_an_editor(client, call_index):
    OproepPageFactory(
        parent=call_index,
        slug="implementatie",
        published_date=datetime.date(2025, 1, 10),
        deadline=at(2025, 3, 14, 12, 0),
    )

    with time_machine.travel(at(2025, 3, 14, 11, 59), tick=False):
        html = client.get("/oproepen/implementatie/").content.decode()
        assert status_on_page(client, "/oproepen/implementatie/") == "open"
        assert "14 maart 2025 om 12.00 uur" in html
        assert client.get("/oproepen/?status=open").context["calls"].paginator.count == 1

    with time_machine.travel(at(2025, 3, 14, 12, 1), tick=False):
        assert status_on_page(client, "/oproepen/implementatie/") == "gesloten"
        assert client.get("/oproepen/?status=open").context["calls"].paginator.count == 0
        assert client.get("/oproepen/?status=gesloten").context["calls"].paginator.count == 1


def test_call_without_deadline_is_open_in_its_publication_year_then_closed(client, call_index):
    OproepPageFactory(parent=call_index, slug="ronde-2", published_date=datetime.date(2024, 10, 21))

    with time_machine.travel(at(2024, 12, 31, 23, 0), tick=False):
        html = client.get("/oproepen/ronde-2/").content.decode()
        assert status_on_page(client, "/oproepen/ronde-2/") == "open"
        assert "Nog niet bekend" in html

    with time_machine.travel(at(2025, 1, 2, 9, 0), tick=False):
        assert status_on_page(client, "/oproepen/ronde-2/") == "gesloten"


def test_awarded_call_shows_organisations_and_resulting_projects(client, home, call_index):
    kdg = OrganisatieFactory(name="Karel de Grote Hogeschool", website="https://www.kdg.be/")
    call = OproepPageFactory(
        parent=call_index,
        slug="basiszorg",
        awarded=True,
        deadline=timezone.now() + datetime.timedelta(days=5),
    )
    call.awarded_organisations.set([kdg])
    call.save_revision().publish()
    projects = ProjectIndexPageFactory(parent=home)
    ProjectPageFactory(parent=projects, title="Spelkracht", slug="spelkracht", call=call)
    ProjectPageFactory(parent=projects, title="Concept", slug="concept", call=call, live=False)

    response = client.get("/oproepen/basiszorg/")

    html = response.content.decode()
    assert response.context["page"].status == "gegund"
    assert '<a href="https://www.kdg.be/">Karel de Grote Hogeschool</a>' in html
    assert 'href="/projecten/spelkracht/"' in html
    assert "Concept" not in html


def test_status_in_python_and_in_the_database_agree(call_index):
    now = at(2025, 6, 1, 12, 0)
    cases = [
        dict(awarded=True, deadline=at(2025, 7, 1), published_date=datetime.date(2025, 1, 1)),
        dict(awarded=False, deadline=at(2025, 7, 1), published_date=datetime.date(2025, 1, 1)),
        dict(awarded=False, deadline=at(2025, 5, 1), published_date=datetime.date(2025, 1, 1)),
        dict(awarded=False, deadline=None, published_date=datetime.date(2025, 1, 1)),
        dict(awarded=False, deadline=None, published_date=datetime.date(2024, 12, 1)),
    ]
    for case in cases:
        OproepPageFactory(parent=call_index, **case)

    for call in OproepPage.objects.with_status(now):
        assert call.current_status == call.status_at(now)


def test_open_calls_come_first_soonest_deadline_first(client, call_index):
    with time_machine.travel(at(2025, 3, 1, 9, 0), tick=False):
        OproepPageFactory(parent=call_index, title="Gegund", awarded=True)
        OproepPageFactory(parent=call_index, title="Later", deadline=at(2025, 5, 1, 12, 0))
        OproepPageFactory(
            parent=call_index,
            title="Verlopen",
            published_date=datetime.date(2025, 1, 2),
            deadline=at(2025, 2, 1, 12, 0),
        )
        OproepPageFactory(parent=call_index, title="Eerst", deadline=at(2025, 3, 20, 12, 0))

        response = client.get("/oproepen/")

    calls = [(call.title, call.status) for call in response.context["calls"]]
    assert calls[:2] == [("Eerst", "open"), ("Later", "open")]
    assert {title for title, status in calls[2:]} == {"Gegund", "Verlopen"}


@pytest.mark.parametrize("query", ["status=dicht", "status=%00", "thema=x&thema=%00", "pagina=0"])
def test_bad_call_filters_give_a_normal_page(client, call_index, query):
    OproepPageFactory(parent=call_index)

    assert client.get(f"/oproepen/?{query}").status_code == 200


def test_feed_lists_new_calls_newest_first(client, call_index):
    OproepPageFactory(parent=call_index, title="Oud", published_date=datetime.date(2024, 2, 1))
    OproepPageFactory(
        parent=call_index, title="Nieuw", slug="nieuw", published_date=datetime.date(2024, 10, 21)
    )
    OproepPageFactory(parent=call_index, title="Concept", live=False)

    response = client.get("/oproepen/feed/")

    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 - our own feed
    assert [item.findtext("title") for item in channel.findall("item")] == ["Nieuw", "Oud"]
    assert channel.find("item").findtext("link") == "http://testserver/oproepen/nieuw/"
    assert 'rel="alternate" type="application/rss+xml"' in client.get("/oproepen/").content.decode()


class TestTree(WagtailPageTestCase):
    def test_calls_live_only_below_the_single_calls_index(self):
        self.assertAllowedParentPageTypes(OproepPage, {OproepIndexPage})
        self.assertAllowedSubpageTypes(OproepPage, {})
        self.assertAllowedParentPageTypes(OproepIndexPage, {HomePage})
        assert OproepIndexPage.max_count == 1
