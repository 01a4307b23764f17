"""The page cache: anonymous visitors get cached pages; editors, forms and previews never do."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from leerpunt_site.core.models import SiteSettings
from leerpunt_site.taxonomy.models import Thema

from .factories import StandardPageFactory, ThemaFactory

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
