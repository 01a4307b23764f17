"""Every filtered listing works the same way: a FilterSet on ListingFilterSet, rendered by the one
filter panel. The listings are found, not listed: every page of every type (and the agenda's
archive) that renders a GET form of its own must bring a ListingFilterSet."""

import pytest
from wagtail.models import Page

from leerpunt_site.core.filters import ListingFilterSet
from tests.html import checked, options, parse, robots
from tests.volume.factories import build_site

pytestmark = pytest.mark.django_db

# What the issue asked to bring onto one pattern; the test also catches any listing added later.
EXPECTED_LISTINGS = {
    "ToolkitPage",
    "LeidraadIndexPage",
    "ProjectIndexPage",
    "OnderzoekIndexPage",
    "OproepIndexPage",
    "UpdateIndexPage",
    "AgendaPage",
    "AntwoordIndexPage",
}


@pytest.fixture
def urls(home):
    build_site(home)
    pages = Page.objects.live().filter(depth__gt=1).order_by("path").specific()
    found = {}
    for page in pages:
        found.setdefault(type(page).__name__, page.url)
    return {**found, "AgendaPage (archief)": found["AgendaPage"] + "archief/"}


def filter_forms(page, url):
    """The GET forms in the main content that submit to the page itself: its filters (a
    comparison or the header's site search go elsewhere)."""
    return [
        form
        for form in page.select("main form")
        if form.get("method", "get").lower() == "get" and form.get("action") == url
    ]


def test_every_listing_uses_the_shared_filterset_and_the_one_filter_panel(client, urls):
    listings = set()
    for name, url in urls.items():
        response = client.get(url)
        assert response.status_code == 200, url
        forms = filter_forms(parse(response), url)
        filterset = (response.context or {}).get("filterset")
        if not forms and filterset is None:
            continue
        listings.add(name.split(" ")[0])
        assert isinstance(filterset, ListingFilterSet), name
        assert [form["class"] for form in forms] == [["filter-panel"]], name

    assert listings == EXPECTED_LISTINGS


def test_every_listing_ignores_unknown_values_and_keeps_known_ones(client, urls):
    for name in EXPECTED_LISTINGS:
        url = urls[name]
        page = parse(client.get(url, {"thema": ["feedback", "bestaat-niet"], "pagina": "x"}))

        assert options(page, "thema"), name  # the built site tags every type with themes
        assert checked(page, "thema") == ["feedback"], name
        assert robots(page) == "noindex, follow", name
