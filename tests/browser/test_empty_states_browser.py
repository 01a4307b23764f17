"""Every empty state in a real browser: it says so in words, looks deliberate, and axe-core finds
nothing. A guide with only an expected period (or none), a project without end date, a call without
deadline, a figure not known, research without report; and the Voorbeeldtekst label."""

import datetime

import pytest

from tests.leidraden.factories import GeplandeLeidraadFactory, LeidraadIndexPageFactory
from tests.projecten.factories import (
    OnderzoekIndexPageFactory,
    OnderzoekPageFactory,
    OproepIndexPageFactory,
    OproepPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
)
from tests.toolkit.factories import ToolkitItemPageFactory, ToolkitPageFactory, toolkit_tree

from .conftest import assert_no_axe_violations


@pytest.fixture
def empty_states(site):
    overview, _ = toolkit_tree(site)
    kleuters = ToolkitPageFactory(parent=overview, title="Kleuters", slug="kleuters")
    ToolkitItemPageFactory(
        parent=kleuters,
        title="Ontluikende geletterdheid",
        slug="ontluikende-geletterdheid",
        impact_months=4,
        cost=None,
        evidence=None,
        is_voorbeeld=True,
    )
    ToolkitItemPageFactory(
        parent=kleuters,
        title="Ontluikende gecijferdheid",
        slug="ontluikende-gecijferdheid",
        impact_months=None,
        cost=None,
        evidence=None,
    )
    ToolkitItemPageFactory(
        parent=kleuters, title="Leerstijlen", slug="leerstijlen", impact_months=None, evidence=0
    )
    guides = LeidraadIndexPageFactory(parent=site)
    GeplandeLeidraadFactory(
        parent=guides,
        title="Feedback",
        slug="feedback",
        expected_period="voorjaar 2026 (onder voorbehoud)",
    )
    GeplandeLeidraadFactory(parent=guides, title="Inclusie", slug="inclusie", expected_period="")
    projects = ProjectIndexPageFactory(parent=site)
    ProjectPageFactory(
        parent=projects,
        title="Spelkracht",
        slug="spelkracht",
        status="",
        start_date=datetime.date(2024, 9, 1),
        end_date=None,
    )
    ProjectPageFactory(
        parent=projects,
        title="Studio LEX",
        slug="studio-lex",
        status="",
        period="schooljaren 2024-2025 en 2025-2026",
    )
    calls = OproepIndexPageFactory(parent=site)
    OproepPageFactory(parent=calls, title="Valorisatieprojecten", slug="valorisatie", deadline=None)
    research = OnderzoekIndexPageFactory(parent=site)
    OnderzoekPageFactory(parent=research, title="Inclusie", slug="inclusie")
    return site


@pytest.mark.parametrize(
    ("path", "selector", "expected"),
    [
        (
            "/toolkit/kleuters/ontluikende-geletterdheid/",
            ".toolkit-summary .figure--cost",
            "niet gekend",
        ),
        ("/toolkit/kleuters/ontluikende-geletterdheid/", ".voorbeeldtekst", "Voorbeeldtekst"),
        (
            "/toolkit/kleuters/ontluikende-gecijferdheid/",
            ".toolkit-summary .figures__verdict",
            "Geen samenvattend oordeel",
        ),
        (
            "/toolkit/kleuters/leerstijlen/",
            ".toolkit-summary .figure--impact",
            "onvoldoende evidentie",
        ),
        ("/toolkit/kleuters/", "main", "niet gekend"),
        ("/toolkit/kleuters/grafiek/", "main", "Niet in de grafiek"),
        (
            "/toolkit/kleuters/vergelijk/?items=leerstijlen&items=ontluikende-gecijferdheid",
            "main",
            "niet gekend",
        ),
        ("/leidraden/feedback/", ".leidraad__header", "Verwacht: voorjaar 2026 (onder voorbehoud)"),
        ("/leidraden/inclusie/", ".leidraad__header", "Verschijning nog niet bekend"),
        ("/projecten/spelkracht/", "dl.facts", "einddatum nog niet bekend"),
        ("/projecten/studio-lex/", "dl.facts", "schooljaren 2024-2025 en 2025-2026"),
        ("/oproepen/valorisatie/", "dl.facts", "Deadline"),
        ("/onderzoeken/inclusie/", "main", "Het rapport is er nog niet."),
    ],
)
def test_each_empty_state_reads_as_unknown_and_passes_axe(
    empty_states, live_server, page, path, selector, expected
):
    page.goto(live_server.url + path)

    assert expected in " ".join(page.locator(selector).first.inner_text().split())
    assert_no_axe_violations(page)
