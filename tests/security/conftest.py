import pytest
from wagtail.models import Collection

from tests.factories import make_site


@pytest.fixture
def site_root(db):
    """The rows the migrations create (root page, default site, root collection), made again
    when a transactional test before this one flushed them."""
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return make_site()
