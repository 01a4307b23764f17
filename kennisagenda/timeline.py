"""The kennisagenda timeline: the themes per school year, and where today falls on it."""

from dataclasses import dataclass

from leerpunt_site.taxonomy.models import Schooljaar

MONTHS = "september {start} - augustus {end}"


def school_year_of(day):
    """The school year a date falls in; a Flemish school year starts on 1 September."""
    start = day.year if day.month >= 9 else day.year - 1
    return f"{start}-{start + 1}"


@dataclass
class TimelineYear:
    value: str
    statuses: list
    state: str  # "past", "current" or "future", relative to today

    @property
    def months(self):
        start, end = self.value.split("-")
        return MONTHS.format(start=start, end=end)

    @property
    def is_current(self):
        return self.state == "current"


def school_years():
    """The school years on the timeline (the overarching focus areas have a section of their own),
    as editors entered them: one query."""
    return list(Schooljaar.objects.filter(overarching=False).values_list("slug", flat=True))


def timeline_years(years, statuses, today):
    """The school years in order, each with the ThemeStatus of its themes."""
    current = school_year_of(today)
    timeline = []
    for value in years:
        state = "current" if value == current else "past" if value < current else "future"
        in_year = [status for status in statuses if status.theme.school_year_id == value]
        timeline.append(TimelineYear(value, in_year, state))
    return timeline


def focus_area_statuses(statuses):
    return [status for status in statuses if status.theme.is_focus_area]
