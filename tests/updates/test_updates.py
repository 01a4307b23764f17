"""Updates: listing, theme filter, pagination, listing images, RSS feed, bad input and query budget."""

import datetime

import pytest
from defusedxml.ElementTree import fromstring
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.kennisagenda.factories import KennisagendaPageFactory

from .factories import ImageFactory, ThemaFactory, UpdateIndexPageFactory, UpdatePageFactory

pytestmark = pytest.mark.django_db

# The page cache is off in tests; the site shell comes from its warm fragment cache,
# as on a running site (docs/performance.md). Budget: 10 queries, fixed.
# Wagtail's own routing (2 queries per URL segment) and view-restriction checks (docs/performance.md).
INDEX_QUERY_BUDGET = 12
UPDATE_QUERY_BUDGET = 11


@pytest.fixture
def index(home):
    return UpdateIndexPageFactory(parent=home, intro="<p>Nieuws van Leerpunt.</p>")


def add_updates(index, count, **fields):
    start = datetime.date(2024, 1, 1)
    return [
        UpdatePageFactory(
            parent=index,
            title=f"Update {number}",
            slug=f"update-{number}",
            date=start + datetime.timedelta(days=number),
            **fields,
        )
        for number in range(count)
    ]


def titles(html):
    return [line.split(">")[1].split("<")[0] for line in html.split('class="card__title"><a')[1:]]


def test_updates_are_listed_newest_first_with_date_and_summary(client, index):
    UpdatePageFactory(parent=index, title="Oud nieuws", date=datetime.date(2024, 1, 5))
    UpdatePageFactory(parent=index, title="Vers nieuws", date=datetime.date(2025, 3, 1))
    UpdatePageFactory(parent=index, title="Concept", date=datetime.date(2025, 4, 1), live=False)

    html = client.get("/updates/").content.decode()

    assert titles(html) == ["Vers nieuws", "Oud nieuws"]
    assert '<time datetime="2025-03-01">1 maart 2025</time>' in html
    assert "Een korte samenvatting van het nieuws." in html
    assert "Concept" not in html


def test_updates_on_the_same_day_keep_a_stable_order(client, index):
    for number in range(3):
        UpdatePageFactory(
            parent=index, title=f"Zelfde dag {number}", date=datetime.date(2025, 1, 1)
        )

    first = titles(client.get("/updates/").content.decode())
    second = titles(client.get("/updates/").content.decode())

    assert first == second == ["Zelfde dag 2", "Zelfde dag 1", "Zelfde dag 0"]


def test_theme_filter_shows_only_updates_about_the_chosen_themes(client, index):
    feedback = ThemaFactory(name="Feedback", slug="feedback")
    huiswerk = ThemaFactory(name="Huiswerk", slug="huiswerk")
    ThemaFactory(name="Ongebruikt", slug="ongebruikt")
    UpdatePageFactory(parent=index, title="Over feedback", themes=[feedback])
    UpdatePageFactory(parent=index, title="Over huiswerk", themes=[huiswerk])
    UpdatePageFactory(parent=index, title="Over beide", themes=[feedback, huiswerk])
    UpdatePageFactory(parent=index, title="Zonder thema")

    response = client.get("/updates/", {"thema": "feedback"})
    html = response.content.decode()

    assert sorted(titles(html)) == ["Over beide", "Over feedback"]
    assert 'value="feedback" id="id_thema_0" checked>' in html
    assert 'value="huiswerk" id="id_thema_1">' in html
    assert "Ongebruikt" not in html  # only themes that have updates are offered
    assert response.context["robots"] == "noindex, follow"

    both = client.get("/updates/?thema=feedback&thema=huiswerk").content.decode()
    assert sorted(titles(both)) == ["Over beide", "Over feedback", "Over huiswerk"]


def test_unfiltered_listing_is_indexable(client, index):
    response = client.get("/updates/")

    assert "robots" not in response.context or not response.context["robots"]
    assert '<meta name="robots"' not in response.content.decode()


def test_unknown_theme_slugs_are_ignored_and_known_ones_still_apply(client, index):
    feedback = ThemaFactory(name="Feedback", slug="feedback")
    UpdatePageFactory(parent=index, title="Over feedback", themes=[feedback])
    UpdatePageFactory(parent=index, title="Iets anders")

    html = client.get("/updates/?thema=bestaat-niet&thema=feedback").content.decode()
    only_unknown = client.get("/updates/?thema=bestaat-niet").content.decode()

    assert titles(html) == ["Over feedback"]
    assert sorted(titles(only_unknown)) == ["Iets anders", "Over feedback"]


def test_pagination_shows_twelve_per_page_and_keeps_the_filter(client, index):
    feedback = ThemaFactory(name="Feedback", slug="feedback")
    add_updates(index, 14, themes=[feedback])

    first = client.get("/updates/?thema=feedback").content.decode()
    second = client.get("/updates/?thema=feedback&pagina=2").content.decode()

    assert len(titles(first)) == 12
    assert titles(second) == ["Update 1", "Update 0"]
    assert "Pagina 2 van 2" in second
    assert 'href="?thema=feedback&amp;pagina=2"' in first


