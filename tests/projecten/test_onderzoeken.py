"""Research assignments: who carries them out, how far they are, and the report."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.documents.models import Document
from wagtail.test.utils import WagtailPageTestCase

from leerpunt_site.home.models import HomePage
from projecten.models import OnderzoekIndexPage, OnderzoekPage

from .factories import OnderzoekPageFactory, OrganisatieFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def research(research_index, taal, lager):
    kdg = OrganisatieFactory(name="Karel de Grote Hogeschool")
    uantwerpen = OrganisatieFactory(name="Universiteit Antwerpen")
    report = Document.objects.create(
        title="Rapport kennishiaten", file="documents/kennishiaten.pdf"
    )
    hiaten = OnderzoekPageFactory(
        parent=research_index,
        title="Kennishiaten",
        slug="kennishiaten",
        actual_delivery="maart 2025",
        report=report,
        themes=[taal],
        levels=[lager],
    )
    hiaten.executors.set([kdg, uantwerpen])
    hiaten.save_revision().publish()
    OnderzoekPageFactory(
        parent=research_index,
        title="Effectiviteit van begeleiding",
        expected_delivery="begin 2026",
    )
    OnderzoekPageFactory(parent=research_index, title="Inclusie")
    return hiaten


def test_index_lists_delivered_research_first_and_shows_executors(client, research):
    response = client.get("/onderzoeken/")

    html = response.content.decode()
    assert [page.title for page in response.context["research"]] == [
        "Kennishiaten",
        "Effectiviteit van begeleiding",
        "Inclusie",
    ]
    assert "Uitvoering: Karel de Grote Hogeschool, Universiteit Antwerpen" in html
    assert "Uitvoering: nog niet bekend" in html
    assert "Oplevering verwacht: begin 2026" in html
    assert "Oplevering nog niet bekend" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=opgeleverd", ["Kennishiaten"]),
        ("status=in_de_pijplijn", ["Effectiviteit van begeleiding", "Inclusie"]),
        ("thema=taalonderwijs&niveau=lager", ["Kennishiaten"]),
        ("q=inclusie", ["Inclusie"]),
        (
            "status=onbekend&thema=%00",
            ["Kennishiaten", "Effectiviteit van begeleiding", "Inclusie"],
        ),
    ],
)
def test_filters(client, research, query, expected):
    response = client.get(f"/onderzoeken/?{query}")

    assert response.status_code == 200
    assert [page.title for page in response.context["research"]] == expected


def test_research_page_shows_status_dates_executors_and_report(client, research):
    html = client.get("/onderzoeken/kennishiaten/").content.decode()

    assert "Opgeleverd: maart 2025" in html
    assert "<li>Universiteit Antwerpen</li>" in html
    assert "Rapport kennishiaten" in html and "(PDF," in html


class TestTree(WagtailPageTestCase):
    def test_research_lives_only_below_the_single_research_index(self):
        self.assertAllowedParentPageTypes(OnderzoekPage, {OnderzoekIndexPage})
        self.assertAllowedSubpageTypes(OnderzoekPage, {})
        self.assertAllowedParentPageTypes(OnderzoekIndexPage, {HomePage})
        assert OnderzoekIndexPage.max_count == 1


def test_status_follows_the_report_and_is_never_typed(research_index):
    study = OnderzoekPageFactory(parent=research_index, title="Inclusie", expected_delivery="2026")
    assert study.status == "in_de_pijplijn" and study.is_planned
    study.executors.set([OrganisatieFactory(name="VUB")])
    study.save()
    assert study.status == "lopend" and study.is_planned

    study.report_url = "https://example.org/rapport.pdf"
    study.expected_delivery = ""
    study.save()

    assert study.status == "opgeleverd" and not study.is_planned
    assert "status" not in OnderzoekPage.get_edit_handler().get_form_class()().fields


def test_delivered_without_a_report_is_refused(research_index):
    study = OnderzoekPage(title="A", slug="a", summary="s", actual_delivery="maart 2025")

    with pytest.raises(ValidationError) as error:
        study.full_clean()

    assert "actual_delivery" in error.value.message_dict


def test_research_without_report_says_so(client, research_index):
    OnderzoekPageFactory(parent=research_index, title="Inclusie", slug="inclusie")

    html = client.get("/onderzoeken/inclusie/").content.decode()

    assert "In de pijplijn" in html and "Oplevering nog niet bekend" in html
    assert "Het rapport is er nog niet." in html
