"""Demo content: the overview, the legend, both toolkits and every item from demo/toolkit/."""

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


def load():
    data = read_yaml("toolkit/toolkit.yaml")
    overview, _ = add_index_page(ToolkitOverviewPage, "toolkit", data["overview"])
    load_legend(overview, data["legend"])
    created = 0
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
    return f"{created} nieuwe toolkitaanpakken"
