"""Wagtail's routing with one query less per level where a page has children of one type only
(leerpunt_site/core/serving.py): the same pages are found, and a routable page's own routes
still come before its children."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .factories import StandardPageFactory
from .toolkit.factories import ToolkitItemPageFactory, toolkit_tree

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    client.get(url)  # Wagtail's site root paths and the fragments, warm as on a running site
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def test_an_item_is_read_as_its_own_type_at_once_below_a_single_type_index(client, home):
    _, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory(parent=toolkit, title="Feedback", slug="feedback")

    response, queries = queries_for(client, item.url)

    assert response.status_code == 200
    assert response.context["page"] == item
    assert queries <= 14
    assert response.context["toolkit"] == toolkit  # its parent, from the routing
    with CaptureQueriesContext(connection) as routing:
        toolkit.specific.route(None, ["feedback"])
    assert len(routing) == 1  # the item as a ToolkitItemPage; Wagtail's route takes two


def test_a_routable_page_keeps_its_own_routes_first(client, home):
    _, toolkit = toolkit_tree(home)
    ToolkitItemPageFactory(parent=toolkit, slug="grafiek")  # shadowed, as in Wagtail

    response = client.get(f"{toolkit.url}grafiek/")

    assert response.status_code == 200
    assert response.templates[0].name == "pages/toolkit/toolkit_chart.html"


def test_missing_and_unpublished_children_are_not_found(client, home):
    _, toolkit = toolkit_tree(home)
    ToolkitItemPageFactory(parent=toolkit, slug="concept", live=False)

    assert client.get(f"{toolkit.url}bestaat-niet/").status_code == 404
    assert client.get(f"{toolkit.url}concept/").status_code == 404


def test_pages_below_a_page_of_many_child_types_are_found_as_in_wagtail(client, home):
    parent = StandardPageFactory(parent=home, slug="over")
    child = StandardPageFactory(parent=parent, slug="team", intro="Het team.")

    response = client.get(child.url)

    assert response.status_code == 200
    assert response.context["page"] == child
