"""Scheduled publishing: an approved page goes live, and expires, when publish_scheduled runs."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from wagtail.models import Page

from .conftest import ALL_CRITERIA, decide, submit

pytestmark = pytest.mark.django_db

BRUSSELS = datetime.timezone(datetime.timedelta(hours=1))


def at(day, hour):
    return datetime.datetime(2026, 3, day, hour, 0, tzinfo=BRUSSELS)


def publish_scheduled():
    call_command("publish_scheduled", stdout=io.StringIO())


def test_an_approved_page_goes_live_at_its_time_and_expires_at_its_end(client, people, sections):
    leidraden = sections["leidraden"]
    with time_machine.travel(at(2, 9), tick=False):
        submit(
            client,
            people["redacteur"],
            leidraden,
            title="Leidraden 2026",
            go_live_at="2026-03-10 08:00",
            expire_at="2026-03-20 18:00",
        )
        decide(client, people["wetenschap"], leidraden, "approve", **ALL_CRITERIA)
        decide(client, people["gebruiker"], leidraden, "approve", **ALL_CRITERIA)

    with time_machine.travel(at(10, 7), tick=False):
        publish_scheduled()
    assert Page.objects.get(pk=leidraden.pk).title == "Leidraden"  # approved, not yet due

    with time_machine.travel(at(10, 8) + datetime.timedelta(minutes=5), tick=False):
        publish_scheduled()
    page = Page.objects.get(pk=leidraden.pk)
    assert page.live and page.title == "Leidraden 2026"
    assert "Leidraden 2026" in client.get("/leidraden/").content.decode()

    with time_machine.travel(at(21, 9), tick=False):
        publish_scheduled()
    page = Page.objects.get(pk=leidraden.pk)
    assert not page.live and page.expired
