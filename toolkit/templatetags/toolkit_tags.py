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
