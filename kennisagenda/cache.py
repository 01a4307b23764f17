"""The gathered content of the timeline and the hubs, cached until something that changes it happens.

Gathering costs a query per page type; the result only changes when a page is published,
unpublished, moved or deleted, a theme is edited or a view restriction changes. Each of those
starts a new cache generation. The timeout is a safety net (is_planned may depend on dates) and bounds how long other
processes with their own local-memory cache lag behind; a shared cache (Redis) removes that lag.
"""

import uuid

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from leerpunt_site.taxonomy.models import Thema

GENERATION_KEY = "kennisagenda:generation"
TIMEOUT = 5 * 60


def cached(name, compute):
    """compute() once per cache generation; `name` must identify what is computed."""
    generation = cache.get_or_set(GENERATION_KEY, lambda: uuid.uuid4().hex, None)
    key = f"kennisagenda:{generation}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value


def start_new_generation(**kwargs):
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def _on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page | Thema | PageViewRestriction):
        start_new_generation()


def connect_signals():
    page_published.connect(start_new_generation, dispatch_uid="kennisagenda-published")
    page_unpublished.connect(start_new_generation, dispatch_uid="kennisagenda-unpublished")
    post_page_move.connect(start_new_generation, dispatch_uid="kennisagenda-moved")
    post_delete.connect(_on_delete, dispatch_uid="kennisagenda-deleted")
    for model in (Thema, PageViewRestriction):
        post_save.connect(
            start_new_generation, sender=model, dispatch_uid=f"kennisagenda-{model.__name__}"
        )
