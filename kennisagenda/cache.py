"""The gathered content of the timeline and the hubs, cached per page-cache generation.

Gathering costs a query per tagged page type. What it finds only changes when the page cache is
purged (a page published, unpublished, moved or deleted, a theme edited: see
leerpunt_site/pagecache/signals.py), so the key carries the page cache's generation and needs no
invalidation of its own. It keeps the renders the page cache does not serve (editors, new query
strings, the page cache switched off) at the shell's cost. The timeout is a safety net:
is_planned may depend on dates.
"""

import logging

from leerpunt_site.pagecache.cache import generation, page_cache

logger = logging.getLogger(__name__)

TIMEOUT = 5 * 60


def cached(name, compute):
    """compute() once per generation; `name` must identify what is computed."""
    try:
        cache = page_cache()
        key = f"kennisagenda:{generation()}:{name}"
        value = cache.get(key)
    except Exception:  # noqa: BLE001 - a cache that is down must not break the page
        logger.warning("Cache niet bereikbaar voor de kennisagenda", exc_info=True)
        return compute()
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value
