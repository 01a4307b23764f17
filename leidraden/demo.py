"""Demo guides from demo/leidraden/*.yaml. The demo has no real reports, so downloads stay empty."""

import datetime

from django.apps import apps
from wagtail.models import Page

from leerpunt_site.demo.content import (
    DEMO_DIR,
    add_child,
    add_index_page,
    levels,
    read_yaml,
    themes,
)

from .models import LeidraadIndexPage, LeidraadPage, LeidraadToolkitLink


def optional_date(value):
    return datetime.date.fromisoformat(value) if value else None


def toolkit_links(index, slugs):
    """Links to the toolkit items with these slugs below /toolkit/; slugs without an item are skipped.

    A slug used in both toolkits links the first one in the tree. The toolkit app loads its demo
    first (INSTALLED_APPS order), so its items exist by now.
    """
    toolkit_path = index.get_parent().url_path + "toolkit/"
    items = Page.objects.type(apps.get_model("toolkit", "ToolkitItemPage"))
    found = {}
    for page in items.filter(url_path__startswith=toolkit_path, slug__in=slugs).order_by("path"):
        found.setdefault(page.slug, page)
    return [LeidraadToolkitLink(page=found[slug]) for slug in slugs if slug in found]


def recommendation(item):
    return (
        "aanbeveling",
        {
            "title": item["title"],
            "summary": item["summary"],
            "explanation": item["explanation"],
            "in_practice": item["in_de_praktijk"],
            "evidence": item.get("evidence") or "",
        },
    )


def werkvorm(item):
    return (
        "werkvorm",
        {
            "title": item["title"],
            "goal": item["goal"],
            "steps": item["steps"],
            "duration": item.get("duration") or "",
            "materials": item.get("materials") or "",
        },
    )


def add_guide(index, item):
    return add_child(
        index,
        LeidraadPage,
        item["slug"],
        title=item["title"],
        summary=item["summary"],
        intro=item.get("intro") or "",
        published_date=optional_date(item.get("published_date")),
        published_period=item.get("published_period") or "",
        expected_period=item.get("expected_period") or "",
        is_voorbeeld=item.get("is_voorbeeld", False),
        source=item["source"],
        original_title=item.get("original_title") or "",
        original_organisation=item.get("original_organisation") or "",
        adapted_by=item.get("adapted_by") or "",
        recommendations=[recommendation(entry) for entry in item.get("recommendations") or []],
        werkvormen=[werkvorm(entry) for entry in item.get("werkvormen") or []],
        themes=themes(item.get("themes")),
        levels=levels(item.get("levels")),
        toolkit_links=toolkit_links(index, item.get("related_toolkit_items") or []),
    )


def load():
    files = sorted((DEMO_DIR / "leidraden").glob("*.yaml"))
    data = [read_yaml(f"leidraden/{file.name}") for file in files]
    index_data = next(part["index"] for part in data if "index" in part)
    index, _ = add_index_page(LeidraadIndexPage, "leidraden", index_data)
    created = sum(
        add_guide(index, item)[1] for part in data for item in part.get("leidraden") or []
    )
    return f"{created} nieuwe leidraden"
