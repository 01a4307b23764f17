"""The comparison's choice of items: ?items=<slug>, repeated; anything else is dropped."""

import re

COMPARE_MIN = 2
COMPARE_MAX = 4
SLUG = re.compile(r"[-a-z0-9_]{1,255}")


def chosen_slugs(values):
    """The distinct page slugs among ?items= values, in the order given; anything else is dropped."""
    slugs = []
    for value in values[:50]:  # a shared link never needs more; keeps the query small
        if SLUG.fullmatch(value) and value not in slugs:
            slugs.append(value)
    return slugs
