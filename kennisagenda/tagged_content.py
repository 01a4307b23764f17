"""Everything tagged with kennisagenda themes, gathered from every page type with TaggedPageMixin.

No list of page types lives here: a type joins the timeline and the theme hubs by inheriting the
mixin. Each function costs one query per page type (plus one for the listing pages on a hub),
however much content is tagged. Results are plain values, so they can be cached (see cache.py).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, Window
from django.utils.text import slugify
from wagtail.models import Page, get_page_models

from leerpunt_site.core.models import TaggedPageMixin
from leerpunt_site.core.queries import live_and_public
from leerpunt_site.pagecache.cache import cached


def tagged_page_models():
    """Every page type that can carry themes, in a stable order (by plural name)."""
    models = [model for model in get_page_models() if issubclass(model, TaggedPageMixin)]
    return sorted(models, key=lambda model: str(model._meta.verbose_name_plural))


@dataclass
class ContentItem:
    """What the kennisagenda shows of a tagged page."""

    title: str
    url: str
    summary: str
    is_planned: bool
    published_at: datetime

    @classmethod
    def from_page(cls, page, request):
        return cls(
            title=page.title,
            url=page.get_url(request),
            summary=getattr(page, "summary", "") or page.search_description,
            is_planned=page.is_planned,
            published_at=page.first_published_at,
        )


@dataclass
class ContentGroup:
    """The pages of one type on a theme: the newest few and how many there are in all."""

    label: str
    label_singular: str
    items: list
    total: int
    listing_url: str | None = None

    @property
    def count_label(self):
        """'1 update', '3 updates': the label that goes with the total."""
        return self.label_singular if self.total == 1 else self.label

    @property
    def anchor(self):
        return slugify(self.label)

    @property
    def has_more(self):
        return self.total > len(self.items)


def _newest_per_type(theme, limit):
    """(page type, its newest `limit` pages on the theme, their total count), for types with any."""
    for model in tagged_page_models():
        pages = list(
            live_and_public(model.objects)
            .filter(themes=theme)
            .annotate(total_on_theme=Window(Count("pk")))
            .order_by("-first_published_at", "-pk")[:limit]
        )
        if pages:
            yield model, pages, pages[0].total_on_theme


def content_groups(theme, limit, request):
    """A ContentGroup per page type with content on the theme, linking to its filtered listing."""
    found = list(_newest_per_type(theme, limit))
    listing_urls = _listing_urls([model for model, _pages, _total in found], request)
    query = urlencode({"thema": theme.slug})
    groups = []
    for model, pages, total in found:
        listing_url = listing_urls.get(model)
        groups.append(
            ContentGroup(
                label=str(model._meta.verbose_name_plural),
                label_singular=str(model._meta.verbose_name),
                items=[ContentItem.from_page(page, request) for page in pages],
                total=total,
                listing_url=f"{listing_url}?{query}" if listing_url else None,
            )
        )
    return groups


def newest_on_theme(theme, limit, request):
    """The `limit` most recently published pages on the theme, of every type (cached until the
    next purge: one query per tagged page type otherwise)."""

    def gather():
        pages = [page for _model, pages, _total in _newest_per_type(theme, limit) for page in pages]
        pages.sort(key=lambda page: (page.first_published_at, page.pk), reverse=True)
        return [ContentItem.from_page(page, request) for page in pages[:limit]]

    return cached(f"kennisagenda:newest:{theme.pk}:{limit}", gather)


def _listing_urls(models, request):
    """The URL of each type's listing page, in one query; left out unless exactly one is live."""
    listing_models = {model: model.listing_page_model() for model in models}
    wanted = {listing for listing in listing_models.values() if listing}
    if not wanted:
        return {}
    content_types = ContentType.objects.get_for_models(*wanted)  # cached after the first request
    live_pages = defaultdict(list)
    for page in Page.objects.live().filter(content_type__in=content_types.values()):
        live_pages[page.content_type_id].append(page)
    urls = {}
    for model, listing in listing_models.items():
        candidates = live_pages[content_types[listing].pk] if listing else []
        if len(candidates) == 1:
            urls[model] = candidates[0].get_url(request)
    return urls


@dataclass
class ThemeStatus:
    """How far a theme is: how many tagged pages are published and which are still planned."""

    theme: object
    published: int = 0
    planned: list = field(default_factory=list)


def theme_statuses(themes, request):
    """A ThemeStatus per theme, in the order given."""
    statuses = {theme.pk: ThemeStatus(theme) for theme in themes}
    for model in tagged_page_models():
        # One row per (page, theme) pair; is_planned may use any field, so load whole pages.
        tagged = (
            live_and_public(model.objects)
            .annotate(tagged_theme=F("themes"))
            .filter(tagged_theme__in=list(statuses))
            .order_by("-first_published_at", "-pk")
        )
        for page in tagged:
            status = statuses[page.tagged_theme]
            if page.is_planned:
                status.planned.append(ContentItem.from_page(page, request))
            else:
                status.published += 1
    return list(statuses.values())
