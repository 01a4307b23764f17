"""The kennisagenda page: how it was made, the timeline of themes and the focus areas."""

import datetime
import re

import pytest
import time_machine
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from kennisagenda.models import KennisagendaPage
from leerpunt_site.home.models import HomePage
from tests.factories import ThemaFactory

from .factories import (
    TAGGED_PAGE_BUILDERS,
    KennisagendaPageFactory,
    build_agenda,
    build_leidraad,
    build_onderzoek,
    build_tagged,
    measure_queries,
)

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 10


def texts_in_order(html, *texts):
    positions = [html.index(text) for text in texts]
    return positions == sorted(positions)


def test_page_explains_how_the_agenda_was_made(client, home):
    KennisagendaPageFactory(
        parent=home,
        what="<p>Een overzicht van de kennis die nodig is.</p>",
        phases=[
            (
                "fase",
                {
                    "name": "Inventarisering",
                    "period": "juli 2023 - januari 2024",
                    "text": "Vragen verzameld.",
                },
            ),
            (
                "fase",
                {
                    "name": "Prioritering",
                    "period": "februari - maart 2024",
                    "text": "Thema's gekozen.",
                },
            ),
        ],
        figures=[("kerncijfer", {"value": "700", "label": "kennisvragen verzameld"})],
        evaluation="<p>Na drie jaar volgt een grondige evaluatie.</p>",
    )

    html = client.get("/kennisagenda/").content.decode()

    assert "Een overzicht van de kennis die nodig is." in html
    assert texts_in_order(
        html, "Fase 1", "Inventarisering", "juli 2023 - januari 2024", "Fase 2", "Prioritering"
    )
    assert re.search(
        r'key-figures__value">700</span>\s*<span class="key-figures__label">kennisvragen verzameld',
        html,
    )
    assert "Na drie jaar volgt een grondige evaluatie." in html


def test_timeline_lists_the_themes_per_school_year_in_order_and_focus_areas_apart(client, home):
    build_agenda(home)
    ThemaFactory(name="Taalonderwijs", slug="taalonderwijs", school_year="2024-2025", sort_order=9)

    html = client.get("/kennisagenda/").content.decode()
    timeline = html[html.index('<ol class="timeline">') : html.index('id="overkoepelend"')]

    assert texts_in_order(
        timeline,
        'id="schooljaar-2024-2025"',
        "Feedback",
        "Taalonderwijs",
        'id="schooljaar-2025-2026"',
        "Wiskunde",
        'id="schooljaar-2026-2027"',
        "Huiswerk",
    )
    assert "Borging" not in timeline
    assert re.search(
        r'<h3 class="timeline__heading">Schooljaar <span[^>]*>2024-2025</span></h3>', html
    )
    assert 'href="/kennisagenda/borging/"' in html[html.index('id="overkoepelend"') :]
    for slug in ("feedback", "taalonderwijs", "wiskunde", "huiswerk"):
        assert f'href="/kennisagenda/{slug}/"' in timeline


@pytest.mark.parametrize("model", TAGGED_PAGE_BUILDERS)
def test_timeline_counts_what_is_published_on_each_theme(client, home, model):
    agenda, themes = build_agenda(home)
    for _ in range(3):
        build_tagged(model, home, themes=[themes["feedback"], themes["wiskunde"]])
    build_tagged(model, home, themes=[themes["wiskunde"]], live=False)

    html = client.get("/kennisagenda/").content.decode()

    assert re.search(
        r"Feedback</a>\s*<p class=\"theme-status__counts\">\s*<span[^>]*>3 gepubliceerd", html
    )
    assert re.search(
        r"Wiskunde</a>\s*<p class=\"theme-status__counts\">\s*<span[^>]*>3 gepubliceerd", html
    )
    assert re.search(
        r"Huiswerk</a>\s*<p class=\"theme-status__counts\">\s*<span[^>]*>nog niets gepubliceerd",
        html,
    )


