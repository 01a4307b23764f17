"""Protection shared by the two public forms (Vraagpunt and nieuwsbrief): honeypot and rate limit.

CSRF comes from Django's middleware; length limits live on the form fields.
"""

from django import forms
from django.conf import settings
from django.utils.html import format_html

from leerpunt_site.security.throttling import count_attempt

HONEYPOT_FIELD = "website"
PRIVACY_URL = "/privacy/"


def consent_help_text(what):
    """The help text under a consent box, with the link to the privacy statement."""
    return format_html('Lees in de <a href="{}">privacyverklaring</a> {}.', PRIVACY_URL, what)


def is_rate_limited(request, scope):
    """Count this post; True once the visitor (security.clients.client_address) made more than
    the allowed posts in the window."""
    limit, window = settings.PUBLIC_FORM_RATE_LIMIT
    return count_attempt(request, f"form:{scope}", window) > limit


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
