"""The guides listing: order, filters, bad input and its query budget."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import OnderwijsniveauFactory, ThemaFactory
from tests.html import (
    checked,
    containing,
    headings,
    link_targets,
    options,
    parse,
    robots,
    text,
    texts,
)

from .factories import GeplandeLeidraadFactory, LeidraadIndexPageFactory, LeidraadPageFactory

pytestmark = pytest.mark.django_db

# The page cache is off in tests; the site shell comes from its warm fragment cache,
# as on a running site (docs/performance.md). Budget: 12 queries, fixed.
# 10, plus Wagtail's view-restriction checks (two when a page is served, one per .public()),
# read on every request so a page made private is private at once (docs/performance.md).
QUERY_BUDGET = 13


@pytest.fixture
def index(home):
    return LeidraadIndexPageFactory(parent=home)


def listed_titles(response):
    return texts(parse(response).select(".card__title a"))


def test_published_guides_come_first_newest_first_then_planned_by_title(client, index):
    LeidraadPageFactory(parent=index, title="Oud", published_date=datetime.date(2024, 1, 1))
    GeplandeLeidraadFactory(parent=index, title="Later", expected_period="najaar 2027")
    LeidraadPageFactory(parent=index, title="Nieuw", published_date=datetime.date(2025, 9, 1))
    GeplandeLeidraadFactory(parent=index, title="Eerst", expected_period="")

    response = client.get(index.url)

    assert listed_titles(response) == ["Nieuw", "Oud", "Eerst", "Later"]


def test_cards_show_status_with_date_or_expected_month_source_themes_and_levels(client, index):
    feedback = ThemaFactory(name="Feedback", slug="feedback")
    lager = OnderwijsniveauFactory(name="Lager onderwijs", slug="lager")
    published = LeidraadPageFactory(parent=index, title="Feedback", source="eef")
    published.themes.set([feedback])
    published.levels.set([lager])
    published.save()
    GeplandeLeidraadFactory(parent=index, title="Inclusie", source="leerpunt")

    page = parse(client.get(index.url))

    assert headings(page, "section > h2") == ["Gepubliceerd", "In ontwikkeling"]
    times = {time["datetime"]: text(time) for time in page.select("time")}
    assert times == {"2025-07-01": "1 juli 2025"}
    assert containing(page, ".leidraad-card", "Verwacht: voorjaar 2027 (onder voorbehoud)")
    facts = [(text(dt), text(dt.find_next_sibling("dd"))) for dt in page.select("dt")]
    assert ("Bron", "EEF") in facts and ("Bron", "Leerpunt") in facts
    assert {"Feedback", "Lager onderwijs"} <= set(texts(page.select("dd")))


def test_filter_by_status_theme_and_level(client, index):
    feedback, ouders = ThemaFactory(slug="feedback"), ThemaFactory(slug="ouders")
    lager, secundair = (
        OnderwijsniveauFactory(slug="lager"),
        OnderwijsniveauFactory(slug="secundair"),
    )
    for title, theme, level, factory in [
        ("A", feedback, lager, LeidraadPageFactory),
        ("B", ouders, secundair, LeidraadPageFactory),
        ("C", feedback, secundair, GeplandeLeidraadFactory),
    ]:
        guide = factory(parent=index, title=title)
        guide.themes.set([theme])
        guide.levels.set([level])
        guide.save()

    def titles(**params):
        return sorted(listed_titles(client.get(index.url, params)))

    assert titles(status="gepubliceerd") == ["A", "B"]
    assert titles(status="in_ontwikkeling") == ["C"]
    assert titles(thema="feedback") == ["A", "C"]
    assert titles(thema=["feedback", "ouders"]) == ["A", "B", "C"]
    assert titles(niveau="secundair") == ["B", "C"]
    assert titles(thema="feedback", niveau="secundair", status="in_ontwikkeling") == ["C"]


def test_filter_offers_only_themes_and_levels_that_guides_use(client, index):
    used = ThemaFactory(name="Feedback", slug="feedback")
    ThemaFactory(name="Huiswerk", slug="huiswerk")
    guide = LeidraadPageFactory(parent=index)
    guide.themes.set([used])
    guide.save()

    page = parse(client.get(index.url))

    assert options(page, "thema") == ["feedback"]


def test_filtered_listing_is_noindex_and_keeps_the_choices_checked(client, index):
    guide = LeidraadPageFactory(parent=index)
    guide.themes.set([ThemaFactory(slug="feedback")])
    guide.save()

    plain = parse(client.get(index.url))
    filtered = parse(client.get(index.url, {"thema": "feedback"}))

    assert robots(plain) is None
    assert robots(filtered) == "noindex, follow"
    assert checked(filtered, "thema") == ["feedback"]
    assert filtered.find("a", string="Wis alle filters")["href"] == index.url


@pytest.mark.parametrize(
    "params",
    [
        {"status": "onbekend"},
        {"status": ["gepubliceerd", "in_ontwikkeling"]},
        {"thema": "bestaat-niet"},
        {"thema": "x" * 5000},
        {"niveau": "lager\x00"},
        {"pagina": "abc"},
        {"pagina": "-1"},
        {"pagina": "99999999999999999999"},
        {"onbekend": "1", "sorteer": "'; DROP TABLE"},
    ],
)
def test_bad_filter_values_give_a_normal_page(client, index, params):
    LeidraadPageFactory(parent=index, title="Feedback")

    response = client.get(index.url, params)

    assert response.status_code == 200
    assert listed_titles(response) in (["Feedback"], [])


def test_unknown_theme_is_ignored_and_known_one_still_filters(client, index):
    guide = LeidraadPageFactory(parent=index, title="Met thema")
    guide.themes.set([ThemaFactory(slug="feedback")])
    guide.save()
    LeidraadPageFactory(parent=index, title="Zonder thema")

    response = client.get(index.url, {"thema": ["feedback", "bestaat-niet"]})

    assert listed_titles(response) == ["Met thema"]


def test_no_results_says_so_with_a_way_back(client, index):
    LeidraadPageFactory(parent=index)

    page = parse(client.get(index.url, {"status": "in_ontwikkeling"}))

    assert text(page.select_one(".leidraden-results__count")) == "0 leidraden voor deze filters"
    message = containing(page, "p", "Er zijn geen leidraden")
    assert text(message).startswith("Er zijn geen leidraden die aan deze filters voldoen.")
    assert index.url in link_targets(message)


def test_drafts_and_private_guides_are_not_listed(client, index):
    LeidraadPageFactory(parent=index, title="Zichtbaar")
    LeidraadPageFactory(parent=index, title="Concept", live=False)
    private = LeidraadPageFactory(parent=index, title="Afgeschermd")
    private.view_restrictions.create(restriction_type="password", password="geheim")

    assert listed_titles(client.get(index.url)) == ["Zichtbaar"]


def test_listing_paginates(client, index):
    for number in range(index.page_size + 2):
        LeidraadPageFactory(
            parent=index, published_date=datetime.date(2025, 1, 1) + datetime.timedelta(days=number)
        )

    first = client.get(index.url)
    second = client.get(index.url, {"pagina": 2})

    assert len(listed_titles(first)) == index.page_size
    assert len(listed_titles(second)) == 2
    assert text(parse(second).select_one('.pagination [aria-current="page"]')) == "Pagina 2 van 2"


def add_guides(index, count, themes, levels):
    for number in range(count):
        factory = LeidraadPageFactory if number % 2 else GeplandeLeidraadFactory
        guide = factory(parent=index)
        guide.themes.set(themes)
        guide.levels.set(levels)
        guide.save()


def count_queries(client, url, params):
    client.get(url, params)  # warm the site-root-paths cache, as in production
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries), [query["sql"] for query in queries]


@pytest.mark.parametrize("filtered", [False, True])
def test_listing_renders_in_the_same_few_queries_for_few_and_many_guides(client, index, filtered):
    themes = [ThemaFactory() for _ in range(3)]
    levels = [OnderwijsniveauFactory() for _ in range(2)]
    params = (
        {"thema": themes[0].slug, "niveau": levels, "status": "gepubliceerd"} if filtered else {}
    )
    params = {**params, "niveau": [level.slug for level in levels]} if filtered else params

    add_guides(index, 3, themes, levels)
    few, _ = count_queries(client, index.url, params)
    add_guides(index, 17, themes, levels)
    many, sql = count_queries(client, index.url, params)

    assert few == many <= QUERY_BUDGET, sql
