"""A circuit breaker for the shared cache: a hung Redis costs one timeout per process per interval.

redis-py waits up to the socket timeout on every command sent to a Redis that accepts connections
but never answers (a frozen process, a full network buffer). A page makes a dozen cache calls, so
that would be a dozen timeouts per page. After one connection error or timeout this process stops
contacting Redis for `CACHE_BREAKER_SECONDS`: every cache call then fails at once, which
django-redis (`IGNORE_EXCEPTIONS`) turns into a miss, and the first call after the interval tries
Redis again. The state is per process: each gunicorn worker pays at most one timeout per interval.

`cache_from_url` (settings/backing_services.py) puts `BreakerConnectionPool` in front of Redis.
"""

import logging
import time

from django.conf import settings
from redis.connection import Connection, ConnectionPool, SSLConnection
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# What a Redis that is down, unreachable or frozen raises; nothing else opens the breaker.
FAILURES = (RedisConnectionError, RedisTimeoutError)


class CacheUnavailable(RedisConnectionError):
    """Raised without contacting Redis while the breaker is open."""


class Breaker:
    def __init__(self):
        self.open_until = 0.0  # time.monotonic()

    def is_open(self):
        return time.monotonic() < self.open_until

    def check(self):
        if self.is_open():
            raise CacheUnavailable("cache overgeslagen na een storing")

    def trip(self, error):
        seconds = settings.CACHE_BREAKER_SECONDS
        if not self.is_open():
            logger.warning("Cache niet bereikbaar (%s): %s s zonder cache", error, seconds)
        self.open_until = time.monotonic() + seconds

    def close(self):
        self.open_until = 0.0


breaker = Breaker()


class BreakerMixin:
    def connect(self):
        breaker.check()
        try:
            super().connect()
        except FAILURES as error:
            breaker.trip(error)
            raise

    def send_packed_command(self, command, check_health=True):
        breaker.check()
        try:
            super().send_packed_command(command, check_health)
        except FAILURES as error:
            breaker.trip(error)
            raise

    def read_response(self, *args, **kwargs):
        try:
            return super().read_response(*args, **kwargs)
        except FAILURES as error:
            breaker.trip(error)
            raise


class BreakerConnection(BreakerMixin, Connection):
    pass


class BreakerSSLConnection(BreakerMixin, SSLConnection):
    pass


class BreakerConnectionPool(ConnectionPool):
    """redis-py's pool with connections that go through the breaker (redis:// and rediss://)."""

    def __init__(self, connection_class=Connection, **kwargs):
        with_breaker = {Connection: BreakerConnection, SSLConnection: BreakerSSLConnection}
        super().__init__(with_breaker.get(connection_class, connection_class), **kwargs)
