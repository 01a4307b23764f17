"""School years are data: the migration kept today's values, and an editor adds the next year."""

import pytest

from leerpunt_site.taxonomy.models import Schooljaar
from tests.factories import ThemaFactory
from tests.html import headings, parse, texts
from tests.kennisagenda.factories import build_agenda

pytestmark = pytest.mark.django_db


def test_the_migration_keeps_the_school_years_that_were_code():
    years = {year.slug: (year.name, year.overarching) for year in Schooljaar.objects.all()}

    assert years == {
        "2024-2025": ("2024-2025", False),
        "2025-2026": ("2025-2026", False),
        "2026-2027": ("2026-2027", False),
        "overkoepelend": ("Overkoepelend (evidence-informed werken)", True),
    }


def test_a_school_year_an_editor_adds_appears_on_the_timeline_with_its_themes(client, home):
    build_agenda(home)
    next_year = Schooljaar.objects.create(slug="2027-2028", name="2027-2028")
    ThemaFactory(name="Schoolklimaat", slug="schoolklimaat", school_year=next_year)

    page = parse(client.get("/kennisagenda/"))

    years = page.select("ol.timeline > li")
    assert [year["id"] for year in years] == [
        "schooljaar-2024-2025",
        "schooljaar-2025-2026",
        "schooljaar-2026-2027",
        "schooljaar-2027-2028",
    ]
    assert "Schoolklimaat" in texts(years[-1].select("a"))
    assert headings(years[-1], "h3") == ["Schooljaar 2027-2028"]


def test_a_theme_links_to_its_hub_and_its_school_year(client, home):
    build_agenda(home)

    page = parse(client.get("/kennisagenda/feedback/"))

    year_link = page.select_one(".page-meta a")
    assert (year_link["href"], year_link.get_text()) == (
        "/kennisagenda/#schooljaar-2024-2025",
        "2024-2025",
    )
