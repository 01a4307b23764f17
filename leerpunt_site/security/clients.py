"""Who a visitor is, as far as the limits per address need to know (log-in, page passwords,
the public forms). docs/security.md, "Behind proxies", explains the two settings."""

import ipaddress

from django.conf import settings


def _address(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def is_trusted_proxy(address):
    """True when the request came straight from one of our proxies (TRUSTED_PROXY_NETWORKS)."""
    address = _address(address or "")
    return address is not None and any(
        address in ipaddress.ip_network(network) for network in settings.TRUSTED_PROXY_NETWORKS
    )


def client_address(request):
    """The visitor's address: every limit per address calls this, and django-axes does too
    (AXES_CLIENT_IP_CALLABLE).

    Each proxy appends the address it saw to X-Forwarded-For. The header is read only when the
    request came from a trusted proxy network; then the entry TRUSTED_PROXY_COUNT places from the
    right is the one our outermost proxy wrote, which the visitor cannot forge (anything left of
    it can be). A request that reached gunicorn some other way is known by REMOTE_ADDR alone, so
    a made-up X-Forwarded-For changes nothing.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if not count or not is_trusted_proxy(remote):
        return remote
    forwarded = [part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part.strip() for part in forwarded if part.strip()]
    if not forwarded:
        return remote
    # Fewer entries than proxies: the request skipped the outer ones (a CDN), and the leftmost
    # entry was still written by one of ours.
    entry = forwarded[-min(count, len(forwarded))]
    return entry if _address(entry) else remote
