"""Counting attempts per visitor in the shared cache: the public forms and page passwords.

Log-in attempts are counted by django-axes in the database instead (settings, "Security").
"""

import hashlib

from django.core.cache import cache

from .clients import client_address


def _key(scope, request):
    # Hashed: the cache never holds a visitor's address in clear.
    address = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    return f"throttle:{scope}:{address}"


def count_attempt(request, scope, window):
    """Count one attempt by this visitor; returns the number in the current window.

    cache.add only sets the counter when it is absent, so the window starts at the first attempt
    and is never extended; cache.incr is atomic on the cache backends we use. With the cache
    down the count is 0: the limit fails open rather than refusing every visitor.
    """
    key = _key(scope, request)
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key) or 0
    except ValueError:  # the counter expired between add and incr: this attempt starts a new one
        cache.set(key, 1, timeout=window)
        return 1


def attempts(request, scope):
    """How many attempts this visitor made in the current window, without counting one."""
    return cache.get(_key(scope, request)) or 0
