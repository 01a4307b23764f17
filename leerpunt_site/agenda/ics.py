"""An iCalendar file (RFC 5545) for one event, for 'add to my calendar'."""

from urllib.parse import urlsplit

from django.utils import timezone
from icalendar import Calendar, Event


def event_calendar(event_page, request):
    """The .ics bytes for an event: times in Europe/Brussels with the zone definition included."""
    url = event_page.get_full_url(request)
    event = Event()
    event.add("uid", f"event-{event_page.pk}@{urlsplit(url).hostname}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", timezone.localtime(event_page.start))
    event.add("dtend", timezone.localtime(event_page.end))
    event.add("summary", event_page.title)
    event.add("description", f"{event_page.summary}\n\n{url}")
    event.add("location", event_page.place)
    event.add("url", url)
    if event_page.last_published_at:
        event.add("last-modified", event_page.last_published_at)

    calendar = Calendar()
    calendar.add("prodid", "-//Leerpunt//Agenda//NL")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
