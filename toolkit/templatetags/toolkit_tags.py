import functools

from django import template
from django.template.loader import get_template

from toolkit import figures

register = template.Library()

SCALE = range(1, 6)


def figure_values(item):
    """What the figures component shows of an item, as plain values (also the memo key)."""
    return {
        "impact": item.impact_months,
        "impact_text": item.impact_text,
        "impact_spoken": item.impact_spoken,
        "impact_range_text": item.impact_range_text,
        "cost": item.cost,
        "cost_text": figures.cost_words(item.cost),  # 'lage kost' or 'niet gekend'
        "evidence": item.evidence,
        "evidence_text": figures.evidence_words(item.evidence),
        "verdict": item.verdict,
    }


@register.simple_tag
def toolkit_figures(item, explain=False, id_prefix="", size="", verdict=True):
    """The three figures of an item and its verdict (components/toolkit_figures.html).

    A listing or a search shows a few distinct combinations many times, so each is rendered
    once per process and reused: the markup depends only on the values passed here. With
    explain, each figure has a definition on hover and focus, tied to it by ids.
    """
    values = figure_values(item)
    return render_figures(
        tuple(values.items()), explain, (id_prefix or item.slug) if explain else "", size, verdict
    )


@functools.lru_cache(maxsize=2048)
def render_figures(values, explain, id_prefix, size, verdict):
    """Measured in docs/performance.md: the figures were half of a search page's render."""
    values = dict(values)
    return get_template("components/toolkit_figures.html").render(
        {
            "f": values,
            "cost_steps": [step <= (values["cost"] or 0) for step in SCALE],
            "evidence_steps": [step <= (values["evidence"] or 0) for step in SCALE],
            "definitions": figures.DEFINITIONS if explain else {},
            "id_prefix": id_prefix,
            "size": size,
            "show_verdict": verdict,
        }
    )


@register.simple_tag
def routed_ancestors(page):
    """The breadcrumbs' ancestors, home first, from the parents that routing already fetched."""
    ancestors = []
    while page.depth > 2:
        page = page.get_parent()  # cached by ToolkitOverviewPage.route(); one query otherwise
        ancestors.insert(0, page)
    return ancestors
