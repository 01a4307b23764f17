import logging

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.utils.cache import patch_cache_control

from .breaker import FAILURES
from .cache import cache_is_down, cached_page, page_key, store_page

logger = logging.getLogger(__name__)

# Never cached: the admin and its previews, documents (privacy checked per request), search
# (its hits are counted for the search promotions), health checks and form posts.
EXCLUDED_PREFIXES = ("/admin/", "/django-admin/", "/documenten/", "/zoeken/", "/healthz")
MAX_QUERY_STRING = 300


def has_session(request):
    """Editors (and anyone with a session or pending messages) always get a fresh page. This is
    decided from the cookies, so a hit costs no session lookup at all."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES


def is_cacheable_request(request):
    return (
        settings.PAGE_CACHE_ENABLED
        and not cache_is_down()
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(EXCLUDED_PREFIXES)
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING
        and not getattr(request, "is_preview", False)
        and not has_session(request)
    )


def is_cacheable_response(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        # A page that rendered a CSRF token (a form) belongs to this visitor alone.
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(request, "is_preview", False)
    )


class PageCacheMiddleware:
    """Serve anonymous GET requests from the shared cache; store what is safe to share.

    Sits before sessions and authentication, so a hit skips them; the security headers are added
    around it on every response, hit or miss. What is answered to a visitor with a session is
    marked `private`: no proxy or CDN may keep an editor's page.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = settings.PAGE_CACHE_SECONDS
        self.browser_max_age = settings.PAGE_CACHE_BROWSER_SECONDS

    def __call__(self, request):
        if not is_cacheable_request(request):
            response = self.get_response(request)
            if has_session(request):
                patch_cache_control(response, private=True)
            return response
        try:
            host = request.get_host()
        except DisallowedHost:
            host = None  # not ours to answer: Django's host check refuses it with a 400
        if host is None:
            return self.get_response(request)
        try:
            key = page_key(request, host)
            cached = cached_page(key)
        except FAILURES as error:
            logger.warning("Paginacache niet bereikbaar: %s", error)
            return self.get_response(request)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached

        response = self.get_response(request)
        if is_cacheable_response(request, response):
            patch_cache_control(response, public=True, max_age=self.browser_max_age)
            try:
                store_page(key, response, self.timeout)
            except FAILURES as error:
                logger.warning("Paginacache niet bereikbaar: %s", error)
            response["X-Page-Cache"] = "miss"
        return response