@pytest.mark.parametrize("model", TAGGED_PAGE_BUILDERS)
def test_timeline_shows_planned_content_apart_from_published(client, home, model, monkeypatch):
    # Apps override is_planned (a guide in development, running research); simulate that here.
    monkeypatch.setattr(model, "is_planned", property(lambda page: page.title.startswith("Komt")))
    agenda, themes = build_agenda(home)
    build_tagged(model, home, themes=[themes["feedback"]], title="Verschenen")
    planned = build_tagged(model, home, themes=[themes["feedback"]], title="Komt eraan")

    html = client.get("/kennisagenda/").content.decode()

    assert "1 gepubliceerd" in html
    assert "1 gepland" in html
    assert f'Gepland: <a href="{planned.url}">Komt eraan</a>' in html


@time_machine.travel(datetime.datetime(2025, 10, 1, 12, tzinfo=datetime.UTC))
def test_current_school_year_is_marked_in_words_and_for_assistive_technology(client, home):
    build_agenda(home)

    html = client.get("/kennisagenda/").content.decode()

    current = re.search(r'<li id="schooljaar-([\d-]+)"[^>]*aria-current="step"', html)
    assert current.group(1) == "2025-2026"
    assert html.count("huidig schooljaar") == 1
    assert "timeline__year--past" in html and "timeline__year--future" in html


def test_page_renders_in_the_same_number_of_queries_for_3_and_15_pages_of_each_type(client, home):
    agenda, themes = build_agenda(home)
    tag = [themes["feedback"], themes["borging"]]

    def build(count):
        for model in TAGGED_PAGE_BUILDERS:
            for _ in range(count):
                build_tagged(model, home, themes=tag)

    build(3)
    few = measure_queries(client, "/kennisagenda/")
    build(12)
    many = measure_queries(client, "/kennisagenda/")

    assert few == many
    assert many["warm"] <= QUERY_BUDGET, many
    # Right after a publish the gathering costs the themes plus one query per page type with
    # themes (see docs/kennisagenda.md); fixed, whatever the amount of content.
    # Guides in development and running research count as planned, not published.
    published = sum(15 for model in TAGGED_PAGE_BUILDERS if not model.objects.first().is_planned)
    assert f"{published} gepubliceerd" in client.get("/kennisagenda/").content.decode()


@pytest.mark.parametrize(
    "query",
    ["?pagina=abc", "?thema=%00", "?thema=x&thema=y", "?sorteer=" + "z" * 5000, "?pagina=-1"],
)
def test_odd_query_parameters_give_the_normal_page(client, home, query):
    build_agenda(home)

    assert client.get("/kennisagenda/" + query).status_code == 200


class TestEditing(WagtailTestUtils):
    def test_only_one_kennisagenda_page_directly_below_home(self, home, admin_client):
        KennisagendaPageFactory(parent=home)

        assert KennisagendaPage.allowed_parent_page_models() == [HomePage]
        assert KennisagendaPage.allowed_subpage_models() == []
        assert not KennisagendaPage.can_create_at(home)

    def test_editor_can_create_the_page_with_phases_and_figures(self, home, admin_client):
        response = admin_client.post(
            f"/admin/pages/add/kennisagenda/kennisagendapage/{home.pk}/",
            nested_form_data(
                {
                    "title": "Kennisagenda",
                    "slug": "kennisagenda",
                    "intro": rich_text("Vijftien thema's."),
                    "what": rich_text("Uitleg."),
                    "phases": streamfield(
                        [
                            (
                                "fase",
                                {
                                    "name": "Prioritering",
                                    "period": "maart 2024",
                                    "text": "Gekozen.",
                                },
                            )
                        ]
                    ),
                    "figures": streamfield(
                        [("kerncijfer", {"value": "9", "label": "focusgroepen"})]
                    ),
                    "focus_intro": rich_text(""),
                    "evaluation": rich_text(""),
                    "action-publish": "publish",
                }
            ),
        )

        assert response.status_code == 302, response.content.decode()[:2000]
        page = Page.objects.get(slug="kennisagenda").specific
        assert page.phases[0].value["name"] == "Prioritering"
        assert page.figures[0].value["value"] == "9"


def test_guides_in_development_and_running_research_count_as_planned(home):
    guide = build_leidraad(
        home,
        published_date=None,
        expected_period="februari 2027",
    )
    research = build_onderzoek(home, report_url="")
    delivered = build_onderzoek(home, report_url="https://example.org/rapport.pdf")

    assert guide.is_planned and research.is_planned
    assert not delivered.is_planned
