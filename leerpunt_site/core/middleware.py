from django.core.exceptions import DisallowedHost
from django.db import DatabaseError
from wagtail.models import Site

from leerpunt_site.pagecache.cache import cached


class CachedSiteMiddleware:
    """Hand Wagtail the request's Site from the fragment cache.

    `Site.find_for_request` runs a query with a CASE over hostname and port that Django compiles
    anew on every request: 1.7 ms, an eighth of an uncached page (docs/performance.md). Wagtail
    keeps what it finds on the request (`_wagtail_site`) for the rest of it; this sets that from
    the current generation's copy, which every change to a site or page replaces (pagecache
    signals). The copy holds the root page as its own type, where Wagtail's routing starts, which
    saves another query. Each request unpickles its own copy, so nothing one request caches on
    the site or its root page reaches another.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            request.get_host()  # the same check Wagtail's lookup skips: no key for a stray Host
        except DisallowedHost:
            return self.get_response(request)
        host = request._get_raw_host()
        try:
            request._wagtail_site = cached(
                f"site:{host}:{request.get_port()}", lambda: _site_with_root_page(request)
            )
        except DatabaseError:
            pass  # Wagtail looks again in the view, where an outage is answered (vraagpunt)
        return self.get_response(request)


def _site_with_root_page(request):
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site
