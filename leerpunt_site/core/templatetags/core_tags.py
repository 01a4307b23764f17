import functools

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags.static import static
from django.utils.html import format_html

from leerpunt_site.core import shell

register = template.Library()


@functools.cache
def sprite_url():
    """The sprite's (hashed) URL, resolved once per process: a listing draws hundreds of icons."""
    return static("img/sprite.svg")


@receiver(setting_changed)
def forget_sprite_url(*, setting, **kwargs):
    if setting in ("STATIC_URL", "STORAGES"):
        sprite_url.cache_clear()


@register.simple_tag
def icon(name, css_class=""):
    """An icon from the SVG sprite; decorative, so the meaning must be in text beside it."""
    return format_html(
        '<svg class="icon {}" aria-hidden="true" focusable="false"><use href="{}#{}"></use></svg>',
        css_class,
        sprite_url(),
        name,
    )


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
