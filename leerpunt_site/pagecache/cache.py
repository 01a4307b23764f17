"""Whole rendered pages for anonymous visitors, in the shared cache (Redis in production).

Every cached page and fragment carries the site's *generation* in its key: a random token that
every purge replaces. Publishing, unpublishing, moving or deleting a page, a privacy change, or
saving a snippet, setting, image or document makes a new generation, so every cached page is
stale at once. Listings, hubs and menus show many pages, so purging one URL would not be enough;
a site this size re-renders its pages cheaply.

A purge cannot be lost. The token of record is a database row (`Generation`), written in the same
transaction as the change itself. The cache holds a copy that lives only
`PAGE_CACHE_GENERATION_SECONDS`: after the change commits the purge overwrites that copy, and when
it cannot (Redis down or hung) it waits until every older copy has expired, so once a purge has
returned no process serves a page of an older generation.
"""

import hashlib
import logging
import threading
import time

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.dispatch import receiver

from .breaker import FAILURES, breaker
from .models import Generation

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"

# Fragments are also kept in this process's memory, under the same generation in their key: the
# generation is read from the shared cache (or, with Redis cut off, the database) on every
# request, so a purge made in any process reaches these copies too, and an uncached page reads
# its fragments without a round trip to Redis.
process_cache = LocMemCache("pagecache-fragments", {"OPTIONS": {"MAX_ENTRIES": 500}})


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def cache_is_down():
    """True while the circuit breaker keeps this process away from an unreachable Redis."""
    return breaker.is_open()


# The generation read once per request: a page and its fragments are built from one generation,
# and a dozen fragments cost one cache read for it, not a dozen. Outside a request (management
# commands, the scheduler) nothing is remembered.
_request = threading.local()


@receiver(request_started)
def _remember_generation(**kwargs):
    _request.generation = None
    _request.active = True


@receiver(request_finished)
def _forget_generation(**kwargs):
    _request.generation = None
    _request.active = False


def generation():
    """The current generation: the cache's short-lived copy, else the database's token."""
    token = getattr(_request, "generation", None)
    if token is not None:
        return token
    cache = page_cache()
    token = cache.get(GENERATION_KEY)
    if token is None:
        token = Generation.current()
        # add, not set: a newer token a purge wrote meanwhile is never overwritten.
        cache.add(GENERATION_KEY, token, settings.PAGE_CACHE_GENERATION_SECONDS)
    return _remember(token)


def _remember(token):
    if getattr(_request, "active", False):
        _request.generation = token
    return token


def purge_all():
    """Make every cached page and fragment stale.

    Inside a transaction (an editor's publish) the new token is written and shown to the cache
    at once, so this transaction and a test see the purge; after the commit a second token
    replaces it, because another process may have rendered the not yet committed state under
    the first one.
    """
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        _purge_committed()
        return
    _publish(Generation.renew())
    if not any(callback is _purge_committed for _, callback, _ in connection.run_on_commit):
        transaction.on_commit(_purge_committed)


def _purge_committed():
    started = time.monotonic()
    token = Generation.renew()
    if not _publish(token):
        # Copies of older tokens expire PAGE_CACHE_GENERATION_SECONDS after they were made.
        seconds = settings.PAGE_CACHE_GENERATION_SECONDS
        logger.warning("Paginacache niet bereikbaar bij het leegmaken: %s s wachten", seconds)
        time.sleep(max(0.0, started + seconds - time.monotonic()))


def _publish(token):
    """Put the token in the cache; True when the cache now holds it."""
    _request.generation = None  # this request goes on with the new token
    cache = page_cache()
    try:
        cache.set(GENERATION_KEY, token, settings.PAGE_CACHE_GENERATION_SECONDS)
        return cache.get(GENERATION_KEY) == token
    except FAILURES:
        return False


def cached(name, build, timeout=None):
    """build() once per generation, for fragments that change only when the page cache is purged
    (navigation, breadcrumbs, filter choices, what the kennisagenda gathers).

    `name` identifies what is built and is the same on every request: a fixed name plus the
    primary keys it depends on, never text that changes per request. A fragment is looked up in
    this process first, then in the shared cache, and kept in both; with Redis cut off by the
    circuit breaker, in this process only (one query for the generation instead of the
    builder's). Whatever build() raises (an Http404) reaches the caller.
    """
    timeout = timeout or settings.PAGE_CACHE_SECONDS
    try:
        key = f"fragment:{_fragment_generation()}:{name}"
        value = process_cache.get(key)
        if value is None and not cache_is_down():
            value = page_cache().get(key)
            if value is not None:
                process_cache.set(key, value, timeout)
    except FAILURES as error:
        logger.warning("Cache niet bereikbaar voor %s: %s", name, error)
        return build()
    if value is None:
        value = build()
        process_cache.set(key, value, timeout)
        try:
            if not cache_is_down():
                page_cache().set(key, value, timeout)
        except FAILURES as error:
            logger.warning("Cache niet bereikbaar voor %s: %s", name, error)
    return value


def _fragment_generation():
    return Generation.current() if cache_is_down() else generation()


def page_key(request, host):
    url = f"{host}{request.get_full_path()}"
    digest = hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()
    return f"pagecache:{request.method}:{digest}"


def cached_page(key):
    """The page stored under `key` if it was rendered in the current generation, else None.

    A page is stored with its generation beside it rather than in its key, so that a hit, most
    of what this site answers, reads both in one round trip (`MGET`) instead of two.
    """
    values = page_cache().get_many([GENERATION_KEY, key])
    token = values.get(GENERATION_KEY)
    # The short-lived copy expired: generation() reads the database's token.
    token = generation() if token is None else _remember(token)
    stored = values.get(key)
    if stored is not None and stored[0] == token:
        return stored[1]
    return None


def store_page(key, response, timeout):
    """Keep the response under the generation this request began with: if a purge came in while
    it rendered, the page is never served."""
    page_cache().set(key, (generation(), response), timeout)
