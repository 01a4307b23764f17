import pytest

from .factories import build_search_site


@pytest.fixture
def search_site(home):
    return build_search_site(home)
