from django import template

from toolkit import figures

register = template.Library()


@register.inclusion_tag("components/toolkit_figures.html")
def toolkit_figures(item, explain=False, id_prefix="", size=""):
    """The three figures of an item; with explain, each has a definition on hover and focus."""
    return {
        "item": item,
        "definitions": figures.DEFINITIONS if explain else {},
        "id_prefix": id_prefix or item.slug,
        "size": size,
    }


@register.simple_tag
def routed_ancestors(page):
    """The breadcrumbs' ancestors, home first, from the parents that routing already fetched."""
    ancestors = []
    while page.depth > 2:
        page = page.get_parent()  # cached by ToolkitOverviewPage.route(); one query otherwise
        ancestors.insert(0, page)
    return ancestors
