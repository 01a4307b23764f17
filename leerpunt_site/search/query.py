"""From what a visitor types to a query the search backend accepts: one function for every search box.

Each backend parses a query language of its own: SQLite FTS5 fails on an unbalanced quote, a
stray `NOT` or a `:`; PostgreSQL's `to_tsquery` on a lone `&` or `!`. Instead of escaping each
language, the text is reduced to its words (runs of letters and digits) and handed to Wagtail as
query objects, which the backend in use compiles itself. Nothing a visitor types reaches a parser
as syntax, so quotes, brackets, operators, NUL bytes and very long input all become plain words.
"""

import re

from wagtail.search.backends import get_search_backend
from wagtail.search.query import Or, PlainText

from .synonyms import synonyms_for

# Enough for any question a teacher types; bounds the work a 1,000-character query can cause.
MAX_TERMS = 10
MAX_TERM_LENGTH = 40
# Letters and digits in any script; everything else (punctuation, operators, `_`, emoji) separates words.
WORD = re.compile(r"[^\W_]+")
# Words that say nothing about what a page is about. PostgreSQL's Dutch configuration drops its own
# stop words; SQLite has none, so a typed question ("hoe geef ik feedback") would need "hoe" and
# "ik" on the page. Left out of the query unless the query holds nothing else.
STOPWORDS = frozenset(
    "de het een en of in op aan van voor met om te bij naar over uit tot als dat die dit hoe wat "
    "je jij ik we wij ze zij mijn ons onze is zijn ben bent was er niet geen".split()
)


def search_terms(text):
    """The words of `text`, lower case, at most MAX_TERMS of at most MAX_TERM_LENGTH characters."""
    return [word[:MAX_TERM_LENGTH] for word in WORD.findall(str(text).lower())][:MAX_TERMS]


def content_words(words):
    """The words that carry meaning, each once; all of them when every one is a stop word."""
    meaningful = [word for word in words if word not in STOPWORDS]
    return list(dict.fromkeys(meaningful or words))


def build_query(text, operator="and", synonyms=True):
    """A Wagtail query for `text` (None when it has no words): its words, or a Dutch synonym of it."""
    terms = content_words(search_terms(text))
    if not terms:
        return None
    query = PlainText(" ".join(terms), operator=operator)
    alternatives = [PlainText(synonym) for synonym in synonyms_for(terms)] if synonyms else []
    return Or([query, *alternatives]) if alternatives else query


def search_queryset(queryset, text, *, operator="and", synonyms=True, **kwargs):
    """Search `queryset` for what a visitor typed, whatever it is: never a backend syntax error.

    `queryset` is any queryset of an indexed model (pages, snippets). Returns the backend's search
    results (keyword arguments go to the backend's `search()`, e.g. `order_by_relevance=False`),
    or an empty queryset when the text holds no word to search for.
    """
    query = build_query(text, operator=operator, synonyms=synonyms)
    if query is None:
        return queryset.none()
    return get_search_backend().search(query, queryset, **kwargs)
