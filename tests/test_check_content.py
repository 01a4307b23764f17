"""manage.py check_content: silent on the demo content, and it catches each kind of contradiction.

Each test below builds one contradiction the way it happens in practice (a bulk update that
bypasses save(), an editor's link, a stale sentence) and asserts the command names that page.
"""

import datetime
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from leerpunt_site.core.content_checks import run_checks
from leidraden.models import LeidraadPage
from projecten.models import OnderzoekPage
from tests.agenda.factories import AgendaPageFactory, EventPageFactory
from tests.factories import StandardPageFactory
from tests.leidraden.factories import (
    GeplandeLeidraadFactory,
    LeidraadIndexPageFactory,
    LeidraadPageFactory,
)
from tests.projecten.factories import (
    OnderzoekIndexPageFactory,
    OnderzoekPageFactory,
    OproepIndexPageFactory,
    OproepPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
)
from tests.toolkit.factories import ToolkitItemPageFactory, toolkit_tree
from toolkit import figures

pytestmark = pytest.mark.django_db


def findings_for(page):
    return [finding for finding in run_checks() if finding.page.pk == page.pk]


def test_the_command_reports_nothing_on_the_demo_content(home):
    """The one test that loads the whole demo: its content must not contradict itself."""
    call_command("load_demo_content", stdout=io.StringIO())
    out = io.StringIO()

    call_command("check_content", stdout=out)

    assert out.getvalue().strip() == "Geen tegenstrijdigheden gevonden."


def test_the_command_lists_each_finding_and_fails(home):
    index = LeidraadIndexPageFactory(parent=home)
    guide = GeplandeLeidraadFactory(parent=index, title="Feedback")
    LeidraadPage.objects.filter(pk=guide.pk).update(status="gepubliceerd")
    out = io.StringIO()

    with pytest.raises(CommandError, match="1 tegenstrijdigheden"):
        call_command("check_content", stdout=out)

    assert "[status klopt niet met de data] Feedback" in out.getvalue()


def test_a_guide_whose_status_contradicts_its_dates(home):
    index = LeidraadIndexPageFactory(parent=home)
    stale = GeplandeLeidraadFactory(parent=index, title="Status getypt")
    future = LeidraadPageFactory(parent=index, title="Verschijnt later")
    still_expected = LeidraadPageFactory(parent=index, title="Nog verwacht")
    LeidraadPage.objects.filter(pk=stale.pk).update(status="gepubliceerd")
    next_year = timezone.localdate() + datetime.timedelta(days=365)
    LeidraadPage.objects.filter(pk=future.pk).update(published_date=next_year)
    LeidraadPage.objects.filter(pk=still_expected.pk).update(expected_period="juli 2025")

    assert findings_for(stale)[0].kind == "status klopt niet met de data"
    assert "nog moet komen" in findings_for(future)[0].message
    assert "verwacht: juli 2025" in findings_for(still_expected)[0].message


def test_research_delivered_without_a_report(home):
    index = OnderzoekIndexPageFactory(parent=home)
    research = OnderzoekPageFactory(parent=index, title="Kennishiaten")
    OnderzoekPage.objects.filter(pk=research.pk).update(
        status="opgeleverd", actual_delivery="maart 2025"
    )

    messages = [finding.message for finding in findings_for(research)]

    assert any("zeggen 'In de pijplijn'" in message for message in messages)
    assert any("zonder rapport" in message for message in messages)


def test_a_finished_project_that_has_not_ended(home):
    index = ProjectIndexPageFactory(parent=home)
    next_year = timezone.localdate() + datetime.timedelta(days=365)
    project = ProjectPageFactory(parent=index, status="afgerond", end_date=next_year)
    running = ProjectPageFactory(parent=index, status="lopend", end_date=datetime.date(2025, 8, 31))
    without_dates = ProjectPageFactory(parent=index, status="afgerond")

    assert "Afgerond" in findings_for(project)[0].message
    assert "Lopend" in findings_for(running)[0].message
    assert findings_for(without_dates) == []


def test_an_awarded_call_whose_deadline_is_ahead(home):
    index = OproepIndexPageFactory(parent=home)
    call = OproepPageFactory(
        parent=index, awarded=True, deadline=timezone.now() + datetime.timedelta(days=30)
    )

    assert findings_for(call)[0].message == "de oproep is gegund, maar de deadline moet nog komen."


def test_a_link_to_an_owner_only_video_address(home):
    agenda = AgendaPageFactory(parent=home)
    event = EventPageFactory(
        parent=agenda, recording_url="https://vimeo.com/manage/videos/1027349439"
    )
    public = EventPageFactory(parent=agenda, recording_url="https://vimeo.com/1027349439")

    [finding] = findings_for(event)

    assert finding.kind == "niet-openbare video" and "recording_url" in finding.message
    assert findings_for(public) == []


def test_a_verdict_or_summary_that_judges_an_unknown_figure(home):
    _, toolkit = toolkit_tree(home)
    judged = ToolkitItemPageFactory(
        parent=toolkit,
        title="Ontluikende geletterdheid",
        impact_months=4,
        cost=None,
        evidence=None,
        summary=f"{figures.impact_words(4)} voor lage kosten.",
    )
    mislabelled = ToolkitItemPageFactory(
        parent=toolkit,
        title="Spelend leren",
        impact_months=None,
        cost=1,
        evidence=1,
        summary="Voor de impact is er onvoldoende evidentie.",
    )
    honest = ToolkitItemPageFactory(
        parent=toolkit, impact_months=None, cost=None, evidence=None, summary="Tellen en ordenen."
    )

    assert f"'{figures.impact_words(4)}'" in findings_for(judged)[0].message
    assert "is 'niet gekend'" in findings_for(mislabelled)[0].message
    assert findings_for(honest) == []


def test_a_count_in_a_field_that_disagrees_with_the_tree(home):
    _, toolkit = toolkit_tree(home)
    toolkit.intro = "<p>Deze toolkit bundelt 9 thema's voor kleuters.</p>"
    toolkit.save()
    for _ in range(2):
        ToolkitItemPageFactory(parent=toolkit)

    [finding] = findings_for(toolkit)

    assert (
        finding.message
        == "de tekst zegt '9 thema's', maar de toolkit heeft 2 gepubliceerde aanpakken."
    )


def test_an_internal_link_to_a_page_the_public_cannot_see(home):
    draft = StandardPageFactory(parent=home, title="Nog een concept", live=False)
    linking = StandardPageFactory(
        parent=home,
        title="Over Leerpunt",
        body=[("paragraph", f'<p>Lees <a linktype="page" id="{draft.pk}">het concept</a>.</p>')],
    )

    [finding] = findings_for(linking)

    assert finding.kind == "link naar onzichtbare pagina"
    assert "'Nog een concept'" in finding.message
