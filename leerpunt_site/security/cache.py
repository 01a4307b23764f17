"""A shared cache that may go down without taking the site with it."""

import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.backoff import NoBackoff
from redis.exceptions import RedisError
from redis.retry import Retry

logger = logging.getLogger(__name__)
LOG_INTERVAL_SECONDS = 60


class FailSafeRedisCache(RedisCache):
    """Django's Redis cache, answering "not cached" while Redis cannot be reached.

    Pages then render from the database, slower but correct. Short socket timeouts and no
    retries by default (OPTIONS may override them), so a dead or hanging Redis costs each cache
    call milliseconds instead of redis-py's default retries with back-off.
    """

    _last_logged = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._options = {
            "socket_connect_timeout": 0.25,
            "socket_timeout": 0.5,
            "retry": Retry(NoBackoff(), 0),
            **self._options,
        }

    def _fail_safe(self, fallback, operation, *args, **kwargs):
        try:
            return getattr(super(), operation)(*args, **kwargs)
        except RedisError as error:
            now = time.monotonic()
            if now - FailSafeRedisCache._last_logged > LOG_INTERVAL_SECONDS:
                FailSafeRedisCache._last_logged = now
                logger.warning("Cache unavailable, serving without it: %s", error)
            return fallback

    def get(self, key, default=None, version=None):
        return self._fail_safe(default, "get", key, default, version)

    def get_many(self, keys, version=None):
        return self._fail_safe({}, "get_many", keys, version)

    def has_key(self, key, version=None):
        return self._fail_safe(False, "has_key", key, version)

    def set(self, *args, **kwargs):
        return self._fail_safe(None, "set", *args, **kwargs)

    def add(self, *args, **kwargs):
        return self._fail_safe(False, "add", *args, **kwargs)

    def set_many(self, data, *args, **kwargs):
        return self._fail_safe(list(data), "set_many", data, *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._fail_safe(False, "touch", *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._fail_safe(False, "delete", *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._fail_safe(None, "delete_many", *args, **kwargs)

    def incr(self, *args, **kwargs):
        return self._fail_safe(None, "incr", *args, **kwargs)

    def clear(self):
        return self._fail_safe(None, "clear")
