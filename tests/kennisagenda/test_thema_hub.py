"""A theme hub: the theme's texts and everything tagged with it, of every page type."""

import datetime
import re
from xml.etree import ElementTree

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from kennisagenda.tagged_content import tagged_page_models
from leerpunt_site.updates.models import UpdatePage

from .factories import TAGGED_PAGE_BUILDERS, build_agenda, build_tagged, measure_queries

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 10


def test_every_page_type_with_themes_has_a_builder_for_these_tests():
    # A new type with TaggedPageMixin appears on the hubs by itself; add its builder to
    # tests/kennisagenda/factories.py so these tests cover it.
    assert set(tagged_page_models()) == set(TAGGED_PAGE_BUILDERS)


def test_hub_shows_the_theme_its_focus_year_and_plans(client, home):
    agenda, themes = build_agenda(home)
    feedback = themes["feedback"]
    feedback.description = "<p>Feedback helpt leerlingen vooruit.</p>"
    feedback.plans = "<p>Een leidraad over feedback is in de maak.</p>"
    feedback.save()

    response = client.get("/kennisagenda/feedback/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "<title>Feedback | Kennisagenda | Leerpunt</title>" in html
    assert re.search(r"<h1>Feedback</h1>", html)
    assert (
        "focus in schooljaar" in html
        and 'href="/kennisagenda/#schooljaar-2024-2025">2024-2025' in html
    )
    assert "Feedback helpt leerlingen vooruit." in html
    assert "Een leidraad over feedback is in de maak." in html
    assert '<link rel="canonical" href="http://localhost/kennisagenda/feedback/">' in html
    assert re.search(r'<a href="/kennisagenda/feedback/" aria-current="page">Feedback</a>', html)
    assert "Nog niets" in html or "nog niets gepubliceerd" in html


def test_focus_area_hub_says_it_is_overkoepelend(client, home):
    build_agenda(home)

    html = client.get("/kennisagenda/borging/").content.decode()

    assert "Overkoepelend aandachtspunt van de kennisagenda" in html


@pytest.mark.parametrize("model", TAGGED_PAGE_BUILDERS)
def test_hub_gathers_tagged_pages_of_each_type_with_count_and_filtered_listing_link(
    client, home, model
):
    agenda, themes = build_agenda(home)
    tagged = build_tagged(model, home, themes=[themes["feedback"]], title="Over feedback")
    build_tagged(model, home, themes=[themes["wiskunde"]], title="Over wiskunde")
    build_tagged(model, home, themes=[themes["feedback"]], title="Nog een concept", live=False)

    html = client.get("/kennisagenda/feedback/").content.decode()
    label = model._meta.verbose_name_plural

    assert f'<a href="{tagged.url}">Over feedback</a>' in html
    assert "Over wiskunde" not in html
    assert "Nog een concept" not in html
    assert re.search(
        rf"{label.capitalize()} <span class=\"hub-group__count\">\(1\)</span>", html, re.I
    )
    listing = model.listing_page_model()
    if listing is not None:
        listing_url = listing.objects.live().get().url
        assert f'href="{listing_url}?thema=feedback"' in html


@pytest.mark.parametrize("model", TAGGED_PAGE_BUILDERS)
def test_hub_shows_the_newest_few_per_type_and_links_to_the_rest(client, home, model):
    agenda, themes = build_agenda(home)
    start = timezone.now() - datetime.timedelta(days=30)
    for day in range(8):
        build_tagged(
            model,
            home,
            themes=[themes["feedback"]],
            title=f"Bericht {day}",
            first_published_at=start + datetime.timedelta(days=day),
        )

    html = client.get("/kennisagenda/feedback/").content.decode()
    group = html[html.index('class="hub-group"') :]

    shown = re.findall(r"Bericht (\d)</a>", group)
    assert shown == ["7", "6", "5", "4", "3", "2"]
    assert f"Bekijk alle 8 {model._meta.verbose_name_plural}" in group


def test_pages_in_a_private_section_stay_off_the_hub(client, home):
    agenda, themes = build_agenda(home)
    private = build_tagged(UpdatePage, home, themes=[themes["feedback"]], title="Alleen intern")
    PageViewRestriction.objects.create(page=private.get_parent(), restriction_type="login")

    html = client.get("/kennisagenda/feedback/").content.decode()

    assert "Alleen intern" not in html


def test_type_without_a_single_listing_page_gets_no_listing_link(client, home, monkeypatch):
    monkeypatch.setattr(UpdatePage, "listing_page_model", classmethod(lambda cls: None))
    agenda, themes = build_agenda(home)
    build_tagged(UpdatePage, home, themes=[themes["feedback"]])

    html = client.get("/kennisagenda/feedback/").content.decode()

    assert "?thema=feedback" not in html
    assert "hub-group" in html


def test_hub_reflects_a_newly_published_page_at_once(client, home):
    agenda, themes = build_agenda(home)
    assert "Net verschenen" not in client.get("/kennisagenda/feedback/").content.decode()

    page = build_tagged(
        UpdatePage, home, themes=[themes["feedback"]], title="Net verschenen", live=False
    )
    page.save_revision().publish()

    assert "Net verschenen" in client.get("/kennisagenda/feedback/").content.decode()
    assert "1 gepubliceerd" in client.get("/kennisagenda/").content.decode()


def test_hub_reflects_an_unpublished_page_and_an_edited_theme_at_once(client, home):
    agenda, themes = build_agenda(home)
    page = build_tagged(UpdatePage, home, themes=[themes["feedback"]], title="Even zichtbaar")
    assert "Even zichtbaar" in client.get("/kennisagenda/feedback/").content.decode()

    page.unpublish()
    themes["feedback"].short_description = "Een nieuwe omschrijving."
    themes["feedback"].save()

    html = client.get("/kennisagenda/feedback/").content.decode()
    assert "Even zichtbaar" not in html
    assert "Een nieuwe omschrijving." in html


def test_hub_renders_in_the_same_number_of_queries_for_3_and_15_pages_of_each_type(client, home):
    agenda, themes = build_agenda(home)

    def build(count):
        for model in TAGGED_PAGE_BUILDERS:
            for _ in range(count):
                build_tagged(model, home, themes=[themes["feedback"]])

    build(3)
    few = measure_queries(client, "/kennisagenda/feedback/")
    build(12)
    many = measure_queries(client, "/kennisagenda/feedback/")

    assert few == many
    assert many["warm"] <= QUERY_BUDGET, many
    # Just after a purge: also the theme, one query per page type with themes and one for the
    # listing pages; `few == many` shows that this does not grow with the content either.
    assert "Bekijk alle 15" in client.get("/kennisagenda/feedback/").content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/kennisagenda/bestaat-niet/",
        "/kennisagenda/bestaat-niet/feed/",
        "/kennisagenda/%00/",
        "/kennisagenda/" + "a" * 3000 + "/",
        "/kennisagenda/feedback/iets/",
        "/kennisagenda/f%C3%A9edback/",
    ],
)
def test_unknown_or_malformed_theme_urls_give_404(client, home, path):
    build_agenda(home)

    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    "query", ["?pagina=abc", "?thema=%00", "?thema=a&thema=b", "?q=" + "x" * 5000]
)
def test_odd_query_parameters_on_a_hub_give_the_normal_page(client, home, query):
    build_agenda(home)

    assert client.get("/kennisagenda/feedback/" + query).status_code == 200


