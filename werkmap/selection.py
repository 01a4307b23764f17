"""The werkmap's selection as it travels in a URL: versioned, short, readable.

Version 1 (`?v=1&aanpak=12&aanbeveling=34-2&werkvorm=34-1`):
- `aanpak=<page id>`: a toolkit item;
- `aanbeveling=<guide page id>-<number>`: recommendation <number> of a guide, numbered from 1 as on
  the guide's page and in its URL (…/aanbeveling-2/);
- `werkvorm=<guide page id>-<number>`: team activity <number> of a guide, numbered from 1.
Page ids survive a move or a new slug, so a shared werkmap keeps finding a page wherever an editor
puts it. A URL without `v` is read as version 1. docs/werkmap.md describes the format.
"""

import re
from dataclasses import dataclass

from django.utils.http import urlencode

VERSION = "1"
KINDS = ("aanpak", "aanbeveling", "werkvorm")
MAX_ITEMS = 40  # a team plan, not a bookmark list; also bounds the URL's length
PAGE_ID = re.compile(r"^[1-9][0-9]{0,9}$")
NUMBERED = re.compile(r"^([1-9][0-9]{0,9})-([1-9][0-9]{0,3})$")


@dataclass(frozen=True)
class Ref:
    kind: str
    page_id: int
    number: int | None = None

    @property
    def value(self):
        return str(self.page_id) if self.number is None else f"{self.page_id}-{self.number}"

    @property
    def key(self):
        """The name of this item in the browser's storage and in the form fields."""
        return f"{self.kind}={self.value}"


def parse_value(kind, value):
    if kind == "aanpak":
        return Ref(kind, int(value)) if PAGE_ID.match(value) else None
    match = NUMBERED.match(value)
    return Ref(kind, int(match[1]), int(match[2])) if match else None


def parse(query):
    """(refs, problem) from request.GET: refs in URL order without duplicates; values that are not
    in the format are skipped, and an unknown version yields no refs and a message."""
    version = query.get("v", VERSION)
    if version != VERSION:
        return (
            [],
            "Deze werkmaplink komt uit een nieuwere versie van de site en kan niet gelezen worden.",
        )
    refs, skipped = [], False
    for kind, values in query.lists():
        if kind not in KINDS:
            continue
        for value in values:
            ref = parse_value(kind, value)
            if ref is None:
                skipped = True
            elif ref not in refs:
                refs.append(ref)
    problem = "Een deel van de link was onleesbaar en is weggelaten." if skipped else ""
    if len(refs) > MAX_ITEMS:
        refs = refs[:MAX_ITEMS]
        problem = f"Een werkmap bevat hoogstens {MAX_ITEMS} items; de rest is weggelaten."
    return refs, problem


def query_string(refs):
    """The version-1 query string for these refs, grouped by kind as parse() reads them."""
    if not refs:
        return ""
    pairs = [("v", VERSION)]
    pairs += [(ref.kind, ref.value) for kind in KINDS for ref in refs if ref.kind == kind]
    return urlencode(pairs)
