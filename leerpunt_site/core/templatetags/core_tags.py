from django import template
from django.conf import settings

from leerpunt_site.core import shell

register = template.Library()


@register.inclusion_tag("components/icon.html")
def icon(name, css_class=""):
    """An icon from the SVG sprite; decorative, so the meaning must be in text beside it."""
    return {"name": name, "css_class": css_class}


@register.simple_tag(takes_context=True)
def site_shell(context):
    """Settings and navigation links for the header and footer (cached; see core/shell.py)."""
    return shell.site_shell(context["request"])


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    return shell.breadcrumbs(context["request"], page)


@register.filter
def is_active_for(link_url, request_path):
    """True when the visitor is on this link's page or below it (not for the home page)."""
    return bool(link_url) and link_url != "/" and request_path.startswith(link_url)


@register.filter
def rating_steps(value, maximum=5):
    """[True, True, False, False, False] for 2 of 5: which icons of a rating are filled."""
    maximum = int(maximum or 5)
    return [step < int(value) for step in range(maximum)]


@register.inclusion_tag("components/demo_banner.html")
def demo_banner():
    """The 'this is demo content' banner; only where settings.DEMO_CONTENT_BANNER is on (dev)."""
    return {"show": getattr(settings, "DEMO_CONTENT_BANNER", False)}
