"""The "Bewaar in werkmap" control, for the toolkit's and the guides' templates.

Those apps do not import this one: their templates load this library, so the dependency points
from the werkmap to them.
"""

from django import template

from leerpunt_site.pagecache.cache import cached

from ..models import WerkmapPage
from ..selection import Ref, query_string

register = template.Library()


def werkmap_url():
    """The live werkmap's URL, cached until the next publish; '' while there is none."""
    return cached(
        "werkmap:url", lambda: getattr(WerkmapPage.objects.live().first(), "url", "") or ""
    )


@register.inclusion_tag("components/werkmap/bewaar.html")
def bewaar_in_werkmap(page, kind="aanpak", number=None, title=""):
    """A link that opens the werkmap with this item; werkmap.js turns it into 'add to my werkmap'."""
    url = werkmap_url()
    if not url:
        return {}
    ref = Ref(kind, page.pk, number)
    return {
        "href": f"{url}?{query_string([ref])}",
        "key": ref.key,
        "title": title or page.title,
        "werkmap_url": url,
    }
