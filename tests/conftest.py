import pytest
from django.core.cache import cache

from leerpunt_site.pagecache.breaker import breaker

from .factories import make_site


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()
    breaker.close()  # a test with an unreachable Redis leaves this process's breaker open


@pytest.fixture
def home(db):
    return make_site()
