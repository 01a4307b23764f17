"""The order of the site search: title first, then the kind of page, then the backend's relevance.

The database backends rank by term frequency, which puts a call for proposals that mentions
"metacognitie" five times above the toolkit item of that name. Teachers look for an approach or a
guide by its name, so the final order is computed here, the same on SQLite and PostgreSQL:

    score = TITLE_WEIGHT * title match  +  type weight  +  RELEVANCE_WEIGHT * backend relevance

with title match, type weight and backend relevance between 0 and 1. A title that holds the query
comes before a page that only mentions it; among equal titles a toolkit item comes before a guide,
a theme hub, a call and news; the backend's relevance orders what is left (pages of one type, with
equal titles). It is the position in the backend's own order (1 for its first hit), which makes
SQLite's bm25 and PostgreSQL's ts_rank comparable.
"""

import unicodedata
from functools import cache, lru_cache

from django.apps import apps

from .query import content_words, search_terms
from .synonyms import synonyms_for

TITLE_WEIGHT = 3
RELEVANCE_WEIGHT = 0.15
SYNONYM_FACTOR = (
    0.7  # a title with a synonym of the query counts a little less than the query itself
)
# A theme hit links to its hub on the kennisagenda; its kind is the theme's own model.
THEME_HUB = "taxonomy.thema"

# What a teacher comes for first: approaches (1.0) and guides (0.9), then the theme hubs (0.8),
# then what gathers them (0.7 to 0.6), calls, projects and research (0.5), other pages (0.4), news
# and events last (0.3). Each page type says its weight as `search_weight`: the search app names
# no content app.
THEME_HUB_WEIGHT = 0.8
DEFAULT_TYPE_WEIGHT = 0.4


@cache
def type_weight(kind):
    """The `search_weight` of the page type "app_label.model", THEME_HUB's, or the default."""
    if kind == THEME_HUB:
        return THEME_HUB_WEIGHT
    try:
        model = apps.get_model(kind)
    except (LookupError, ValueError):
        return DEFAULT_TYPE_WEIGHT
    return getattr(model, "search_weight", DEFAULT_TYPE_WEIGHT)


@lru_cache(maxsize=20_000)  # a search compares each word of 200 titles with the query's
def fold(word):
    """Lower case without accents, so "cooperatief" matches "Coöperatief"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def same_word(query_word, word):
    """True for the same word or a Dutch inflection of it: leerling, leerlingen; kleuter, kleuters."""
    a, b = fold(query_word), fold(word)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 3


def _title_match(query_words, title_words):
    """0 to 1: how much of the query the title holds, a little more when the title is just that."""
    if not query_words or not title_words:
        return 0.0
    found = [any(same_word(q, t) for t in title_words) for q in query_words]
    share = sum(found) / len(query_words)
    if not share:
        return 0.0
    covered = sum(any(same_word(q, t) for q in query_words) for t in title_words)
    # A title that is only the query gets a small bonus: small enough that the page type still
    # decides between "Feedback" (a theme) and "Feedback geven aan leerlingen" (an approach).
    score = share * (0.75 + 0.05 * covered / len(title_words))
    if len(query_words) > 1 and all(found) and _in_sequence(query_words, title_words):
        score += 0.05  # the words as a phrase
    return min(score, 1.0)


def _in_sequence(query_words, title_words):
    size = len(query_words)
    return any(
        all(same_word(q, t) for q, t in zip(query_words, title_words[i : i + size], strict=True))
        for i in range(len(title_words) - size + 1)
    )


class Ranker:
    """Scores the backend's hits for one query."""

    def __init__(self, text):
        terms = search_terms(text)
        self.words = content_words(terms)
        self.alternatives = [content_words(alt.split()) for alt in synonyms_for(terms)]

    def title_match(self, title):
        title_words = content_words(search_terms(title))
        best = _title_match(self.words, title_words)
        for alternative in self.alternatives:
            best = max(best, SYNONYM_FACTOR * _title_match(alternative, title_words))
        return best

    def score(self, title, kind, position, count):
        """`position` is the hit's place (0 first) in the backend's order of `count` hits."""
        relevance = 1 - position / count if count else 0
        return (
            TITLE_WEIGHT * self.title_match(title)
            + type_weight(kind)
            + RELEVANCE_WEIGHT * relevance
        )

    def matches(self, word):
        """Whether a word of a text is one of the query's words (for highlighting). Remembered
        per word: the snippets of one page of results repeat most of their words."""
        known = self.__dict__.setdefault("_matches", {})
        if word not in known:
            known[word] = any(same_word(query_word, word) for query_word in self.words) or any(
                same_word(query_word, word) for alt in self.alternatives for query_word in alt
            )
        return known[word]
