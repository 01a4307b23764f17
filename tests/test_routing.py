"""Wagtail's routing with every page along the path read in one query (leerpunt_site/core/serving.py):
the same pages are found, and a routable page's own routes still come before its children."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from toolkit.templatetags.toolkit_tags import routed_ancestors

from .factories import StandardPageFactory, UpdateIndexPageFactory, UpdatePageFactory
from .toolkit.factories import ToolkitItemPageFactory, ToolkitPageFactory, toolkit_tree

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    client.get(url)  # Wagtail's site root paths and the fragments, warm as on a running site
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def test_a_page_at_any_depth_is_found_in_two_queries_with_its_parents(client, home):
    _, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory(parent=toolkit, title="Feedback", slug="feedback")

    response, queries = queries_for(client, item.url)

    assert response.status_code == 200
    assert response.context["page"] == item
    assert queries <= 11
    assert response.context["toolkit"].pk == toolkit.pk  # its parent, from the routing
    request = RequestFactory().get(item.url)
    with CaptureQueriesContext(connection) as routing:
        found = home.specific.route(request, item.url.strip("/").split("/"))
    assert found.page == item
    assert len(routing) == 2  # the pages along the path, then the item as itself
    with CaptureQueriesContext(connection) as breadcrumbs:
        ancestors = routed_ancestors(found.page)
    assert [page.pk for page in ancestors] == [home.pk, toolkit.get_parent().pk, toolkit.pk]
    assert len(breadcrumbs) == 0


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


def test_the_same_slug_in_another_branch_is_not_taken_for_the_page(client, home):
    overview, toolkit = toolkit_tree(home)
    other = ToolkitPageFactory(parent=overview, title="Ander", slug="ander")
    ToolkitItemPageFactory(parent=other, title="Elders", slug="feedback")
    item = ToolkitItemPageFactory(parent=toolkit, title="Hier", slug="feedback")

    response = client.get(item.url)

    assert response.context["page"] == item
    assert client.get(f"{other.url}feedback/").context["page"].title == "Elders"
    assert client.get(f"{home.url}feedback/").status_code == 404


def test_below_a_routable_page_its_children_are_found_in_the_same_two_queries(home):
    index = UpdateIndexPageFactory(parent=home, slug="updates")
    update = UpdatePageFactory(parent=index, slug="nieuws")
    request = RequestFactory().get(update.url)

    with CaptureQueriesContext(connection) as routing:
        found = home.specific.route(request, ["updates", "nieuws"])
    feed = home.specific.route(request, ["updates", "feed"])  # the index's own route

    assert found.page == update
    assert len(routing) == 2
    assert feed.page == index
