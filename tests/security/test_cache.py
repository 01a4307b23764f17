"""With the shared cache down, pages are still served."""

import pytest
from django.core.cache import caches

from leerpunt_site.settings.backing_services import cache_from_url

from .site import build_site

pytestmark = pytest.mark.django_db

# Nothing listens on port 1 of the loopback address: every connection is refused at once.
DEAD_REDIS = cache_from_url("redis://127.0.0.1:1/0")


@pytest.fixture
def dead_cache(settings):
    settings.CACHES = DEAD_REDIS
    yield caches["default"]
    caches["default"].close()


def test_a_dead_redis_reads_as_empty_and_swallows_writes(dead_cache):
    assert dead_cache.get("sleutel", "standaard") == "standaard"
    assert dead_cache.get_or_set("sleutel", 42) == 42
    assert dead_cache.get_many(["a", "b"]) == {}
    assert not dead_cache.add("sleutel", 1)
    dead_cache.set("sleutel", 1)
    dead_cache.delete("sleutel")
    dead_cache.clear()


def test_pages_render_while_the_cache_is_down(client, dead_cache):
    build_site()

    for url in ["/", "/updates/", "/updates/nieuws-1/", "/zoeken/?q=nieuws", "/sitemap.xml"]:
        assert client.get(url).status_code == 200, url
