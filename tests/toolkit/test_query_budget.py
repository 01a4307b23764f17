"""Every toolkit page renders in a fixed number of queries, whether a toolkit has 40 or 1,000 items.

Nine of them are the site shell on /toolkit/ itself: the site, the home page, the overview (two,
Wagtail's routing), the view-restriction check (two), the site settings, the header and the
footer links. Below the overview, routing adds two (the pages on the path with the legend, then
the target's own fields; ToolkitOverviewPage.route). Exports render no shell: no settings,
header or footer.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import OnderwijsniveauFactory, ThemaFactory

from .factories import bulk_items, toolkit_tree

pytestmark = pytest.mark.django_db

SHELL = 9
ROUTED = SHELL + 2
BUDGETS = {
    "overview": SHELL + 2,  # toolkits, legend
    "legend": ROUTED + 1,  # impact bands
    "listing": ROUTED + 4,  # theme and level choices, count, one page of items
    "filtered listing": ROUTED + 4,
    "item": ROUTED + 4,  # stories, history, themes, levels
    "compare": ROUTED + 1,  # the chosen items
    "chart": ROUTED + 1,  # every item
    "csv": ROUTED - 3 + 3,  # items with their themes and levels
    "json": ROUTED - 3 + 3,
}


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


def test_query_counts_are_fixed_and_within_budget_for_40_and_1000_items(client, home):
    _, toolkit = toolkit_tree(home)
    themes = [ThemaFactory(slug="feedback", name="Feedback"), ThemaFactory()]
    levels = [OnderwijsniveauFactory(slug="lager", name="Lager onderwijs")]
    pages = bulk_items(toolkit, 40, themes=themes, levels=levels)
    page_urls = urls(toolkit, pages[0].slug, pages[1].slug)
    few = {name: count_queries(client, url) for name, url in page_urls.items()}

    bulk_items(toolkit, 960, themes=themes, levels=levels)
    many = {name: count_queries(client, url) for name, url in page_urls.items()}

    for name, budget in BUDGETS.items():
        assert few[name][0] <= budget, (name, few[name])
        assert many[name][0] == few[name][0], (name, many[name])
