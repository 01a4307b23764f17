import pytest
from django.core.cache import cache

from .factories import make_site


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    return make_site()
