"""Protection shared by the two public forms (Vraagpunt and nieuwsbrief): honeypot and rate limit.

CSRF comes from Django's middleware; length limits live on the form fields.
"""

import hashlib

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.html import format_html

HONEYPOT_FIELD = "website"
PRIVACY_URL = "/privacy/"


def consent_help_text(what):
    """The help text under a consent box, with the link to the privacy statement."""
    return format_html('Lees in de <a href="{}">privacyverklaring</a> {}.', PRIVACY_URL, what)


def client_address(request):
    """The visitor's address for the rate limit: REMOTE_ADDR only.

    Headers such as X-Forwarded-For are set by the client and trivially forged, so they are never
    read here. Behind a reverse proxy, the proxy must set REMOTE_ADDR to the real client address
    (for gunicorn: the proxy's PROXY protocol or a trusted `--forwarded-allow-ips` setup).
    """
    return request.META.get("REMOTE_ADDR") or "unknown"


def is_rate_limited(request, scope):
    """Count this post; True once an address made more than the allowed posts in the window.

    cache.add only sets the counter when it is absent, so the window starts at the first post and
    is never extended; cache.incr is atomic on the cache backends we use.
    """
    limit, window = settings.PUBLIC_FORM_RATE_LIMIT
    address = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    key = f"formguard:{scope}:{address}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # the counter expired between add and incr: this post starts a new window
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit


def too_many_posts(response):
    """Turn the re-rendered form (which shows the friendly message) into a 429."""
    limit, window = settings.PUBLIC_FORM_RATE_LIMIT
    response.status_code = 429
    response["Retry-After"] = str(window)
    return response


class HoneypotMixin(forms.Form):
    """A field people never see; bots that fill in every field fill this one too."""

    website = forms.CharField(
        label="Laat dit veld leeg",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    @property
    def is_spam(self):
        return bool(self.data.get(HONEYPOT_FIELD))
