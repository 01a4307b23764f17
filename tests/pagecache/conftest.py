import os
import shutil
import signal
import subprocess
import time

import pytest
import redis
from django.core.cache import caches

from leerpunt_site.pagecache.breaker import breaker
from leerpunt_site.settings.backing_services import cache_from_url

# A Redis of the tests' own on the loopback address; redis-server is a test dependency, as
# PostgreSQL is (scripts/test-services.sh). Each pytest-xdist worker (gw0, gw1, ...) has its own.
WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
REDIS_PORT = int(os.environ.get("PAGECACHE_TEST_REDIS_PORT", "6391")) + WORKER
CACHE_URL = f"redis://127.0.0.1:{REDIS_PORT}/0"


class RedisServer:
    def __init__(self):
        self.process = subprocess.Popen(  # noqa: S603 - a fixed local program
            [
                shutil.which("redis-server"),
                "--port",
                str(REDIS_PORT),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
            ],
            stdout=subprocess.DEVNULL,
        )
        self.wait_until_ready()

    def wait_until_ready(self, timeout=15):
        """A loaded machine can take well over a second to start Redis (CI once needed more
        than the 0.3 s this used to sleep); a test must never meet a Redis that is not up."""
        client = redis.Redis(host="127.0.0.1", port=REDIS_PORT, socket_timeout=1)
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"redis-server on port {REDIS_PORT} exited")
            try:
                client.ping()
                return
            except redis.exceptions.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
            finally:
                client.close()

    def freeze(self):
        """Like `kill -STOP`: connections are accepted, nothing is answered."""
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self):
        self.process.send_signal(signal.SIGCONT)

    def stop(self):
        self.thaw()
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def redis_server():
    server = RedisServer()
    yield server
    server.stop()


@pytest.fixture
def shared_cache(settings, redis_server):
    """The default cache in that Redis, as production configures it, with the page cache on."""
    settings.CACHES = cache_from_url(CACHE_URL)
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_GENERATION_SECONDS = 1
    caches["default"].clear()
    yield caches["default"]
    redis_server.thaw()
    breaker.close()
    caches["default"].clear()
