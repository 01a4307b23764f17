"""What a werkmap URL names, looked up in a fixed number of queries whatever the number of items."""

from dataclasses import dataclass, field

from django.db.models import Q

from leerpunt_site.core.queries import live_and_public
from leidraden.models import LeidraadPage, LeidraadToolkitLink
from toolkit.models import ToolkitItemPage

from .selection import KINDS, Ref, query_string

KIND_LABELS = {"aanpak": "Aanpak", "aanbeveling": "Aanbeveling", "werkvorm": "Werkvorm"}


@dataclass
class Entry:
    """One item of the werkmap; without a title it is no longer available."""

    ref: Ref
    title: str = ""
    url: str = ""
    item: ToolkitItemPage | None = None  # a toolkit approach, with its figures
    guide: LeidraadPage | None = None  # the guide of a recommendation or team activity
    value: object = None  # the recommendation's or team activity's block value
    remove_query: str = ""

    @property
    def available(self):
        return bool(self.title)

    @property
    def kind_label(self):
        return KIND_LABELS[self.ref.kind]


@dataclass
class Suggestion:
    guide: LeidraadPage
    entries: list = field(default_factory=list)  # Entry with an add_query instead of remove_query


def guide_parts(guide, request):
    """{(kind, number): (title, url, value)} for a published guide's recommendations and activities.

    URLs are absolute: the downloaded plan carries them too."""
    parts = {}
    for recommendation in guide.numbered_recommendations(request):
        parts[("aanbeveling", recommendation.number)] = (
            recommendation.heading,
            recommendation.full_url,
            recommendation.value,
        )
    if guide.is_published:
        guide_url = request.build_absolute_uri(guide.get_url(request))
        for number, block in enumerate(guide.werkvormen, start=1):
            parts[("werkvorm", number)] = (
                block.value["title"],
                guide_url + "#werkvormen",
                block.value,
            )
    return parts


def build(refs, request):
    """(entries in URL order, suggestions from the guides linked to the chosen approaches).

    Two queries: the chosen approaches, and the guides that are chosen or linked to them.
    """
    item_ids = [ref.page_id for ref in refs if ref.kind == "aanpak"]
    guide_ids = [ref.page_id for ref in refs if ref.kind != "aanpak"]
    items = live_and_public(ToolkitItemPage.objects.filter(pk__in=item_ids)).in_bulk()
    linked = LeidraadToolkitLink.objects.filter(page_id__in=item_ids).values("leidraad")
    guides = live_and_public(
        LeidraadPage.objects.filter(Q(pk__in=guide_ids) | Q(pk__in=linked))
    ).order_by("title", "pk")
    parts = {guide.pk: guide_parts(guide, request) for guide in guides}

    entries = []
    for ref in refs:
        entry = Entry(ref, remove_query=query_string([other for other in refs if other != ref]))
        if ref.kind == "aanpak" and ref.page_id in items:
            entry.item = items[ref.page_id]
            entry.title = entry.item.title
            entry.url = request.build_absolute_uri(entry.item.get_url(request))
        elif part := parts.get(ref.page_id, {}).get((ref.kind, ref.number)):
            entry.title, entry.url, entry.value = part
            entry.guide = next(guide for guide in guides if guide.pk == ref.page_id)
        entries.append(entry)

    suggestions = []
    for guide in guides:
        if guide.pk not in parts or not parts[guide.pk]:
            continue
        suggestion = Suggestion(guide)
        for (kind, number), (title, url, value) in parts[guide.pk].items():
            ref = Ref(kind, guide.pk, number)
            if ref not in refs:
                entry = Entry(ref, title=title, url=url, guide=guide, value=value)
                entry.add_query = query_string([*refs, ref])
                suggestion.entries.append(entry)
        if suggestion.entries:
            suggestions.append(suggestion)
    return entries, suggestions


def by_kind(entries):
    return {kind: [entry for entry in entries if entry.ref.kind == kind] for kind in KINDS}
