"""Factories for the kennisagenda tests, and one builder per page type that can carry themes.

The theme hubs gather every page type with TaggedPageMixin. To cover a new type, add a builder
to TAGGED_PAGE_BUILDERS: every hub, timeline and query-budget test then runs with it too.
"""

import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kennisagenda.models import KennisagendaPage
from leerpunt_site.agenda.models import AgendaPage, EventPage
from leerpunt_site.antwoorden.models import AntwoordIndexPage, VraagAntwoordPage
from leerpunt_site.pagecache.cache import purge_all
from leerpunt_site.updates.models import UpdateIndexPage, UpdatePage
from leidraden.models import LeidraadIndexPage, LeidraadPage
from projecten.models import (
    OnderzoekIndexPage,
    OnderzoekPage,
    OproepIndexPage,
    OproepPage,
    ProjectIndexPage,
    ProjectPage,
)
from tests.agenda.factories import AgendaPageFactory, EventPageFactory
from tests.antwoorden.factories import VraagAntwoordPageFactory, answer_bank
from tests.factories import ThemaFactory, UpdateIndexPageFactory, UpdatePageFactory
from tests.leidraden.factories import LeidraadIndexPageFactory, LeidraadPageFactory
from tests.projecten.factories import (
    OnderzoekIndexPageFactory,
    OnderzoekPageFactory,
    OproepIndexPageFactory,
    OproepPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
)
from tests.toolkit.factories import (
    ToolkitItemPageFactory,
    ToolkitOverviewPageFactory,
    ToolkitPageFactory,
)
from toolkit.models import ToolkitItemPage, ToolkitOverviewPage, ToolkitPage


class KennisagendaPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = KennisagendaPage

    title = "Kennisagenda"
    slug = "kennisagenda"
    intro = "<p>Vijftien thema's op een tijdlijn.</p>"


def _child_of_single(home, index_model, index_factory):
    """The one index page of a type below home, made when missing."""
    return index_model.objects.first() or index_factory(parent=home)


def build_update(home, **fields):
    return UpdatePageFactory(
        parent=_child_of_single(home, UpdateIndexPage, UpdateIndexPageFactory), **fields
    )


def build_toolkit_item(home, **fields):
    overview = _child_of_single(home, ToolkitOverviewPage, ToolkitOverviewPageFactory)
    toolkit = ToolkitPage.objects.first() or ToolkitPageFactory(parent=overview)
    return ToolkitItemPageFactory(parent=toolkit, **fields)


def build_leidraad(home, **fields):
    index = _child_of_single(home, LeidraadIndexPage, LeidraadIndexPageFactory)
    return LeidraadPageFactory(parent=index, **fields)


def build_event(home, **fields):
    return EventPageFactory(parent=_child_of_single(home, AgendaPage, AgendaPageFactory), **fields)


def build_project(home, **fields):
    index = _child_of_single(home, ProjectIndexPage, ProjectIndexPageFactory)
    return ProjectPageFactory(parent=index, **fields)


def build_onderzoek(home, **fields):
    # Running research counts as planned: give it a report so it counts as published.
    fields.setdefault("report_url", "https://example.org/rapport.pdf")
    index = _child_of_single(home, OnderzoekIndexPage, OnderzoekIndexPageFactory)
    return OnderzoekPageFactory(parent=index, **fields)


def build_oproep(home, **fields):
    index = _child_of_single(home, OproepIndexPage, OproepIndexPageFactory)
    return OproepPageFactory(parent=index, **fields)


# page type -> builder(home, **fields): a live page of that type in its proper place in the tree.
def build_answer(home, **fields):
    index = AntwoordIndexPage.objects.first() or answer_bank(home)[1]
    return VraagAntwoordPageFactory(parent=index, **fields)


TAGGED_PAGE_BUILDERS = {
    UpdatePage: build_update,
    ToolkitItemPage: build_toolkit_item,
    LeidraadPage: build_leidraad,
    EventPage: build_event,
    ProjectPage: build_project,
    OnderzoekPage: build_onderzoek,
    OproepPage: build_oproep,
    VraagAntwoordPage: build_answer,
}


def build_tagged(model, home, themes=(), **fields):
    """A page of the type, tagged with the themes; live and published unless live=False.

    Saved directly, as fast as a fixture: publishing through Wagtail (signals, search index,
    revisions) is left to the tests that are about publishing.
    """
    if fields.get("live", True):
        fields.setdefault("first_published_at", timezone.now())
    page = TAGGED_PAGE_BUILDERS[model](home, **fields)
    page.themes.set(themes)
    page.save()
    return page


def build_agenda(home):
    """A kennisagenda page with a theme in each school year and one overkoepelend focus area."""
    agenda = KennisagendaPageFactory(parent=home)
    themes = {
        "feedback": ThemaFactory(name="Feedback", slug="feedback", school_year="2024-2025"),
        "wiskunde": ThemaFactory(name="Wiskunde", slug="wiskunde", school_year="2025-2026"),
        "huiswerk": ThemaFactory(name="Huiswerk", slug="huiswerk", school_year="2026-2027"),
        "borging": ThemaFactory(name="Borging", slug="borging", school_year="overkoepelend"),
    }
    return agenda, themes


def measure_queries(client, url):
    """Queries for a warm request (gathered content cached) and a cold one (just after a purge).

    Both follow a first request that warms Wagtail's site-root-paths cache, as in production.
    """
    client.get(url)
    counts = {}
    for state in ("cold", "warm"):
        if state == "cold":
            purge_all()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        counts[state] = len(queries)
    return counts
