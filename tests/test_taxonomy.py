"""School years are data (the migration kept today's values, an editor adds the next year), and a
page shows its themes and levels."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from leerpunt_site.taxonomy.models import Schooljaar
from tests.factories import OnderwijsniveauFactory, ThemaFactory
from tests.html import headings, parse, texts
from tests.kennisagenda.factories import build_agenda
from tests.toolkit.factories import ToolkitItemPageFactory, toolkit_tree

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


def test_a_page_shows_its_live_themes_and_levels_read_in_one_query(client, home):
    _, toolkit = toolkit_tree(home)
    shown = ThemaFactory(name="Feedback", slug="feedback")
    concept = ThemaFactory(name="Nooit gepubliceerd", slug="concept", live=False)
    item = ToolkitItemPageFactory(parent=toolkit, slug="feedback")
    item.themes.set([shown, concept])
    item.levels.set([OnderwijsniveauFactory(name="Lager onderwijs", slug="lager")])
    item.save()

    client.get(item.url)  # the themes and levels fragment, warm as on a running site
    with CaptureQueriesContext(connection) as queries:
        tags = parse(client.get(item.url)).select_one("dl.tags")

    assert texts(tags.select("dd li")) == ["Feedback", "Lager onderwijs"]
    assert len([q for q in queries if "_themes" in q["sql"] or "_levels" in q["sql"]]) == 1


def test_a_draft_shows_the_themes_chosen_in_it_not_the_published_ones(home):
    _, toolkit = toolkit_tree(home)
    published, drafted = ThemaFactory(slug="gepubliceerd"), ThemaFactory(slug="in-het-concept")
    item = ToolkitItemPageFactory(parent=toolkit, slug="feedback")
    item.themes.set([published])
    item.save()

    item.themes.set([drafted])
    draft = item.save_revision().as_object()

    assert draft.tags[0] == [drafted]
    assert item.__class__.objects.get(pk=item.pk).tags[0] == [published]
