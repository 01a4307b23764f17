"""Toolkit items for generate_volume (leerpunt_site/volume/generator.py), below every toolkit."""

from leerpunt_site.volume import words
from leerpunt_site.volume.generator import PageKind

from .figures import Bewijskracht, Kost
from .models import SECTION_FIELDS, ToolkitItemPage, ToolkitPage


def toolkit_item(writer):
    rng = writer.rng
    evidence = rng.choice(Bewijskracht.values)
    # No impact without evidence (ToolkitItemPage.clean); otherwise mostly known.
    impact = None
    if evidence != Bewijskracht.ONVOLDOENDE and rng.random() < 0.9:
        impact = rng.randint(-2, 9)
    return ToolkitItemPage(
        title=f"{writer.approach()} {rng.choice(words.CONTEXTS)}",
        summary=writer.sentences(2),
        impact_months=impact,
        cost=rng.choice(Kost.values) if rng.random() < 0.95 else None,
        evidence=evidence,
        last_reviewed=writer.past_date(3),
        themes=writer.tags(writer.themes, 2),
        levels=writer.tags(writer.levels, 2),
        **{name: writer.paragraphs(2) for name in SECTION_FIELDS},
    )


KINDS = [
    PageKind(
        label="toolkitaanpakken",
        share=0.4,
        parent_label="toolkits",
        parents=lambda: list(ToolkitPage.objects.live().order_by("path")),
        build=toolkit_item,
    )
]
