import datetime
from zoneinfo import ZoneInfo

from leerpunt_site.demo.content import add_child, add_index_page, read_yaml, themes

from .models import AgendaPage, EventPage

BRUSSELS = ZoneInfo("Europe/Brussels")


def brussels_time(text):
    """'2024-12-09T00:00' is local Belgian time."""
    return datetime.datetime.fromisoformat(text).replace(tzinfo=BRUSSELS)


def load():
    data = read_yaml("updates.yaml")
    agenda, _ = add_index_page(AgendaPage, "agenda", data["agenda_index"])
    created = 0
    for item in data["events"]:
        _, was_created = add_child(
            agenda,
            EventPage,
            item["slug"],
            title=item["title"],
            kind=item["kind"],
            # The seeds give days, not hours: a day runs from its start to its last minute.
            start=brussels_time(item["start"] + "T00:00"),
            end=brussels_time(item["end"] + "T23:59"),
            hours_known=False,
            online=item["online"],
            location=item["location"] or "",
            registration_url=item["registration_url"] or "",
            recording_url=item["recording_url"] or "",
            summary=item["summary"],
            search_description=item["summary"][:155],
            body=item["body"],
            themes=themes(item.get("themes")),
        )
        created += was_created
    return f"agenda met {created} nieuwe events"
