"""Demo content: the overview, the legend, both toolkits and every item from demo/toolkit/."""

import datetime

from leerpunt_site.demo.content import (
    DEMO_DIR,
    add_child,
    add_index_page,
    levels,
    read_yaml,
    themes,
)

from .models import (
    ImpactBand,
    ToolkitItemPage,
    ToolkitLegendPage,
    ToolkitOverviewPage,
    ToolkitPage,
)

# The YAML's section keys and the model's fields, in the order of SECTIONS.
SECTION_KEYS = {
    "wat_is_het": "what_it_is",
    "belangrijkste_bevindingen": "key_findings",
    "hoe_effectief": "effectiveness",
    "achter_het_gemiddelde": "behind_the_average",
    "onderwijsongelijkheid": "closing_the_gap",
    "toepassen": "in_practice",
    "kosten": "cost_details",
    "evidentie": "evidence_details",
}
LEGEND_SLUG = "hoe-lees-je-de-toolkit"


def date_or_none(value):
    return datetime.date.fromisoformat(str(value)) if value else None


def load_legend(overview, data):
    return add_child(
        overview,
        ToolkitLegendPage,
        LEGEND_SLUG,
        title=data["title"],
        search_description=data["search_description"],
        intro=data["intro"],
        impact=data["impact"],
        cost=data["cost"],
        evidence=data["evidence"],
        unknown=data["unknown"],
        impact_bands=[
            ImpactBand(months=row["months"], effect_size=row["effect_size"])
            for row in data["impact_table"]
        ],
    )


def load_item(toolkit, item):
    _, created = add_child(
        toolkit,
        ToolkitItemPage,
        item["slug"],
        title=item["title"],
        summary=item["summary"],
        search_description=item["summary"][:155],
        impact_months=item["impact_months"],
        cost=item["cost"],
        evidence=item["evidence"],
        eef_strand=item.get("strand_en", ""),
        is_voorbeeld=item.get("is_voorbeeld", False),
        themes=themes(item.get("themes")),
        levels=levels(item.get("levels")),
        **{field: item["sections"][key] for key, field in SECTION_KEYS.items()},
    )
    return created


def load_onderbouwing(toolkit, sources):
    """Fill the Onderbouwing of items that have none yet, by their EEF strand; returns the count."""
    filled = 0
    for item in ToolkitItemPage.objects.child_of(toolkit).filter(source_review=""):
        source = sources.get(item.eef_strand)
        if source is None:
            continue
        item.source_review = source["review"]
        item.source_version = source.get("version", "")
        item.source_url = source.get("url", "")
        item.source_date = date_or_none(source.get("date"))
        item.references = [
            ("referentie", {"text": reference["text"], "url": reference.get("url", "")})
            for reference in source.get("references") or []
        ]
        item.save_revision().publish()
        filled += 1
    return filled


def load():
    data = read_yaml("toolkit/toolkit.yaml")
    overview, _ = add_index_page(ToolkitOverviewPage, "toolkit", data["overview"])
    load_legend(overview, data["legend"])
    created = 0
    onderbouwing = read_yaml("toolkit/onderbouwing.yaml")
    for toolkit_data in data["toolkits"]:
        toolkit, _ = add_child(
            overview,
            ToolkitPage,
            toolkit_data["slug"],
            title=toolkit_data["title"],
            subtitle=toolkit_data.get("subtitle", ""),
            intro=toolkit_data["intro"],
            search_description=toolkit_data["search_description"],
        )
        # Items live in demo/toolkit/<toolkit slug>*.yaml, possibly split over several files.
        for path in sorted(DEMO_DIR.glob(f"toolkit/{toolkit_data['slug']}*.yaml")):
            for item in read_yaml(path.relative_to(DEMO_DIR))["items"]:
                created += load_item(toolkit, item)
        load_onderbouwing(toolkit, onderbouwing.get(toolkit_data["slug"], {}))
    return f"{created} nieuwe toolkitaanpakken"
