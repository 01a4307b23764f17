"""Old leerpunt.be addresses from demo/redirects.yaml answer with a permanent redirect."""

import pytest

from leerpunt_site.demo import demo, redirects
from tests.factories import UpdateIndexPageFactory, UpdatePageFactory
from tests.toolkit.factories import ToolkitPageFactory, toolkit_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home):
    overview, _ = toolkit_tree(home)
    ToolkitPageFactory(parent=overview, title="Kleuters", slug="kleuters")
    updates = UpdateIndexPageFactory(parent=home)
    UpdatePageFactory(parent=updates, slug="7-valorisatieproducten-2024")
    return home


@pytest.mark.parametrize(
    "old, new",
    [
        ("/aan-de-slag/", "/toolkit/"),
        ("/aan-de-slag/toolkit-leren-lesgeven/", "/toolkit/leren-en-lesgeven/"),
        ("/aan-de-slag/toolkit-leren-lesgeven", "/toolkit/leren-en-lesgeven/"),
        ("/aan-de-slag/toolkit-leren-ontwikkeling-bij-kleuters/", "/toolkit/kleuters/"),
        ("/updates/detail/7-valorisatieproducten-2024/", "/updates/7-valorisatieproducten-2024/"),
    ],
)
def test_old_address_redirects_permanently_to_its_page(client, site, old, new):
    redirects.load(site, demo.page_at)

    response = client.get(old)

    assert response.status_code == 301
    assert response["Location"] == new
    assert client.get(new).status_code == 200


def test_loading_twice_adds_nothing_and_skips_missing_pages(home):
    toolkit_tree(home)  # no kleuters toolkit, no updates

    assert redirects.load(home, demo.page_at) == 2
    assert redirects.load(home, demo.page_at) == 0
