"""The site search's hits: pages and theme hubs, in the order of ranking.py, with a type filter.

Pages come from Wagtail's search index. The theme hubs (/kennisagenda/<thema>/) are routes of the
kennisagenda page, not pages: they are found through their theme (a `Thema` snippet in the search
index) and link to the hub. A guide's recommendations (…/aanbeveling-N/) are part of the guide's
index entry; the guide's result lists the recommendations whose title matches.
"""

import difflib
import hashlib
from dataclasses import dataclass
from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.template.loader import select_template
from django.utils.html import strip_tags
from wagtail.models import Page

from leerpunt_site.core.queries import live_and_public
from leerpunt_site.pagecache.cache import cached
from leerpunt_site.taxonomy.models import Thema

from .query import search_queryset, search_terms
from .ranking import THEME_HUB, Ranker

# The backend's best hits that are ranked again; enough for ten pages of results, and bounded so
# a query that matches thousands of pages costs the same as one that matches a hundred.
CANDIDATES = 200
THEME_CANDIDATES = 5
SUGGESTION_CUTOFF = 0.75  # difflib similarity a title word needs to be offered as "Bedoelde je"


@dataclass
class Hit:
    kind: str  # "app_label.model" of the page type, or THEME_HUB
    title: str
    score: float
    page_id: int | None = None
    url: str = ""
    description: str = ""
    page: Page | None = None  # the specific page, loaded for the hits shown

    @property
    def type_label(self):
        return type_label(self.kind)

    @property
    def detail_template(self):
        return detail_template(self.kind)

    @property
    def snippet(self):
        """Plain text to show below the title: what the page says about itself."""
        if self.page is None:
            return self.description
        for name in ("search_description", "summary", "intro"):
            if text := strip_tags(str(getattr(self.page, name, "") or "")).strip():
                return text
        return ""


@cache
def type_label(kind):
    if kind == THEME_HUB:
        return "thema"
    app_label, model = kind.split(".")
    return ContentType.objects.get_by_natural_key(app_label, model).model_class()._meta.verbose_name


def detail_template(kind):
    """The page type's own part of a result (figures, a status), or nothing special."""
    app_label, model = kind.split(".")
    return select_template(
        [f"search/results/{app_label}/{model}.html", "search/results/default.html"]
    )


def _candidates(text, operator):
    # Only what ranking needs; the hits shown are loaded whole by load_pages().
    pages = live_and_public(Page.objects.filter(depth__gt=1)).only("title", "content_type_id")
    return (
        list(search_queryset(pages, text, operator=operator)[:CANDIDATES]),
        list(search_queryset(Thema.objects.live(), text, operator=operator)[:THEME_CANDIDATES]),
    )


def find(text):
    """Every hit for `text`, best first: pages with all its words, or else with any of its
    meaningful words (a question typed as a sentence), ranked by ranking.py.

    Kept as a fragment of the generation per distinct query (its words, whatever the case and
    punctuation around them): the hits change only when the content does, and teachers search
    for the same few words. The hits hold titles, types, scores and ids, no page objects.
    """
    words = " ".join(search_terms(text))
    digest = hashlib.sha256(words.encode()).hexdigest()[:32]
    return cached(f"search:hits:{digest}", lambda: _find(text))


def _find(text):
    ranker = Ranker(text)
    pages, themes = _candidates(text, "and")
    if not pages and not themes and len(ranker.words) > 1:
        pages, themes = _candidates(" ".join(ranker.words), "or")
    hits = []
    for position, page in enumerate(pages):
        content_type = ContentType.objects.get_for_id(page.content_type_id)
        kind = f"{content_type.app_label}.{content_type.model}"
        score = ranker.score(page.title, kind, position, len(pages))
        hits.append(Hit(kind, page.title, score, page_id=page.pk))
    for position, theme in enumerate(themes):
        score = ranker.score(theme.name, THEME_HUB, position, len(themes))
        hits.append(
            Hit(THEME_HUB, theme.name, score, url=theme.url, description=theme.short_description)
        )
    hits.sort(key=lambda hit: (-hit.score, hit.title, hit.page_id or 0))
    return hits


def load_pages(hits):
    """Attach the specific page to the hits shown: one query per page type among them (a hit
    knows its type, so the pages are read as their own type at once)."""
    ids_by_kind = {}
    for hit in hits:
        if hit.page_id:
            ids_by_kind.setdefault(hit.kind, []).append(hit.page_id)
    pages = {}
    for kind, ids in ids_by_kind.items():
        model = ContentType.objects.get_by_natural_key(*kind.split(".")).model_class()
        pages.update(model.objects.in_bulk(ids))
    for hit in hits:
        if hit.page_id:
            hit.page = pages.get(hit.page_id)
    return hits


def type_counts(hits):
    """(kind, label, count) per type among the hits, the most frequent first."""
    counts = {}
    for hit in hits:
        counts[hit.kind] = counts.get(hit.kind, 0) + 1
    return [
        (kind, type_label(kind), count)
        for kind, count in sorted(counts.items(), key=lambda item: (-item[1], type_label(item[0])))
    ]


def _vocabulary():
    titles = list(live_and_public(Page.objects.filter(depth__gt=1)).values_list("title", flat=True))
    titles += list(Thema.objects.live().values_list("name", flat=True))
    return sorted({word for title in titles for word in search_terms(title) if len(word) > 3})


def suggestion(text):
    """A query built from title words close to the words of `text`, when one differs: a typo
    ("metacognitei") becomes the word of a title ("metacognitie"). None when nothing is close."""
    vocabulary = cached("search:vocabulary", _vocabulary)
    known = set(vocabulary)
    words, changed = [], False
    for term in search_terms(text):
        if term in known or len(term) <= 3:
            words.append(term)
            continue
        close = difflib.get_close_matches(term, vocabulary, n=1, cutoff=SUGGESTION_CUTOFF)
        words.append(close[0] if close else term)
        changed = changed or bool(close)
    return " ".join(words) if changed else None
