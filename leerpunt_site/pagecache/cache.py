"""Whole rendered pages for anonymous visitors, in the shared cache (Redis in production).

Every cached page carries the site's *generation* in its key. Publishing, unpublishing, moving or
deleting a page, or changing a snippet, setting, image or document, bumps the generation: every
cached page is then stale at once. Listings, hubs and menus show many pages, so purging one URL
would not be enough; a site this size re-renders its pages cheaply.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import caches

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"


def page_cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def generation():
    cache = page_cache()
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY, 1)
    return value


def purge_all():
    """Make every cached page stale. A cache that is down has nothing to purge."""
    cache = page_cache()
    try:
        cache.add(GENERATION_KEY, 1, timeout=None)
        cache.incr(GENERATION_KEY)
    except Exception:  # noqa: BLE001 - the cache being down must never break an editor's save
        logger.warning("Paginacache niet bereikbaar bij het leegmaken", exc_info=True)


def cached(name, build, timeout=None):
    """build() once per generation: for fragments that change only when the page cache is purged
    (navigation, breadcrumbs, filter choices, what the kennisagenda gathers). `name` must
    identify what is built. A cache that is down only costs the queries of build()."""
    try:
        key = f"fragment:{generation()}:{name}"
        value = page_cache().get(key)
        if value is None:
            value = build()
            page_cache().set(key, value, timeout or settings.PAGE_CACHE_SECONDS)
        return value
    except Exception:  # noqa: BLE001
        logger.warning("Cache niet bereikbaar voor %s", name, exc_info=True)
        return build()


def key_for(request):
    url = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()
    return f"pagecache:{generation()}:{request.method}:{digest}"