@pytest.mark.parametrize(
    "query",
    [
        "?pagina=abc",
        "?pagina=-1",
        "?pagina=99999999999999999999",
        "?pagina=0",
        "?pagina=1&pagina=2",
        "?thema=%00",
        "?thema=" + "x" * 5000,
        "?thema[]=feedback",
        "?onbekend=1",
        "?pagina=%ff%fe",
    ],
)
def test_bad_query_parameters_give_a_normal_page(client, index, query):
    add_updates(index, 3)

    response = client.get("/updates/" + query)

    assert response.status_code == 200
    assert len(titles(response.content.decode())) == 3


def test_listing_image_is_a_lazy_picture_with_avif_webp_size_and_alt_text(client, index):
    image = ImageFactory()
    UpdatePageFactory(parent=index, title="Met beeld", listing_image=image)
    UpdatePageFactory(parent=index, title="Zonder beeld")

    html = client.get("/updates/").content.decode()

    assert html.count("<picture>") == 1
    assert 'type="image/avif"' in html and 'type="image/webp"' in html
    assert 'loading="lazy"' in html
    assert 'height="225"' in html and 'width="400"' in html
    assert 'alt="Drie leraren bespreken feedback aan een tafel."' in html


def test_update_page_shows_date_body_image_themes_and_the_feed_link(client, home, index):
    KennisagendaPageFactory(parent=home)  # a theme links to its hub below the kennisagenda
    feedback = ThemaFactory(name="Feedback", slug="feedback")
    update = UpdatePageFactory(
        parent=index,
        title="Nieuwe leidraad",
        date=datetime.date(2025, 2, 26),
        body="<p>De volledige tekst.</p>",
        listing_image=ImageFactory(),
        themes=[feedback],
    )

    html = client.get(update.url).content.decode()

    assert "<h1>Nieuwe leidraad</h1>" in html
    assert "26 februari 2025" in html
    assert "De volledige tekst." in html
    assert "<picture>" in html
    assert 'href="/kennisagenda/feedback/"' in html
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/updates/feed/"' in html


def test_rss_feed_is_valid_rss_with_the_newest_updates(client, index):
    add_updates(index, 25)
    UpdatePageFactory(parent=index, title="Concept", live=False)

    response = client.get("/updates/feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert channel.findtext("language") == "nl-BE"
    assert channel.findtext("link") == "http://localhost/updates/"
    assert len(items) == 20
    assert items[0].findtext("title") == "Update 24"
    assert items[0].findtext("link") == "http://localhost/updates/update-24/"
    assert items[0].findtext("description") == "Een korte samenvatting van het nieuws."
    assert items[0].findtext("pubDate").startswith("Thu, 25 Jan 2024 00:00:00 +0100")
    assert "Concept" not in response.content.decode()


def test_rss_feed_follows_the_theme_filter(client, index):
    feedback = ThemaFactory(name="Feedback", slug="feedback")
    UpdatePageFactory(parent=index, title="Over feedback", themes=[feedback])
    UpdatePageFactory(parent=index, title="Iets anders")

    root = fromstring(client.get("/updates/feed/?thema=feedback").content)

    assert [item.findtext("title") for item in root.iter("item")] == ["Over feedback"]


def test_listing_links_its_feed_for_feed_readers_and_people(client, index):
    html = client.get("/updates/").content.decode()

    assert (
        '<link rel="alternate" type="application/rss+xml" title="Leerpunt: updates (RSS)" href="/updates/feed/">'
        in html
    )
    assert "Volg de updates via RSS" in html


def query_count(client, url):
    client.get(url)  # warm-up: site root paths, renditions
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), [query["sql"] for query in queries]


@pytest.mark.parametrize("url", ["/updates/", "/updates/?thema=feedback"])
def test_index_query_count_is_fixed_and_within_budget(client, index, url):
    feedback = ThemaFactory(name="Feedback", slug="feedback")
    images = [ImageFactory() for _ in range(3)]  # a few images keep rendition rendering quick
    for number in range(3):
        UpdatePageFactory(parent=index, themes=[feedback], listing_image=images[number])
    few, _ = query_count(client, url)

    for number in range(3, 40):
        UpdatePageFactory(parent=index, themes=[feedback], listing_image=images[number % 3])
    many, sql = query_count(client, url)

    assert few == many, sql
    assert many <= INDEX_QUERY_BUDGET, sql


def test_update_page_query_count_is_within_budget(client, index):
    themes = [ThemaFactory(slug=f"thema-{number}") for number in range(5)]
    update = UpdatePageFactory(parent=index, listing_image=ImageFactory(), themes=themes)

    count, sql = query_count(client, update.url)

    assert count <= UPDATE_QUERY_BUDGET, sql
