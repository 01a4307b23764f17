"""`make volume-bench`: uncached listings and the site search with 10,000 generated pages.

Uses the PostgreSQL database in DATABASE_URL. When it holds fewer than VOLUME_BENCH_ITEMS pages
(10,000; 0 measures the demo content as it is), it adds them first (`load_demo_content`,
`generate_volume --items`). Requests go through Django's test client with production settings,
DEBUG off and the page cache off; the shell's fragment cache stays as in production.

Prints, per URL, the queries and the median time of ROUNDS renders:
  * the first and the last page of each big listing (toolkit, projects, updates);
  * the site search for each query of the relevance set (tests/search/relevance.yaml) plus a few
    broad and empty ones, asked again (a query's hits are a fragment of the generation) and
    asked first after a publish (the fragments purged before each round), with p50, p95 and the
    worst time over all queries.
Run it once on a demo-size database and once at 10,000 pages to compare (docs/performance.md).
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ITEMS = int(os.environ.get("VOLUME_BENCH_ITEMS", "10000"))
ROUNDS = int(os.environ.get("VOLUME_BENCH_ROUNDS", "10"))
# Broad words that match thousands of generated pages, a sentence, a typo and nothing at all.
EXTRA_QUERIES = ["leerlingen", "school", "onderwijs leerkrachten", "fedback", "qqqzzz"]
# A page number past the end: the listings show their last page (unknown values are ignored).
LAST = "?pagina=100000"
LISTINGS = ["/toolkit/leren-en-lesgeven/", "/projecten/", "/updates/"]


def setup_django():
    os.environ.update(
        DJANGO_SETTINGS_MODULE="leerpunt_site.settings.production",
        SECRET_KEY=os.environ.get("SECRET_KEY", "bench-only-" + "x" * 50),
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="false",
        PAGE_CACHE_ENABLED="false",
    )
    sys.path.insert(0, str(ROOT))
    # Before Django starts: the production storage reads the manifest of hashed names once.
    manage("collectstatic", "--noinput", "-v", "0")
    import django

    django.setup()


def manage(*args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=os.environ, check=True)


def ensure_volume():
    from wagtail.models import Page

    manage("migrate", "--noinput", "-v", "0")
    if Page.objects.count() < 100:
        manage("load_demo_content")
    pages = Page.objects.count()
    if pages < ITEMS:
        manage("generate_volume", "--items", str(ITEMS - pages + 200), "--seed", "17")
    return Page.objects.count()


def percentile(times, share):
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(client, url, data=None):
    start = time.perf_counter()
    response = client.get(url, data)
    elapsed = (time.perf_counter() - start) * 1000
    assert response.status_code == 200, (url, data, response.status_code)
    return elapsed


def listings(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    print(f"{'lijst':44} {'queries':>7} {'p50 ms':>8}")
    for url in [page for listing in LISTINGS for page in (listing, listing + LAST)]:
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        times = [timed(client, url) for _ in range(ROUNDS)]
        print(f"{url:44} {len(queries):7} {statistics.median(times):8.1f}")


def search(client, queries):
    from leerpunt_site.pagecache.cache import purge_all

    again = {query: [] for query in queries}
    first = []
    for query in queries:  # warm the database's buffers
        client.get("/zoeken/", {"q": query})
    for _ in range(ROUNDS):
        purge_all()  # as a publish does: every query is asked for the first time again
        client.get("/")  # the shell's fragments, which any page rebuilds first
        first += [timed(client, "/zoeken/", {"q": query}) for query in queries]
        for query in queries:
            again[query].append(timed(client, "/zoeken/", {"q": query}))

    print(f"\n{'zoekvraag (opnieuw gesteld)':40} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for query, times in sorted(again.items(), key=lambda item: -percentile(item[1], 0.95)):
        print(
            f"{query[:40]:40} {statistics.median(times):8.1f} {percentile(times, 0.95):8.1f} "
            f"{max(times):8.1f}"
        )
    every = [t for times in again.values() for t in times]
    for label, times in (("ALLE, opnieuw gesteld", every), ("ALLE, eerst na publicatie", first)):
        print(
            f"{label:40} {statistics.median(times):8.1f} {percentile(times, 0.95):8.1f} "
            f"{max(times):8.1f}"
        )


def main():
    setup_django()
    from django.db import connection
    from django.test import Client

    from tests.search.relevance import load_cases

    if connection.vendor != "postgresql":
        sys.exit("volume_bench: DATABASE_URL must point at PostgreSQL")
    total_pages = ensure_volume()
    queries = list(dict.fromkeys([query for query, _, _ in load_cases()] + EXTRA_QUERIES))
    client = Client(HTTP_HOST="127.0.0.1")
    print(f"{total_pages} pagina's, {ROUNDS} keer per URL, paginacache uit\n")
    listings(client)
    search(client, queries)


if __name__ == "__main__":
    main()
