"""Who is logging in, as far as the log-in throttle needs to know."""

from django.conf import settings


def client_ip(request):
    """The visitor's address behind TRUSTED_PROXY_COUNT proxies (django-axes' client callable).

    Each proxy appends the address it saw to X-Forwarded-For, so the entry our outermost proxy
    wrote, counted from the right, cannot be forged by the visitor; anything left of it can.
    """
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    count = settings.TRUSTED_PROXY_COUNT
    if count and len(forwarded) >= count:
        return forwarded[-count]
    return request.META.get("REMOTE_ADDR", "")
