"""The kennisagenda timeline: the themes per school year, and where today falls on it."""

from dataclasses import dataclass

from leerpunt_site.taxonomy.models import Thema

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


def timeline_years(statuses, today):
    """The three school years in order, each with the ThemeStatus of its themes."""
    current = school_year_of(today)
    years = []
    for value, _label in Thema.Schooljaar.choices:
        if value == Thema.Schooljaar.OVERKOEPELEND:
            continue
        state = "current" if value == current else "past" if value < current else "future"
        in_year = [status for status in statuses if status.theme.school_year == value]
        years.append(TimelineYear(value, in_year, state))
    return years


def focus_area_statuses(statuses):
    return [status for status in statuses if status.theme.is_focus_area]
