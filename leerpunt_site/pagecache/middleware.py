import logging

from django.conf import settings
from django.utils.cache import patch_cache_control

from .cache import key_for, page_cache

logger = logging.getLogger(__name__)

# Never cached: the admin and its previews, documents (privacy checked per request), search
# (its hits are counted for the search promotions), health checks and form posts.
EXCLUDED_PREFIXES = ("/admin/", "/django-admin/", "/documenten/", "/zoeken/", "/healthz")
MAX_QUERY_STRING = 300


def is_cacheable_request(request):
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(EXCLUDED_PREFIXES)
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING
        and not getattr(request, "is_preview", False)
        # Editors (and anyone with a session or pending messages) always get a fresh page. This
        # is decided from the cookies, so a hit costs no session lookup at all.
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
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
    around it on every response, hit or miss.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = getattr(settings, "PAGE_CACHE_SECONDS", 600)
        self.browser_max_age = getattr(settings, "PAGE_CACHE_BROWSER_SECONDS", 60)

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        try:
            key = key_for(request)
            cached = page_cache().get(key)
        except Exception:  # noqa: BLE001 - with the cache down, pages are still served
            logger.warning("Paginacache niet bereikbaar", exc_info=True)
            return self.get_response(request)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached

        response = self.get_response(request)
        if is_cacheable_response(request, response):
            patch_cache_control(response, public=True, max_age=self.browser_max_age)
            try:
                page_cache().set(key, response, self.timeout)
            except Exception:  # noqa: BLE001
                logger.warning("Paginacache niet bereikbaar", exc_info=True)
            response["X-Page-Cache"] = "miss"
        return response
