"""A cache of one process cannot serve a site that runs in several.

A purge changes the cache of the process it happens in. With a per-process cache (LocMemCache)
every other gunicorn worker, and the scheduler that publishes scheduled pages, keeps its own
copies: they would serve unpublished or newly private pages until the entries expire.
`SITE_PROCESSES` says how many processes serve or publish the site (production.py derives it
from WEB_CONCURRENCY); `manage.py check`, `migrate` and `check --deploy` then fail.
"""

from django.conf import settings
from django.core.checks import Error, register

PROCESS_LOCAL_BACKENDS = {"django.core.cache.backends.locmem.LocMemCache"}


@register("caches")
def shared_cache_for_several_processes(app_configs=None, **kwargs):
    backend = settings.CACHES[settings.PAGE_CACHE_ALIAS]["BACKEND"]
    if backend not in PROCESS_LOCAL_BACKENDS or settings.SITE_PROCESSES <= 1:
        return []
    return [
        Error(
            f"The page cache is kept in each process's own memory ({backend}), but "
            f"{settings.SITE_PROCESSES} processes serve or publish this site. A publish, "
            "unpublish or privacy change would reach only the process it happens in; the others "
            "would keep serving the old page.",
            hint="Set CACHE_URL to a shared cache: redis://HOST:6379/0 (or file:///FOLDER when "
            "every process, the scheduler included, shares that folder). See docs/deployment.md.",
            id="pagecache.E001",
        )
    ]
