"""Factories for the agenda: events are upcoming by default, one hour, online."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from leerpunt_site.agenda.models import AgendaPage, EventPage


class AgendaPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AgendaPage

    title = "Agenda"
    slug = "agenda"


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Webinar {n}")
    kind = EventPage.Soort.WEBINAR
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=1))
    online = True
    summary = "Een korte sessie over feedback."
