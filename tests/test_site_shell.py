"""The site shell: home, standard pages, navigation, errors, sitemap, robots, health."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.views.defaults import server_error
from wagtail.models import Site

from leerpunt_site.core.models import HeaderLink, SiteSettings
from tests.html import headings, links, parse

from .factories import StandardPageFactory, UpdateIndexPageFactory, UpdatePageFactory

pytestmark = pytest.mark.django_db

HOME_QUERY_BUDGET = 10


def test_home_page_is_dutch_and_shows_hero_navigation_and_updates(client, home):
    about = StandardPageFactory(parent=home, title="Over Leerpunt", slug="over-leerpunt")
    settings = SiteSettings.for_site(Site.objects.get())
    HeaderLink.objects.create(settings=settings, page=about, sort_order=0)
    updates = UpdateIndexPageFactory(parent=home)
    UpdatePageFactory(parent=updates, title="Nieuwe leidraad over feedback")

    response = client.get("/")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl-BE">' in html
    assert "Onderzoek dat werkt in de klas" in html
    assert 'href="/over-leerpunt/"' in html
    assert "Nieuwe leidraad over feedback" in html
    assert 'href="#main-content"' in html and 'id="main-content"' in html


def test_home_page_query_count_does_not_grow_with_links_and_updates(client, home):
    settings = SiteSettings.for_site(Site.objects.get())
    updates = UpdateIndexPageFactory(parent=home)
    for number in range(8):
        page = StandardPageFactory(parent=home)
        HeaderLink.objects.create(settings=settings, page=page, sort_order=number)
        UpdatePageFactory(parent=updates)
    client.get("/")  # warm the site-root-paths cache, as in production

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")

    assert response.status_code == 200
    assert len(queries) <= HOME_QUERY_BUDGET, [q["sql"] for q in queries]


def test_standard_page_renders_every_block_with_its_meta_tags(client, home):
    page = StandardPageFactory(
        parent=home,
        title="Kwaliteitscriteria",
        slug="kwaliteitscriteria",
        search_description="Hoe Leerpunt kwaliteit bewaakt.",
        body=[
            ("heading", {"text": "Betrouwbaarheid", "level": "h2"}),
            ("paragraph", "<p>Een <b>betrouwbare</b> bron.</p>"),
            ("quote", {"text": "Kennis die werkt.", "attribution": "Leerpunt"}),
            (
                "table",
                {
                    "data": [
                        ["Criterium", "Vraag"],
                        ["Bruikbaarheid", "Kan een leraar ermee aan de slag?"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "De vier criteria",
                },
            ),
        ],
    )

    html = client.get(page.url).content.decode()

    assert '<h2 id="betrouwbaarheid">Betrouwbaarheid</h2>' in html
    assert "<b>betrouwbare</b>" in html
    assert "Kennis die werkt." in html
    assert "<caption>De vier criteria</caption>" in html
    assert '<th scope="col"' in html
    assert '<meta name="description" content="Hoe Leerpunt kwaliteit bewaakt.">' in html
    assert '<link rel="canonical" href="http://localhost/kwaliteitscriteria/">' in html
    assert 'aria-label="Kruimelpad"' in html


def test_unknown_url_gives_the_dutch_404_with_the_navigation_sections(client, home):
    about = StandardPageFactory(parent=home, title="Over Leerpunt", slug="over-leerpunt")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    HeaderLink.objects.create(settings=settings, page=about, sort_order=0)

    response = client.get("/bestaat-niet/")

    assert response.status_code == 404
    page = parse(response)
    assert headings(page, "main h1") == ["Deze pagina bestaat niet (meer)"]
    assert links(page, "main a") == {"homepage": "/", "Over Leerpunt": "/over-leerpunt/"}


@pytest.mark.django_db(databases=[])
def test_500_page_renders_without_the_database():
    # No database access is allowed in this test: any query would raise.
    response = server_error(RequestFactory().get("/"))

    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()


def test_sitemap_lists_live_pages_and_not_drafts(client, home):
    live = StandardPageFactory(parent=home, slug="privacy", title="Privacy")
    draft = StandardPageFactory(parent=home, slug="concept", title="Concept", live=False)

    xml = client.get("/sitemap.xml").content.decode()

    assert f"http://localhost{live.url}" in xml
    assert draft.slug not in xml


def test_robots_txt_points_to_the_sitemap(client, home):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_healthz_reports_the_database(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_routing_follows_a_renamed_page_at_once(client, home):
    page = StandardPageFactory(parent=home, title="Privacy", slug="privacy")
    assert client.get("/privacy/").status_code == 200  # fills the cached map of home's children

    page.slug = "privacyverklaring"
    page.save_revision().publish()

    assert client.get("/privacy/").status_code == 404
    assert client.get("/privacyverklaring/").status_code == 200