def test_hub_links_its_rss_feed(client, home):
    build_agenda(home)

    html = client.get("/kennisagenda/feedback/").content.decode()

    assert (
        '<link rel="alternate" type="application/rss+xml" title="Nieuw over Feedback (RSS)" '
        'href="/kennisagenda/feedback/feed/">'
    ) in html
    assert 'href="/kennisagenda/feedback/feed/"' in html[html.index("<main") :]


@pytest.mark.parametrize("model", TAGGED_PAGE_BUILDERS)
def test_feed_lists_the_newest_pages_on_the_theme(client, home, model):
    agenda, themes = build_agenda(home)
    now = timezone.now()
    build_tagged(
        model,
        home,
        themes=[themes["feedback"]],
        title="Ouder",
        summary="Eerst.",
        first_published_at=now - datetime.timedelta(days=2),
    )
    build_tagged(
        model,
        home,
        themes=[themes["feedback"]],
        title="Nieuwer",
        first_published_at=now - datetime.timedelta(days=1),
    )
    build_tagged(model, home, themes=[themes["wiskunde"]], title="Ander thema")

    response = client.get("/kennisagenda/feedback/feed/")
    channel = ElementTree.fromstring(response.content).find("channel")  # noqa: S314 (our own feed)

    assert response["Content-Type"].startswith("application/rss+xml")
    assert channel.findtext("title") == "Leerpunt: nieuw over Feedback"
    assert channel.findtext("language") == "nl-BE"
    assert [item.findtext("title") for item in channel.findall("item")] == ["Nieuwer", "Ouder"]
    assert channel.find("item").findtext("link").startswith("http://testserver/")
