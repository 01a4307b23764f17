"""Agenda: upcoming and archive, event page, .ics download, validation, bad input, query budget."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar

from tests.factories import ThemaFactory

from .factories import AgendaPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db

BRUSSELS = ZoneInfo("Europe/Brussels")
# The page cache is off in tests; the site shell comes from its warm fragment cache,
# as on a running site (docs/performance.md). Budget: 10 queries, fixed.
# Wagtail's own routing (2 queries per URL segment) and view-restriction checks (docs/performance.md).
AGENDA_QUERY_BUDGET = 11
EVENT_QUERY_BUDGET = 10


@pytest.fixture
def agenda(home):
    return AgendaPageFactory(parent=home, intro="<p>Webinars en studiedagen.</p>")


def days(number):
    return timezone.now() + datetime.timedelta(days=number)


def titles(html):
    return [part.split(">")[1].split("<")[0] for part in html.split('class="card__title"><a')[1:]]


def test_agenda_lists_upcoming_events_soonest_first_and_hides_past_ones(client, agenda):
    EventPageFactory(parent=agenda, title="Later", start=days(30))
    EventPageFactory(parent=agenda, title="Binnenkort", start=days(2))
    EventPageFactory(parent=agenda, title="Voorbij", start=days(-10))

    html = client.get("/agenda/").content.decode()

    assert titles(html) == ["Binnenkort", "Later"]
    assert 'href="/agenda/archief/"' in html


def test_an_event_that_is_running_is_still_upcoming(client, agenda):
    EventPageFactory(
        parent=agenda,
        title="Nu bezig",
        start=timezone.now() - datetime.timedelta(minutes=30),
        end=timezone.now() + datetime.timedelta(minutes=30),
    )

    assert titles(client.get("/agenda/").content.decode()) == ["Nu bezig"]
    assert titles(client.get("/agenda/archief/").content.decode()) == []


def test_archive_lists_past_events_most_recent_first_with_their_recording(client, agenda):
    EventPageFactory(parent=agenda, title="Lang geleden", start=days(-100))
    EventPageFactory(
        parent=agenda, title="Vorige maand", start=days(-30), recording_url="https://vimeo.com/1"
    )
    EventPageFactory(parent=agenda, title="Komt nog", start=days(3))

    response = client.get("/agenda/archief/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1>Voorbije events</h1>" in html
    assert titles(html) == ["Vorige maand", "Lang geleden"]
    assert "Opname beschikbaar" in html


def test_times_are_shown_in_brussels_time_in_dutch(client, agenda):
    EventPageFactory(
        parent=agenda,
        title="LeerSNACK",
        start=datetime.datetime(2030, 12, 9, 12, 15, tzinfo=BRUSSELS),
        end=datetime.datetime(2030, 12, 9, 12, 45, tzinfo=BRUSSELS),
    )

    html = client.get("/agenda/").content.decode()

    assert "maandag 9 december 2030, 12.15</time> tot" in html
    assert "12.45 uur</time>" in html
    assert 'datetime="2030-12-09T12:15:00+01:00"' in html


def test_theme_filter_on_the_agenda(client, agenda):
    feedback = ThemaFactory(name="Feedback", slug="feedback")
    EventPageFactory(parent=agenda, title="Over feedback", themes=[feedback])
    EventPageFactory(parent=agenda, title="Over iets anders")

    response = client.get("/agenda/?thema=feedback")

    assert titles(response.content.decode()) == ["Over feedback"]
    assert response.context["robots"] == "noindex, follow"


@pytest.mark.parametrize(
    "query", ["?pagina=x", "?pagina=-3", "?pagina=1e99", "?thema=%00", "?thema=" + "a" * 3000]
)
@pytest.mark.parametrize("path", ["/agenda/", "/agenda/archief/"])
def test_bad_query_parameters_give_a_normal_page(client, agenda, path, query):
    EventPageFactory(parent=agenda)

    assert client.get(path + query).status_code == 200


def test_upcoming_event_page_offers_registration_and_calendar_but_no_recording(client, agenda):
    event = EventPageFactory(
        parent=agenda,
        title="Netwerkevent",
        kind="netwerkmoment",
        online=False,
        location="Gent",
        registration_url="https://example.org/inschrijven",
        recording_url="https://vimeo.com/2",
        body="<p>Programma van de dag.</p>",
    )

    html = client.get(event.url).content.decode()

    assert "<h1>Netwerkevent</h1>" in html
    assert "Netwerkmoment" in html and "Gent" in html
    assert 'href="https://example.org/inschrijven"' in html
    assert f'href="{event.url}ics/" download' in html
    assert "vimeo.com/2" not in html
    assert "Programma van de dag." in html


def test_past_event_page_offers_the_recording_and_no_registration(client, agenda):
    event = EventPageFactory(
        parent=agenda,
        start=days(-5),
        registration_url="https://example.org/inschrijven",
        recording_url="https://vimeo.com/3",
    )

    html = client.get(event.url).content.decode()

    assert 'href="https://vimeo.com/3"' in html and "Bekijk de opname" in html
    assert "example.org/inschrijven" not in html
    assert "voorbij" in html


def test_ics_download_is_a_valid_calendar_in_brussels_time(client, agenda):
    event = EventPageFactory(
        parent=agenda,
        title="LeerSTART dag 1",
        start=datetime.datetime(2030, 8, 26, 9, 30, tzinfo=BRUSSELS),
        end=datetime.datetime(2030, 8, 26, 12, 30, tzinfo=BRUSSELS),
        online=True,
        location="",
    )

    response = client.get(event.url + "ics/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert f'filename="{event.slug}.ics"' in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "LeerSTART dag 1"
    assert vevent.decoded("DTSTART") == datetime.datetime(2030, 8, 26, 9, 30, tzinfo=BRUSSELS)
    assert vevent.decoded("DTEND").astimezone(datetime.UTC).hour == 10  # 12.30 in summer time
    assert str(vevent["LOCATION"]) == "Online"
    assert str(vevent["URL"]) == f"http://localhost{event.url}"
    assert str(vevent["UID"]) == f"event-{event.pk}@localhost"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Brussels"]


def test_event_needs_a_place_or_online_and_an_end_after_the_start(agenda):
    event = EventPageFactory.build(online=False, location="", start=days(2), end=days(1))

    with pytest.raises(ValidationError) as error:
        event.clean()

    assert set(error.value.message_dict) == {"location", "end"}


def test_place_says_online_a_city_or_both():
    assert EventPageFactory.build(online=True, location="").place == "Online"
    assert EventPageFactory.build(online=False, location="Gent").place == "Gent"
    assert EventPageFactory.build(online=True, location="Gent").place == "Gent en online"


def query_count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), [query["sql"] for query in queries]


@pytest.mark.parametrize("path", ["/agenda/", "/agenda/archief/", "/agenda/?thema=feedback"])
def test_agenda_query_count_is_fixed_and_within_budget(client, agenda, path):
    feedback = ThemaFactory(slug="feedback")
    for number in range(3):
        EventPageFactory(parent=agenda, start=days(number - 1), themes=[feedback])
    few, _ = query_count(client, path)

    for number in range(3, 40):
        EventPageFactory(parent=agenda, start=days(number - 20), themes=[feedback])
    many, sql = query_count(client, path)

    assert few == many, sql
    assert many <= AGENDA_QUERY_BUDGET, sql


def test_event_page_query_count_is_within_budget(client, agenda):
    themes = [ThemaFactory(slug=f"thema-{number}") for number in range(4)]
    event = EventPageFactory(parent=agenda, themes=themes)

    count, sql = query_count(client, event.url)

    assert count <= EVENT_QUERY_BUDGET, sql
