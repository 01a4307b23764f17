"""Realistic volume for benchmarks and query-budget tests: toolkit items, projects and updates.

Never part of the demo content: `manage.py generate_volume` adds it on top of the demo content,
which it needs for its index pages, themes and levels. The shell names no content app: each app
that adds pages has a `volume.py` with `KINDS`, a list of `PageKind` (what the pages are called,
their share, where they go and how one is written), found in INSTALLED_APPS order. Pages are added
in bulk (leerpunt_site/volume/bulk.py) and indexed for search in bulk; every run adds new pages
with fresh slugs.
"""

import datetime
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.search.backends import get_search_backends

from leerpunt_site.pagecache.cache import purge_all
from leerpunt_site.taxonomy.models import Onderwijsniveau, Thema

from . import words
from .bulk import bulk_add_children

BATCH_SIZE = 500  # pages per bulk insert: bounded memory and statement size
INDEX_CHUNK_SIZE = 500


class DemoContentMissing(Exception):
    """The volume is built on top of the demo content, which is not (fully) there."""


@dataclass(frozen=True)
class PageKind:
    """Pages a content app adds to the volume."""

    label: str  # plural, as the command reports it: "toolkitaanpakken"
    share: float  # of every run's pages
    parent_label: str  # what must exist first, for the message when it does not
    parents: Callable  # () -> the live pages the new ones go below, in turn
    build: Callable  # (Writer) -> one unsaved page, without slug


def page_kinds():
    """Every app's kinds from its volume.py, the largest share first (then INSTALLED_APPS order)."""
    kinds = []
    for app_config in apps.get_app_configs():
        try:
            module = import_module(f"{app_config.name}.volume")
        except ModuleNotFoundError as error:
            if error.name != f"{app_config.name}.volume":
                raise
            continue
        kinds += module.KINDS
    return sorted(kinds, key=lambda kind: -kind.share)


@dataclass
class Result:
    made: dict = field(default_factory=dict)  # label -> number of pages
    indexed: int = 0
    seconds: float = 0.0
    pages: list = field(default_factory=list, repr=False)


def counts(total, kinds):
    """How many pages of each kind: its share, rounded; the last kind takes what is left."""
    numbers = [round(total * kind.share) for kind in kinds[:-1]]
    return [*numbers, total - sum(numbers)]


def generate(count, *, index=True, seed=None):
    """Add `count` pages, divided over the apps' kinds by their shares; returns a Result."""
    started = time.monotonic()
    kinds = page_kinds()
    parents = {kind: kind.parents() for kind in kinds}
    themes, levels = (
        list(Thema.objects.order_by("pk")),
        list(Onderwijsniveau.objects.order_by("pk")),
    )
    missing = [kind.parent_label for kind in kinds if not parents[kind]]
    missing += [
        name for name, found in [("thema's", themes), ("onderwijsniveaus", levels)] if not found
    ]
    if missing:
        raise DemoContentMissing(
            f"De democontent ontbreekt ({', '.join(missing)}). "
            "Laad ze eerst met: manage.py load_demo_content"
        )
    writer = Writer(random.Random(seed), themes, levels)
    result = Result()
    with transaction.atomic():
        for kind, number in zip(kinds, counts(count, kinds), strict=True):
            for position in range(number):
                below = parents[kind][position % len(parents[kind])]
                writer.plan(below, kind.build)
            result.made[kind.label] = number
        result.pages = writer.save()
    if index:
        result.indexed = index_pages(result.pages)
    purge_all()  # bulk inserts send no publish signals: listings must show the new pages
    result.seconds = time.monotonic() - started
    return result


def index_pages(pages):
    """Add the pages to every search backend, a chunk at a time, as update_index would."""
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page.pk)
    for backend in get_search_backends():
        for model, pks in by_model.items():
            search_index = backend.get_index_for_model(model)
            for start in range(0, len(pks), INDEX_CHUNK_SIZE):
                chunk = pks[start : start + INDEX_CHUNK_SIZE]
                search_index.add_items(model, model.get_indexed_objects().filter(pk__in=chunk))
    return len(pages)


class Writer:
    """Builds unsaved pages with Dutch titles, texts, figures and dates, then saves them in bulk."""

    def __init__(self, rng, themes, levels):
        self.rng = rng
        self.themes = themes
        self.levels = levels
        self.today = timezone.localdate()
        self.found = {}  # what the apps' builders looked up once per run
        self.planned = {}  # parent -> unsaved pages
        self.taken_slugs = {}  # parent -> slugs of its children

    def plan(self, parent, build):
        if parent not in self.taken_slugs:
            self.taken_slugs[parent] = set(parent.get_children().values_list("slug", flat=True))
        page = build(self)
        page.slug = self.unique_slug(parent, page.title)
        self.planned.setdefault(parent, []).append(page)

    def save(self):
        saved = []
        for parent, pages in self.planned.items():
            for start in range(0, len(pages), BATCH_SIZE):
                saved += bulk_add_children(parent, pages[start : start + BATCH_SIZE])
        return saved

    def unique_slug(self, parent, title):
        base = slugify(title)[:70].rstrip("-")
        slug, number = base, 1
        while slug in self.taken_slugs[parent]:
            number += 1
            slug = f"{base}-{number}"
        self.taken_slugs[parent].add(slug)
        return slug

    def once(self, name, lookup):
        """A value a builder needs for every page (the organisations, say), looked up once."""
        if name not in self.found:
            self.found[name] = lookup()
        return self.found[name]

    # Words

    def approach(self):
        return (
            f"{self.rng.choice(words.APPROACH_ADJECTIVES)} {self.rng.choice(words.APPROACH_NOUNS)}"
        )

    def phrase_values(self):
        return {
            "approach": self.approach().lower(),
            "context": self.rng.choice(words.CONTEXTS),
            "activity": self.rng.choice(words.PROJECT_ACTIVITIES),
        }

    def sentences(self, count):
        values = self.phrase_values()
        chosen = self.rng.sample(words.SENTENCES, count)
        return " ".join(sentence.format(**values) for sentence in chosen)

    def paragraphs(self, count):
        return "".join(f"<p>{self.sentences(3)}</p>" for _ in range(count))

    def past_date(self, years=4):
        return self.today - datetime.timedelta(days=self.rng.randrange(years * 365))

    def tags(self, choices, most):
        return self.rng.sample(choices, self.rng.randint(1, min(most, len(choices))))
