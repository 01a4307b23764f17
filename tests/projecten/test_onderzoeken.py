"""Research assignments: who carries them out, how far they are, and the report."""

import datetime

import pytest
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
        status=OnderzoekPage.Status.GEPUBLICEERD,
        expected_delivery=datetime.date(2025, 5, 31),
        actual_delivery=datetime.date(2025, 3, 31),
        report=report,
        themes=[taal],
        levels=[lager],
    )
    hiaten.executors.set([kdg, uantwerpen])
    hiaten.save_revision().publish()
    OnderzoekPageFactory(
        parent=research_index,
        title="Effectiviteit van begeleiding",
        expected_delivery=datetime.date(2026, 3, 31),
    )
    OnderzoekPageFactory(parent=research_index, title="Inclusie")
    return hiaten


def test_index_orders_by_delivery_and_shows_executors(client, research):
    response = client.get("/onderzoeken/")

    html = response.content.decode()
    assert [page.title for page in response.context["research"]] == [
        "Effectiviteit van begeleiding",
        "Kennishiaten",
        "Inclusie",
    ]
    assert "Uitvoering: Karel de Grote Hogeschool, Universiteit Antwerpen" in html
    assert "Uitvoering: nog niet bekend" in html
    assert 'Oplevering verwacht in <time datetime="2026-03">maart 2026</time>' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=gepubliceerd", ["Kennishiaten"]),
        ("status=lopend", ["Effectiviteit van begeleiding", "Inclusie"]),
        ("thema=taalonderwijs&niveau=lager", ["Kennishiaten"]),
        ("q=inclusie", ["Inclusie"]),
        (
            "status=onbekend&thema=%00",
            ["Effectiviteit van begeleiding", "Kennishiaten", "Inclusie"],
        ),
    ],
)
def test_filters(client, research, query, expected):
    response = client.get(f"/onderzoeken/?{query}")

    assert response.status_code == 200
    assert [page.title for page in response.context["research"]] == expected


def test_research_page_shows_status_dates_executors_and_report(client, research):
    html = client.get("/onderzoeken/kennishiaten/").content.decode()

    assert "Gepubliceerd" in html
    assert 'Opgeleverd op <time datetime="2025-03-31">31 maart 2025</time>' in html
    assert "(verwacht: mei 2025)" in html
    assert "<li>Universiteit Antwerpen</li>" in html
    assert "Rapport kennishiaten" in html and "(PDF," in html


class TestTree(WagtailPageTestCase):
    def test_research_lives_only_below_the_single_research_index(self):
        self.assertAllowedParentPageTypes(OnderzoekPage, {OnderzoekIndexPage})
        self.assertAllowedSubpageTypes(OnderzoekPage, {})
        self.assertAllowedParentPageTypes(OnderzoekIndexPage, {HomePage})
        assert OnderzoekIndexPage.max_count == 1
