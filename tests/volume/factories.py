"""A demo-size site from the apps' factories: every page type once, with its themes and levels.

Not the demo content (tests never load it): the fewest pages that put each page type, index and
detail, on the site. A new page type needs a line in build_site(); test_every_page_type_is_built
says so when it is missing.
"""

from tests.agenda.factories import AgendaPageFactory, EventPageFactory
from tests.antwoorden.factories import AntwoordIndexPageFactory, VraagAntwoordPageFactory
from tests.factories import (
    OnderwijsniveauFactory,
    StandardPageFactory,
    ThemaFactory,
    UpdateIndexPageFactory,
    UpdatePageFactory,
)
from tests.kennisagenda.factories import KennisagendaPageFactory
from tests.leidraden.factories import LeidraadIndexPageFactory, LeidraadPageFactory
from tests.nieuwsbrief.factories import NieuwsbriefPageFactory
from tests.projecten.factories import (
    OnderzoekIndexPageFactory,
    OnderzoekPageFactory,
    OproepIndexPageFactory,
    OproepPageFactory,
    OrganisatieFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    ProjectPartnerFactory,
)
from tests.toolkit.factories import ToolkitItemPageFactory, toolkit_tree
from tests.vraagpunt.factories import VraagpuntPageFactory
from tests.werkmap.factories import WerkmapPageFactory


def tagged(page, themes, levels=()):
    page.themes.set(themes)
    if levels:
        page.levels.set(levels)
    page.save_revision().publish()
    return page


def build_site(home, image=None):
    """Every page type below `home`; returns the themes and levels they are tagged with."""
    themes = [ThemaFactory(slug="feedback", name="Feedback"), ThemaFactory(slug="lezen")]
    levels = [OnderwijsniveauFactory(slug="lager", name="Lager onderwijs")]
    StandardPageFactory(parent=home, title="Over Leerpunt", slug="over-leerpunt")

    updates = UpdateIndexPageFactory(parent=home)
    tagged(UpdatePageFactory(parent=updates, slug="nieuws", listing_image=image), themes)
    agenda = AgendaPageFactory(parent=home)
    tagged(EventPageFactory(parent=agenda, slug="webinar"), themes)
    answers = AntwoordIndexPageFactory(parent=VraagpuntPageFactory(parent=home))
    tagged(VraagAntwoordPageFactory(parent=answers, slug="een-antwoord"), themes, levels)
    NieuwsbriefPageFactory(parent=home)
    WerkmapPageFactory(parent=home)

    _, toolkit = toolkit_tree(home)
    tagged(ToolkitItemPageFactory(parent=toolkit, title="Feedback"), themes, levels)
    tagged(ToolkitItemPageFactory(parent=toolkit, slug="huiswerk"), themes[1:], levels)
    guides = LeidraadIndexPageFactory(parent=home)
    tagged(LeidraadPageFactory(parent=guides, slug="feedback-geven"), themes, levels)
    KennisagendaPageFactory(parent=home)

    organisation = OrganisatieFactory(slug="hogeschool")
    calls = OproepIndexPageFactory(parent=home)
    call = tagged(OproepPageFactory(parent=calls, slug="de-oproep"), themes, levels)
    projects = ProjectIndexPageFactory(parent=home)
    project = ProjectPageFactory(
        parent=projects, slug="het-project", applicant=organisation, call=call
    )
    ProjectPartnerFactory(page=project, organisation=OrganisatieFactory(slug="partner"))
    tagged(project, themes, levels)
    research = OnderzoekIndexPageFactory(parent=home)
    tagged(OnderzoekPageFactory(parent=research, slug="het-onderzoek"), themes, levels)
    return themes, levels
