"""Every public page type, and every fixed route, renders in a fixed number of queries, the same
on a demo-size site and after generate_volume has added a few hundred pages: at most 8 with the
shell's fragments warm, and at most 20 just after a purge, when they are cold.

The page types are found, not listed: one live page of every specific class on the site. The page
cache is off in tests; each URL is requested once before it is measured, as on a running site
(Wagtail's site-root paths are warm). Figures: docs/performance.md.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, get_page_models

from leerpunt_site.pagecache.cache import purge_all
from leerpunt_site.volume.generator import generate
from tests.updates.factories import ImageFactory

from .factories import build_site

pytestmark = pytest.mark.django_db

# Routing (the pages along the path in one query, then the page found as its own type) and what
# the page shows. The site with its root page and "is any page private?" come from fragments of
# the generation, which a site or privacy change purges in every process at once
# (docs/performance.md).
QUERY_BUDGET = 8
# Just after a purge the fragments (header and footer, breadcrumbs, filter choices, what the
# kennisagenda gathers from every tagged page type) are built again, once.
COLD_QUERY_BUDGET = 20
VOLUME = 250

# Routes that are no page of their own: search, filters, sub-pages, feeds and exports.
FIXED_ROUTES = [
    "/zoeken/?q=feedback",
    "/zoeken/?q=feedback&pagina=2",
    "/sitemap.xml",
    "/updates/?thema=feedback&pagina=2",
    "/updates/feed/",
    "/agenda/archief/",
    "/agenda/webinar/ics/",
    "/toolkit/leren-en-lesgeven/?thema=feedback&niveau=lager&sorteer=impact&pagina=2",
    "/toolkit/leren-en-lesgeven/?q=feedback",
    "/toolkit/leren-en-lesgeven/vergelijk/?items=feedback&items=huiswerk",
    "/toolkit/leren-en-lesgeven/grafiek/",
    "/toolkit/leren-en-lesgeven/csv/",
    "/toolkit/leren-en-lesgeven/json/",
    "/leidraden/feedback-geven/aanbeveling-1/",
    "/kennisagenda/feedback/",
    "/kennisagenda/feedback/feed/",
    "/projecten/?thema=feedback&niveau=lager&pagina=2",
    "/projecten/?q=scholen",
    "/onderzoeken/?thema=feedback",
    "/oproepen/feed/",
]

# Constant, but over the budget: for the owning apps to bring down (docs/performance.md).
KNOWN_OVER_BUDGET = {
    # Served from the page cache to every visitor; rendered only after a publish.
    "/sitemap.xml": "Wagtail's sitemap loads each page as its own type: one query per page type",
}


def one_page_per_type():
    """{page class: URL} for the first live page of every page type, in tree order."""
    first = {}
    for page in Page.objects.live().filter(depth__gt=1).order_by("path").specific():
        first.setdefault(type(page), page.url)
    return first


def count_queries(client, url, *, cold):
    client.get(url)  # warm-up
    if cold:
        purge_all()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    # Site search loads each page type among the 20 results shown with one query: a cost that
    # depends on which types match, not on how many pages the site has. Count the rest.
    types_shown = len((response.context or {}).get("grouped_results") or [])
    return len(queries) - types_shown


def measure(client, urls, *, cold=False):
    return {url: count_queries(client, url, cold=cold) for url in urls}


def test_every_page_type_is_built(home):
    build_site(home)

    missing = set(get_page_models()) - {Page} - set(one_page_per_type())
    assert not missing, f"Add these page types to tests/volume/factories.py: {missing}"


def test_query_counts_are_within_budget_and_do_not_grow_with_volume(client, home):
    build_site(home, image=ImageFactory())  # the update shows a picture
    urls = [*one_page_per_type().values(), *FIXED_ROUTES]
    demo_size = measure(client, urls), measure(client, urls, cold=True)

    generate(VOLUME, seed=9)
    at_volume = measure(client, urls), measure(client, urls, cold=True)

    for url in urls:
        print(f"{url} warm {at_volume[0][url]} cold {at_volume[1][url]}")  # docs/performance.md
    grown = {
        url: [(before[url], after[url]) for before, after in zip(demo_size, at_volume, strict=True)]
        for url in urls
        if any(after[url] > before[url] for before, after in zip(demo_size, at_volume, strict=True))
    }
    # A search page may cost one query less at volume (fewer page types among its hits): not growth.
    assert grown == {}, "warm and cold counts (demo size, at volume) that grew"
    for counts, budget in zip(at_volume, (QUERY_BUDGET, COLD_QUERY_BUDGET), strict=True):
        over_budget = {url for url, count in counts.items() if count > budget}
        assert over_budget <= set(KNOWN_OVER_BUDGET), over_budget - set(KNOWN_OVER_BUDGET)
