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


@register.simple_tag(takes_context=True)
def toolkit_figures(context, item, explain=False, id_prefix="", size="", verdict=True):
    """The three figures of an item and its verdict (components/toolkit_figures.html).

    A listing shows a few distinct combinations many times, so each one is rendered once per
    request (or per template render, without a request) and reused, also across the includes of
    search results, which each have a render context of their own. With explain, each figure
    has a definition on hover and focus, tied to it by ids, so those renders are not shared.
    """
    values = figure_values(item)
    key = (tuple(values.values()), explain, id_prefix if explain else "", size, verdict)
    request = context.get("request")
    memo = request.__dict__ if request is not None else context.render_context
    rendered = memo.setdefault("_toolkit_figures", {})
    if key not in rendered:
        rendered[key] = get_template("components/toolkit_figures.html").render(
            {
                "f": values,
                "cost_steps": [step <= (values["cost"] or 0) for step in SCALE],
                "evidence_steps": [step <= (values["evidence"] or 0) for step in SCALE],
                "definitions": figures.DEFINITIONS if explain else {},
                "id_prefix": id_prefix or item.slug,
                "size": size,
                "show_verdict": verdict,
            }
        )
    return rendered[key]


@register.simple_tag
def routed_ancestors(page):
    """The breadcrumbs' ancestors, home first, from the parents that routing already fetched."""
    ancestors = []
    while page.depth > 2:
        page = page.get_parent()  # cached by ToolkitOverviewPage.route(); one query otherwise
        ancestors.insert(0, page)
    return ancestors
