"""Every toolkit page renders in at most 8 queries, the same whether a toolkit
has 40 or 1,000 items, and whether an item is linked from 3 guides or 30.

The page cache is off in tests; the site shell (settings, navigation) comes from its warm
fragment cache, as on a running site (docs/performance.md).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from leidraden.models import LeidraadToolkitLink
from tests.factories import OnderwijsniveauFactory, ThemaFactory
from tests.leidraden.factories import (
    GeplandeLeidraadFactory,
    LeidraadIndexPageFactory,
    LeidraadPageFactory,
)

from .factories import bulk_items, toolkit_tree

pytestmark = pytest.mark.django_db

# The site and "is any page private?" come from the fragment cache (both purged on every change
# to them), so no view restrictions are read on a site without private pages
# (docs/performance.md).
QUERY_BUDGET = 8
BUDGETS = {
    name: QUERY_BUDGET
    for name in (
        "overview",
        "legend",
        "listing",
        "filtered listing",
        "item",
        "compare",
        "chart",
        "csv",
        "json",
    )
}
# An item, four levels below the site root, is found in two queries (core/serving.py), then its
# downloads, stories, figure history, guides and tags take one each.


def count_queries(client, url):
    client.get(url)  # warm the site-root-paths cache, as in production
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), [query["sql"][:200] for query in queries]


def urls(toolkit, first, second):
    base = toolkit.url
    return {
        "overview": "/toolkit/",
        "legend": "/toolkit/hoe-lees-je-de-toolkit/",
        "listing": base,
        "filtered listing": f"{base}?thema=feedback&niveau=lager&sorteer=impact&pagina=2",
        "item": f"{base}{first}/",
        "compare": f"{base}vergelijk/?items={first}&items={second}",
        "chart": f"{base}grafiek/",
        "csv": f"{base}csv/",
        "json": f"{base}json/",
    }


def link_guides(index, item, count):
    """Guides linking to the item: published ones and a planned one, as the item page lists them."""
    for number in range(count):
        factory = GeplandeLeidraadFactory if number % 3 == 0 else LeidraadPageFactory
        LeidraadToolkitLink.objects.create(leidraad=factory(parent=index), page_id=item.pk)


def test_query_counts_are_fixed_and_within_budget_for_40_and_1000_items(client, home):
    _, toolkit = toolkit_tree(home)
    guides = LeidraadIndexPageFactory(parent=home)
    themes = [ThemaFactory(slug="feedback", name="Feedback"), ThemaFactory()]
    levels = [OnderwijsniveauFactory(slug="lager", name="Lager onderwijs")]
    pages = bulk_items(toolkit, 40, themes=themes, levels=levels)
    link_guides(guides, pages[0], 3)
    page_urls = urls(toolkit, pages[0].slug, pages[1].slug)
    few = {name: count_queries(client, url) for name, url in page_urls.items()}

    bulk_items(toolkit, 960, themes=themes, levels=levels)
    link_guides(guides, pages[0], 27)
    many = {name: count_queries(client, url) for name, url in page_urls.items()}

    for name, budget in BUDGETS.items():
        assert few[name][0] <= budget, (name, few[name])
        assert many[name][0] == few[name][0], (name, many[name])
