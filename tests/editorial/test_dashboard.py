"""The dashboard panels: what waits for my review, and what has not been reviewed for a year."""

import datetime
import re

import pytest
import time_machine
from django.db import models
from django.urls import reverse

from leerpunt_site.editorial import panels
from leerpunt_site.home.models import HomePage
from leerpunt_site.updates.models import UpdatePage
from tests.toolkit.factories import ToolkitItemPageFactory, ToolkitPageFactory
from toolkit.models import ToolkitItemPage

from .conftest import ALL_CRITERIA, decide, submit

pytestmark = pytest.mark.django_db


def dashboard(client, user):
    client.force_login(user)
    return client.get(reverse("wagtailadmin_home")).content.decode()


def review_panel(html):
    start = html.find('id="wacht-op-beoordeling-section"')
    return "" if start == -1 else html[start : html.find("</table>", start)]


def test_the_review_panel_shows_each_reviewer_what_waits_for_them(client, people, sections):
    submit(client, people["redacteur"], sections["toolkit"], title="Toolkit 2027")
    submit(client, people["redacteur"], sections["updates"], title="Nieuws")

    scientist = review_panel(dashboard(client, people["wetenschap"]))
    assert "Toolkit 2027" in scientist and "Wetenschappelijke check" in scientist
    assert "Redacteur" in scientist  # who submitted
    assert "Nieuws" not in scientist  # Communicatie's check, not theirs
    assert review_panel(dashboard(client, people["gebruiker"])) == ""
    assert "Nieuws" in review_panel(dashboard(client, people["communicatie"]))

    decide(client, people["dubbel"], sections["toolkit"], "approve", **ALL_CRITERIA)

    assert review_panel(dashboard(client, people["wetenschap"])) == ""
    assert review_panel(dashboard(client, people["dubbel"])) == ""  # four eyes
    user_committee = review_panel(dashboard(client, people["gebruiker"]))
    assert "Toolkit 2027" in user_committee and "Bruikbaarheidscheck" in user_committee


def test_the_review_panel_replaces_wagtails_own(client, people, sections):
    submit(client, people["redacteur"], sections["toolkit"], title="Toolkit 2027")

    html = dashboard(client, people["wetenschap"])

    assert "Toolkit 2027" in review_panel(html)
    assert 'id="awaiting-review-section"' not in html


class ReviewedPage(models.Model):
    last_reviewed = models.DateField()

    class Meta:
        abstract = True


class WronglyTypedPage(models.Model):
    last_reviewed = models.CharField(max_length=10)

    class Meta:
        abstract = True


def test_page_types_with_a_review_date_are_discovered():
    found = panels.reviewed_page_models([HomePage, UpdatePage, ReviewedPage, WronglyTypedPage])

    assert found == [ReviewedPage]
    assert ToolkitItemPage in panels.reviewed_page_models()


def test_a_year_before_a_leap_day_is_the_28th_of_february():
    assert panels.a_year_before(datetime.date(2028, 2, 29)) == datetime.date(2027, 2, 28)
    assert panels.a_year_before(datetime.date(2026, 6, 1)) == datetime.date(2025, 6, 1)


ROW = r'<td class="title"><a [^>]+>([^<]+)</a></td>\s*<td>([^<]+)</td>\s*<td>([^<]+)</td>'


def overdue_panel(html):
    start = html.find('id="herziening-nodig-section"')
    return "" if start == -1 else html[start : html.find("</table>", start)]


@time_machine.travel(datetime.datetime(2026, 6, 1, 9, 0, tzinfo=datetime.UTC), tick=False)
def test_the_overdue_panel_lists_toolkit_items_not_reviewed_for_twelve_months(
    client, people, sections
):
    toolkit = ToolkitPageFactory(parent=sections["toolkit"])
    for title, day in [
        ("Twee jaar oud", datetime.date(2024, 5, 1)),
        ("Nooit herzien", None),
        ("Net een jaar", datetime.date(2025, 6, 1)),
        ("Elf maanden", datetime.date(2025, 7, 1)),
    ]:
        ToolkitItemPageFactory(parent=toolkit, title=title, last_reviewed=day)
    ToolkitItemPageFactory(
        parent=toolkit, title="Oud concept", last_reviewed=datetime.date(2020, 1, 1), live=False
    )

    panel = overdue_panel(dashboard(client, people["redacteur"]))

    assert "Al twaalf maanden niet herzien" in panel
    assert "2 pagina&#x27;s met een datum" in panel
    # Never reviewed first, then the longest ago; a year ago to the day is not overdue yet.
    assert re.findall(ROW, panel) == [
        ("Nooit herzien", "Toolkitaanpak", "nooit herzien"),
        ("Twee jaar oud", "Toolkitaanpak", "herzien op 1 mei 2024"),
    ]
    # Committees review what is submitted to them; they do not edit, so the panel is not theirs.
    assert overdue_panel(dashboard(client, people["wetenschap"])) == ""


@time_machine.travel(datetime.datetime(2026, 6, 1, 9, 0, tzinfo=datetime.UTC), tick=False)
def test_the_overdue_panel_stays_away_while_every_item_was_reviewed_this_year(
    client, people, sections
):
    toolkit = ToolkitPageFactory(parent=sections["toolkit"])
    ToolkitItemPageFactory(parent=toolkit, last_reviewed=datetime.date(2026, 1, 15))

    assert "Al twaalf maanden niet herzien" not in dashboard(client, people["redacteur"])
