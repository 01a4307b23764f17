import pytest
from django.core.cache import cache

from leerpunt_site.pagecache.breaker import breaker
from leerpunt_site.pagecache.cache import process_cache

from .factories import make_site

# Left out of `make test-fast` (the full `make test` runs them): volume builds, the production
# settings and container files in subprocesses, the fuzzing of every URL, backup and restore.
SLOW_PATHS = (
    "tests/volume/",
    "tests/deploy/",
    "tests/security/test_fuzz.py",
    "tests/security/test_backup_restore.py",
)


def pytest_collection_modifyitems(items):
    for item in items:
        if any(path in str(item.path) for path in SLOW_PATHS):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    process_cache.clear()
    yield
    cache.clear()
    process_cache.clear()
    breaker.close()  # a test with an unreachable Redis leaves this process's breaker open


@pytest.fixture
def home(db):
    return make_site()
