"""Realistic volume for benchmarks and query-budget tests: toolkit items, projects and updates.

Never part of the demo content: `manage.py generate_volume` adds it on top of the demo content,
which it needs for its toolkits, index pages, themes, levels, organisations and calls. Pages are
added in bulk (leerpunt_site/volume/bulk.py) and indexed for search in bulk; every run adds new
pages with fresh slugs.
"""

import datetime
import random
import time
from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.search.backends import get_search_backends

from leerpunt_site.pagecache.cache import purge_all
from leerpunt_site.taxonomy.models import Onderwijsniveau, Thema
from leerpunt_site.updates.models import UpdateIndexPage, UpdatePage
from projecten.models import OproepPage, Organisatie, ProjectIndexPage, ProjectPage
from toolkit.figures import Bewijskracht, Kost
from toolkit.models import SECTION_FIELDS, ToolkitItemPage, ToolkitPage

from . import words
from .bulk import bulk_add_children

# Of every 10 pages: 4 toolkit items, 3 projects, 3 updates.
SHARES = {"toolkit_items": 0.4, "projects": 0.3}
BATCH_SIZE = 500  # pages per bulk insert: bounded memory and statement size
INDEX_CHUNK_SIZE = 500


class DemoContentMissing(Exception):
    """The volume is built on top of the demo content, which is not (fully) there."""


@dataclass
class Result:
    toolkit_items: int = 0
    projects: int = 0
    updates: int = 0
    indexed: int = 0
    seconds: float = 0.0
    pages: list = field(default_factory=list, repr=False)


@dataclass
class Anchors:
    """What the generated pages hang below and are tagged with, from the demo content."""

    toolkits: list
    project_index: ProjectIndexPage
    update_index: UpdateIndexPage
    themes: list
    levels: list
    organisations: list
    calls: list
    images: list  # the update images of the demo content, reused on a third of the updates

    @classmethod
    def find(cls):
        anchors = cls(
            toolkits=list(ToolkitPage.objects.live().order_by("path")),
            project_index=ProjectIndexPage.objects.live().first(),
            update_index=UpdateIndexPage.objects.live().first(),
            themes=list(Thema.objects.order_by("pk")),
            levels=list(Onderwijsniveau.objects.order_by("pk")),
            organisations=list(Organisatie.objects.order_by("pk")),
            calls=list(OproepPage.objects.live().order_by("pk")),
            images=list(
                get_image_model()
                .objects.filter(pk__in=UpdatePage.objects.values("listing_image"))
                .order_by("pk")
            ),
        )
        missing = [
            name
            for name, present in [
                ("toolkits", anchors.toolkits),
                ("projectenoverzicht", anchors.project_index),
                ("updatesoverzicht", anchors.update_index),
                ("thema's", anchors.themes),
                ("onderwijsniveaus", anchors.levels),
            ]
            if not present
        ]
        if missing:
            raise DemoContentMissing(
                f"De democontent ontbreekt ({', '.join(missing)}). "
                "Laad ze eerst met: manage.py load_demo_content"
            )
        return anchors


def generate(count, *, index=True, seed=None):
    """Add `count` pages (40 % toolkit items, 30 % projects, 30 % updates); returns a Result."""
    started = time.monotonic()
    anchors = Anchors.find()
    toolkit_count = round(count * SHARES["toolkit_items"])
    project_count = round(count * SHARES["projects"])
    writer = Writer(random.Random(seed), anchors)
    with transaction.atomic():
        for position in range(toolkit_count):
            writer.plan(anchors.toolkits[position % len(anchors.toolkits)], writer.toolkit_item)
        for _ in range(project_count):
            writer.plan(anchors.project_index, writer.project)
        for _ in range(count - toolkit_count - project_count):
            writer.plan(anchors.update_index, writer.update)
        pages = writer.save()
    made = Counter(type(page) for page in pages)
    result = Result(
        toolkit_items=made[ToolkitItemPage],
        projects=made[ProjectPage],
        updates=made[UpdatePage],
        pages=pages,
    )
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

    def __init__(self, rng, anchors):
        self.rng = rng
        self.anchors = anchors
        self.today = timezone.localdate()
        self.planned = {}  # parent -> unsaved pages
        self.taken_slugs = {}  # parent -> slugs of its children

    def plan(self, parent, build):
        if parent not in self.taken_slugs:
            self.taken_slugs[parent] = set(parent.get_children().values_list("slug", flat=True))
        page = build()
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

    # Pages

    def toolkit_item(self):
        evidence = self.rng.choice(Bewijskracht.values)
        # No impact without evidence (ToolkitItemPage.clean); otherwise mostly known.
        impact = None
        if evidence != Bewijskracht.ONVOLDOENDE and self.rng.random() < 0.9:
            impact = self.rng.randint(-2, 9)
        approach = self.approach()
        context = self.rng.choice(words.CONTEXTS)
        return ToolkitItemPage(
            title=f"{approach} {context}",
            summary=self.sentences(2),
            impact_months=impact,
            cost=self.rng.choice(Kost.values) if self.rng.random() < 0.95 else None,
            evidence=evidence,
            last_reviewed=self.past_date(3),
            themes=self.tags(self.anchors.themes, 2),
            levels=self.tags(self.anchors.levels, 2),
            **{name: self.paragraphs(2) for name in SECTION_FIELDS},
        )

    def project(self):
        values = self.phrase_values()
        start = self.past_date(5)
        call = self.rng.choice(self.anchors.calls) if self.anchors.calls else None
        return ProjectPage(
            title=f"{self.rng.choice(words.PROJECT_NAMES)}: {values['activity']} {values['context']}",
            summary=self.sentences(2),
            body=self.paragraphs(3),
            project_type=self.rng.choice(ProjectPage.Soort.values),
            status=self.rng.choice(ProjectPage.Status.values),
            start_date=start,
            end_date=start + datetime.timedelta(days=self.rng.choice([365, 730, 1095])),
            applicant=self.rng.choice(self.anchors.organisations)
            if self.anchors.organisations
            else None,
            call=call,
            round=self.rng.randint(1, 3) if call else None,
            schools_count=self.rng.randint(3, 60),
            schools_kind=self.rng.choice(words.SCHOOL_KINDS),
            themes=self.tags(self.anchors.themes, 3),
            levels=self.tags(self.anchors.levels, 2),
        )

    def update(self):
        title = self.rng.choice(words.UPDATE_TITLES).format(**self.phrase_values())
        images = self.anchors.images
        return UpdatePage(
            title=title[0].upper() + title[1:],
            date=self.past_date(),
            summary=self.sentences(2),
            body=self.paragraphs(2),
            listing_image=self.rng.choice(images) if images and self.rng.random() < 1 / 3 else None,
            themes=self.tags(self.anchors.themes, 2),
        )
