from django import template

from leerpunt_site.core.models import SiteSettings

register = template.Library()


@register.inclusion_tag("components/icon.html")
def icon(name, css_class=""):
    """An icon from the SVG sprite; decorative, so the meaning must be in text beside it."""
    return {"name": name, "css_class": css_class}


@register.simple_tag(takes_context=True)
def navigation_links(context, location):
    """The header or footer links of the current site's settings, with their pages in one query."""
    request = context["request"]
    site_settings = SiteSettings.for_request(request)
    related = {"header": "header_links", "footer": "footer_links"}[location]
    return [
        link for link in getattr(site_settings, related).select_related("page") if link.page.live
    ]


@register.simple_tag
def breadcrumb_ancestors(page):
    """Ancestors below the tree root, home first; empty on the home page itself."""
    if page is None or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gt=1).only("title", "url_path", "depth", "path"))


@register.filter
def is_active_for(link_url, request_path):
    """True when the visitor is on this link's page or below it (not for the home page)."""
    return bool(link_url) and link_url != "/" and request_path.startswith(link_url)


@register.filter
def rating_steps(value, maximum=5):
    """[True, True, False, False, False] for 2 of 5: which icons of a rating are filled."""
    maximum = int(maximum or 5)
    return [step < int(value) for step in range(maximum)]
