"""Showing a search hit: an excerpt with the query's words marked, a guide's matching recommendations."""

import re

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()

WORD = re.compile(r"([^\W_]+)")
EXCERPT_WORDS = 40


def _marked(parts, ranker):
    """Escaped text with each word of the query in <mark>; `parts` alternate separators and words."""
    return mark_safe(  # noqa: S308 - every part is escaped here
        "".join(
            format_html("<mark>{}</mark>", part)
            if index % 2 and ranker.matches(part)
            else escape(part)
            for index, part in enumerate(parts)
        )
    )


@register.filter
def highlight(text, ranker):
    """The whole text, escaped, with the query's words marked."""
    return _marked(WORD.split(str(text)), ranker)


@register.filter
def excerpt(text, ranker):
    """About EXCERPT_WORDS words of the text from a little before the first word of the query,
    escaped, with the query's words marked."""
    parts = WORD.split(str(text))
    words = parts[1::2]
    first = next((i for i, word in enumerate(words) if ranker.matches(word)), 0)
    start = max(0, first - 8)
    stop = min(len(words), start + EXCERPT_WORDS)
    # Word i sits at parts[2 * i + 1]; keep the separators between the chosen words.
    chosen = parts[2 * start : 2 * stop + 1] if stop > start else []
    if start:
        chosen = ["… ", *chosen[1:]]
    html = _marked(chosen, ranker)
    return mark_safe(html + " …") if stop < len(words) else html  # noqa: S308


@register.filter
def matching_titles(stream, ranker):
    """(number, value) for each block of a StreamField, numbered from 1, whose title holds a word
    of the query: a guide's recommendations that the search found."""
    return [
        (number, block.value)
        for number, block in enumerate(stream, start=1)
        if any(ranker.matches(word) for word in WORD.findall(str(block.value.get("title", ""))))
    ]
