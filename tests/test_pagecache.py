"""The page cache: anonymous visitors get cached pages; editors, forms and previews never do."""

import logging

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from leerpunt_site.core.models import SiteSettings
from leerpunt_site.pagecache.cache import cached
from leerpunt_site.taxonomy.models import Thema

from .factories import StandardPageFactory, ThemaFactory
from .projecten.factories import OproepIndexPageFactory, OproepPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def test_anonymous_visitors_get_the_cached_page_without_queries(client, home):
    page = StandardPageFactory(parent=home, title="Privacy", slug="privacy")

    first = client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(page.url)

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert len(queries) == 0
    assert "public" in second["Cache-Control"] and "max-age=60" in second["Cache-Control"]


def test_logged_in_users_are_never_served_from_or_stored_in_the_cache(client, home):
    page = StandardPageFactory(parent=home, title="Privacy", slug="privacy")
    client.get(page.url)  # an anonymous visit fills the cache
    editor = get_user_model().objects.create_user("redacteur", password="x" * 16)
    client.force_login(editor)

    response = client.get(page.url)

    assert "X-Page-Cache" not in response
    client.logout()
    assert client.get(page.url)["X-Page-Cache"] == "hit"  # the editor's view was not stored


def test_publishing_a_change_purges_the_cache(client, home):
    page = StandardPageFactory(parent=home, title="Privacy", slug="privacy", intro="Oude tekst.")
    client.get(page.url)

    page.intro = "Nieuwe tekst."
    page.save_revision().publish()
    response = client.get(page.url)

    assert response["X-Page-Cache"] == "miss"
    assert "Nieuwe tekst." in response.content.decode()


def test_unpublishing_and_deleting_purge_the_cache(client, home):
    page = StandardPageFactory(parent=home, title="Tijdelijk", slug="tijdelijk")
    other = StandardPageFactory(parent=home, title="Blijft", slug="blijft")
    client.get(other.url)

    page.unpublish()
    assert client.get(other.url)["X-Page-Cache"] == "miss"

    client.get(other.url)
    page.delete()
    assert client.get(other.url)["X-Page-Cache"] == "miss"


def test_changing_a_snippet_or_the_site_settings_purges_the_cache(client, home):
    theme = ThemaFactory(name="Feedback", slug="feedback")
    page = StandardPageFactory(parent=home, slug="privacy")
    client.get(page.url)

    Thema.objects.filter(pk=theme.pk).first().save()
    assert client.get(page.url)["X-Page-Cache"] == "miss"

    settings = SiteSettings.for_site(Site.objects.get())
    settings.email = "nieuw@leerpunt.be"
    settings.save()
    response = client.get(page.url)
    assert response["X-Page-Cache"] == "miss"
    assert "nieuw@leerpunt.be" in response.content.decode()


def test_a_theme_draft_keeps_the_cache_and_publishing_it_purges(client, home):
    # Theme texts have drafts: Wagtail publishes a revision rather than saving the form.
    theme = ThemaFactory(name="Feedback", slug="feedback")
    page = StandardPageFactory(parent=home, slug="privacy")
    client.get(page.url)

    theme.short_description = "Een concept."
    revision = theme.save_revision()
    assert client.get(page.url)["X-Page-Cache"] == "hit"  # nothing visitors see changed

    revision.publish()
    assert client.get(page.url)["X-Page-Cache"] == "miss"

    client.get(page.url)
    Thema.objects.get(pk=theme.pk).unpublish()
    assert client.get(page.url)["X-Page-Cache"] == "miss"


def test_pages_with_a_csrf_token_are_not_shared(client, home, rf):
    from django.middleware.csrf import get_token

    from leerpunt_site.pagecache.middleware import is_cacheable_response

    request = rf.get("/vraagpunt/")
    get_token(request)
    response = client.get(StandardPageFactory(parent=home).url)

    assert not is_cacheable_response(request, response)


def test_search_and_filtered_admin_urls_are_not_cached(client, home):
    assert "X-Page-Cache" not in client.get("/zoeken/", {"q": "feedback"})
    assert "X-Page-Cache" not in client.get("/admin/login/")


def test_a_page_cache_that_is_down_still_serves_pages(client, home, settings):
    page = StandardPageFactory(parent=home, slug="privacy", title="Privacy")
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        },
    }
    settings.PAGE_CACHE_ALIAS = "pages"

    response = client.get(page.url)

    assert response.status_code == 200
    assert "Privacy" in response.content.decode()


def test_moving_a_page_purges_the_cache(client, home):
    folder = StandardPageFactory(parent=home, title="Map", slug="map")
    page = StandardPageFactory(parent=home, title="Verhuisd", slug="verhuisd")
    client.get(folder.url)
    assert client.get(folder.url)["X-Page-Cache"] == "hit"

    page.move(folder, pos="last-child")

    assert client.get(folder.url)["X-Page-Cache"] == "miss"
    assert client.get("/map/verhuisd/").status_code == 200


def test_a_page_made_private_is_never_served_from_the_cache(client, home):
    page = StandardPageFactory(parent=home, slug="intern", intro="Alleen voor het team.")
    client.get(page.url)
    assert client.get(page.url)["X-Page-Cache"] == "hit"

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    for _ in range(2):
        response = client.get(page.url)
        assert response.status_code == 302  # to the log-in page
        assert "X-Page-Cache" not in response


def test_making_a_page_public_again_shows_it_at_once(client, home):
    page = StandardPageFactory(parent=home, slug="intern")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(page.url).status_code == 302

    restriction.delete()

    assert client.get(page.url).status_code == 200


def test_logged_in_responses_are_private(client, home):
    page = StandardPageFactory(parent=home, slug="privacy")
    client.force_login(get_user_model().objects.create_user("redacteur", password="x" * 16))

    response = client.get(page.url)

    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_a_bad_host_header_is_refused_without_a_cache_warning(client, home, settings, caplog):
    settings.ALLOWED_HOSTS = ["www.leerpunt.be"]
    caplog.set_level(logging.WARNING, logger="leerpunt_site.pagecache")

    response = client.get("/", HTTP_HOST="evil.example")

    assert response.status_code == 400
    assert not [record for record in caplog.records if record.name.startswith("leerpunt_site")]


def test_an_http404_from_a_fragment_reaches_the_caller_and_is_built_once(caplog):
    calls = []

    def build():
        calls.append(1)
        raise Http404

    with pytest.raises(Http404):
        cached("kennisagenda:hub:verzonnen", build)
    assert len(calls) == 1
    assert not caplog.records  # no false "cache niet bereikbaar"


def test_filter_choices_are_cached_under_a_stable_name(client, home):
    index = OproepIndexPageFactory(parent=home)
    OproepPageFactory(parent=index, themes=[ThemaFactory(slug="feedback", name="Feedback")])
    client.get(index.url)
    fragments = {key for key in cache._cache if ":fragment:" in key}  # noqa: SLF001

    with CaptureQueriesContext(connection) as queries:
        client.get(index.url)

    # The calls' status depends on today's date, which is part of the listing's SQL; the cached
    # choices are found again all the same, and no new fragment is stored.
    assert {key for key in cache._cache if ":fragment:" in key} == fragments  # noqa: SLF001
    assert not [q for q in queries.captured_queries if "taxonomy_thema" in q["sql"]]
