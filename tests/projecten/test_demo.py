"""The demo loader builds the real begeleidingsprojecten and keeps editor changes on a rerun."""

import pytest

from leerpunt_site.taxonomy import demo as taxonomy_demo
from projecten import demo
from projecten.models import OnderzoekPage, OproepPage, Organisatie, ProjectPage

pytestmark = pytest.mark.django_db


def test_demo_content_loads_everything_once_and_keeps_edits(home):
    taxonomy_demo.load()
    demo.load()
    spelkracht = ProjectPage.objects.get(slug="spelkracht")
    spelkracht.title = "Spelkracht (aangepast)"
    spelkracht.save_revision().publish()

    demo.load()

    assert ProjectPage.objects.filter(project_type="begeleiding").count() == 8
    assert OnderzoekPage.objects.count() == 6
    assert OproepPage.objects.count() == 8
    assert Organisatie.objects.count() == 22
    spelkracht = ProjectPage.objects.get(slug="spelkracht")
    assert spelkracht.title == "Spelkracht (aangepast)"
    assert spelkracht.applicant.name == "UCLL"
    assert [partner.organisation.slug for partner in spelkracht.partners.all()] == [
        "cto-ku-leuven",
        "vrij-leersteuncentrum-limburg",
    ]
    assert spelkracht.round == 1 and spelkracht.schools_count == 10
    assert len(spelkracht.objectives) == 5
    assert spelkracht.call.projects.count() == 8


def test_demo_states_no_status_or_date_the_sources_do_not_give(home):
    taxonomy_demo.load()
    demo.load()

    projects = ProjectPage.objects.all()
    assert not any(project.status or project.start_date or project.end_date for project in projects)
    assert {project.period for project in projects} == {"schooljaren 2024-2025 en 2025-2026"}
    research = {page.slug: page for page in OnderzoekPage.objects.all()}
    hiaten = research["kennishiaten-brede-basiszorg-verhoogde-zorg"]
    assert (hiaten.status, hiaten.actual_delivery) == ("opgeleverd", "maart 2025")
    effect = research["effectiviteit-van-begeleiding"]
    assert (effect.status, effect.expected_delivery) == ("lopend", "begin 2026")
    assert research["redelijke-aanpassingen"].status == "in_de_pijplijn"
