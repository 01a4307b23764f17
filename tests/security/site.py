"""One small site with a page of every type, for the tests that sweep all public URLs.

Extend build_site() when an app adds page types: create one index with two or three items
through the app's own factories, so the sweeps reach every template and every listing.
test_fuzz.py fails while a page type of ours has no live page here.
"""

import datetime

from django.utils import timezone

from projecten.models import ProjectPage, ProjectPartner
from tests.agenda.factories import AgendaPageFactory, EventPageFactory
from tests.antwoorden.factories import AntwoordIndexPageFactory, VraagAntwoordPageFactory
from tests.factories import (
    OnderwijsniveauFactory,
    StandardPageFactory,
    UpdateIndexPageFactory,
    UpdatePageFactory,
    make_document,
    make_site,
)
from tests.kennisagenda.factories import build_agenda
from tests.leidraden.factories import (
    GeplandeLeidraadFactory,
    LeidraadIndexPageFactory,
    LeidraadPageFactory,
    werkvormen,
)
from tests.nieuwsbrief.factories import NieuwsbriefPageFactory
from tests.projecten.factories import (
    OnderzoekIndexPageFactory,
    OnderzoekPageFactory,
    OproepIndexPageFactory,
    OproepPageFactory,
    OrganisatieFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
)
from tests.toolkit.factories import ToolkitItemPageFactory, toolkit_tree
from tests.updates.factories import ImageFactory
from tests.vraagpunt.factories import VraagpuntPageFactory
from tests.werkmap.factories import WerkmapPageFactory
from toolkit.models import ImpactBand, Praktijkverhaal, ToolkitDownload, ToolkitLegendPage


def build_site():
    """Returns the home page of a site holding at least one live page of every page type."""
    home = make_site()
    _, themes = build_agenda(home)  # the kennisagenda page and a theme in every school year
    feedback, wiskunde = themes["feedback"], themes["wiskunde"]
    lager = OnderwijsniveauFactory(slug="lager", name="Lager onderwijs")
    secundair = OnderwijsniveauFactory(slug="secundair", name="Secundair onderwijs")
    # One theme, two themes, none: every filter offers a choice, and filtering leaves pages out.
    tags = [
        {"themes": [feedback], "levels": [lager]},
        {"themes": [feedback, wiskunde], "levels": [lager, secundair]},
        {"themes": [], "levels": []},
    ]

    StandardPageFactory(parent=home, title="Over Leerpunt", slug="over-leerpunt")
    _answers(VraagpuntPageFactory(parent=home), tags)
    NieuwsbriefPageFactory(parent=home)
    WerkmapPageFactory(parent=home)
    _updates(home, tags)
    _agenda(home, tags)
    items = _toolkit(home, tags)
    _leidraden(home, tags, items[0])
    _projecten(home, tags)
    return home


def _answers(vraagpunt, tags):
    index = AntwoordIndexPageFactory(parent=vraagpunt)
    for number, tag in enumerate(tags):
        VraagAntwoordPageFactory(parent=index, slug=f"antwoord-{number}", **tag)


def _updates(home, tags):
    index = UpdateIndexPageFactory(parent=home)
    images = [ImageFactory(), None, None]
    for number, (fields, image) in enumerate(zip(tags, images, strict=True)):
        UpdatePageFactory(parent=index, title=f"Nieuws {number}", listing_image=image, **fields)


def _agenda(home, tags):
    agenda = AgendaPageFactory(parent=home)
    now = timezone.now()
    EventPageFactory(parent=agenda, registration_url="https://example.org/inschrijven", **tags[0])
    EventPageFactory(
        parent=agenda,
        title="Studiedag feedback",
        kind="studiedag",
        online=False,
        location="Gent",
        start=now + datetime.timedelta(days=30),
        end=now + datetime.timedelta(days=31),
        **tags[2],
    )
    EventPageFactory(  # in the archive
        parent=agenda,
        title="Webinar van vorig jaar",
        start=now - datetime.timedelta(days=300),
        end=now - datetime.timedelta(days=300, hours=-1),
        recording_url="https://example.org/opname",
        **tags[1],
    )


def _toolkit(home, tags):
    overview, toolkit = toolkit_tree(home)
    legend = ToolkitLegendPage.objects.child_of(overview).get()
    ImpactBand.objects.create(page=legend, months=1, effect_size="0,02 tot 0,09", sort_order=0)
    figures = [
        {"impact_months": 6, "cost": 1, "evidence": 4},
        {"impact_months": -1, "cost": 5, "evidence": 1},
        {"impact_months": None, "cost": None, "evidence": 0},  # 'onvoldoende evidentie'
    ]
    items = [
        ToolkitItemPageFactory(parent=toolkit, title=title, **figure, **fields)
        for title, figure, fields in zip(
            ["Feedback", "Zittenblijven", "Zomerscholen"], figures, tags, strict=True
        )
    ]
    Praktijkverhaal.objects.create(
        page=items[0], title="Feedback in het vierde leerjaar", text="Een school in Gent."
    )
    ToolkitDownload.objects.create(
        page=items[0], label="Samenvatting", document=make_document("Feedback in het kort")
    )
    return items


def _leidraden(home, tags, toolkit_item):
    index = LeidraadIndexPageFactory(parent=home)
    guide = LeidraadPageFactory(
        parent=index,
        werkvormen=werkvormen(1),
        report_document=make_document("Feedback: volledige leidraad"),
        **tags[1],
    )
    guide.toolkit_links.create(page=toolkit_item, sort_order=0)
    LeidraadPageFactory(parent=index, **tags[0])
    GeplandeLeidraadFactory(parent=index, **tags[2])


def _projecten(home, tags):
    calls = OproepIndexPageFactory(parent=home)
    now = timezone.now()
    call = OproepPageFactory(
        parent=calls, title="Brede basiszorg", deadline=now + datetime.timedelta(days=20), **tags[0]
    )
    OproepPageFactory(parent=calls, deadline=now - datetime.timedelta(days=20), **tags[1])
    OproepPageFactory(parent=calls, awarded=True, **tags[2])

    projects = ProjectIndexPageFactory(parent=home)
    ucll = OrganisatieFactory(slug="ucll", name="UCLL")
    vub = OrganisatieFactory(slug="vub", name="VUB")
    ProjectPageFactory(parent=projects, applicant=ucll, call=call, round=1, **tags[0])
    shared = ProjectPageFactory(
        parent=projects,
        applicant=vub,
        call=call,
        round=2,
        status=ProjectPage.Status.AFGEROND,
        **tags[1],
    )
    shared.partners.add(ProjectPartner(organisation=ucll, role="partner"))
    shared.save()
    ProjectPageFactory(parent=projects, project_type=ProjectPage.Soort.VALORISATIE, **tags[2])

    research = OnderzoekIndexPageFactory(parent=home)
    for fields in tags:
        OnderzoekPageFactory(parent=research, **fields)
