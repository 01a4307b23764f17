"""Response headers and the admin's two-factor step; see docs/security.md."""

from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django_otp import user_has_device

# Directives that name where assets come from; a CDN origin is added to each of them.
ASSET_DIRECTIVES = ("script-src", "style-src", "img-src", "font-src")


def is_admin_path(path):
    return path.startswith(tuple(settings.CONTENT_SECURITY_POLICY_ADMIN_PREFIXES))


def asset_origins():
    """Origins of STATIC_URL and MEDIA_URL when they point elsewhere (a CDN, object storage)."""
    origins = []
    for url in (settings.STATIC_URL, settings.MEDIA_URL):
        parts = urlsplit(url or "")
        if parts.scheme and parts.netloc:
            origins.append(f"{parts.scheme}://{parts.netloc}")
    return list(dict.fromkeys(origins))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp, with CONTENT_SECURITY_POLICY_ADMIN under the admin prefixes and the asset
    origins of settings added, so moving static or media files to a CDN needs no policy edit.

    A preview is the public page rendered inside the admin: Wagtail runs it through this
    middleware as a dummy request for the page's public URL. It keeps the public policy, so the
    preview shows what the policy lets visitors see, but may be framed by the admin (and only by
    this site), else the preview panel stays blank.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if parts.config is None and is_admin_path(request.path_info):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN
        if getattr(request, "is_dummy", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        origins = asset_origins()
        if origins:
            update = dict(parts.update or {})
            for directive in ASSET_DIRECTIVES:
                update[directive] = [*update.get(directive, []), *origins]
            parts.update = update
        return parts


class TwoFactorMiddleware:
    """Staff who turned on two-factor authentication reach the admin only after entering a code.

    Needs django_otp's OTPMiddleware before it (it sets request.user.is_verified).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.needs_code(request):
            verify_url = reverse("two_factor_verify")
            return redirect(f"{verify_url}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    def needs_code(self, request):
        if not is_admin_path(request.path_info):
            return False
        if request.path_info in (reverse("two_factor_verify"), reverse("wagtailadmin_logout")):
            return False
        user = request.user
        return user.is_authenticated and not user.is_verified() and user_has_device(user)


class UnreadableBodyMiddleware:
    """A form post in another character set than UTF-8 gets a clear 400 here.

    Django refuses such a body with BadRequest, but its error views read the body again (for
    the CSRF token) and fail once more, so gunicorn answered a bare 500 without our headers.
    Sits after XFrameOptionsMiddleware so its answer passes every header middleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        encoding = (request.encoding or "utf-8").lower()
        if request.content_type == "application/x-www-form-urlencoded" and encoding != "utf-8":
            return render(request, "security/bad_request.html", status=400)
        return self.get_response(request)
