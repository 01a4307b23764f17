"""`make search-bench`: how fast /zoeken/ answers with 10,000 extra pages, uncached, on PostgreSQL.

Uses the database in DATABASE_URL. When it holds fewer than SEARCH_BENCH_ITEMS generated pages on
top of the demo content, it adds them first (`load_demo_content`, `generate_volume --items`).
Each query of the relevance set (tests/search/relevance.yaml) plus a few broad and empty ones is
requested ROUNDS times through Django's test client with production settings, DEBUG off and the
page cache off (the site search is never page-cached); the shell's fragment cache stays as in
production. Prints p50, p95 and the worst time per kind of query and over all requests.
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ITEMS = int(os.environ.get("SEARCH_BENCH_ITEMS", "10000"))
ROUNDS = int(os.environ.get("SEARCH_BENCH_ROUNDS", "10"))
# Broad words that match thousands of generated pages, a sentence, a typo and nothing at all.
EXTRA_QUERIES = ["leerlingen", "school", "onderwijs leerkrachten", "fedback", "qqqzzz"]


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

    pages = Page.objects.count()
    if pages < 100:
        manage("migrate", "--noinput", "-v", "0")
        manage("load_demo_content")
        pages = Page.objects.count()
    if pages < ITEMS:
        manage("generate_volume", "--items", str(ITEMS - pages + 200), "--seed", "17")
    return Page.objects.count()


def percentile(times, share):
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main():
    setup_django()
    from django.db import connection
    from django.test import Client

    from tests.search.relevance import load_cases

    if connection.vendor != "postgresql":
        sys.exit("search_bench: DATABASE_URL must point at PostgreSQL")
    total_pages = ensure_volume()
    queries = list(dict.fromkeys([query for query, _, _ in load_cases()] + EXTRA_QUERIES))
    client = Client(HTTP_HOST="127.0.0.1")
    for query in queries:  # warm the shell's fragment cache and the database's buffers
        client.get("/zoeken/", {"q": query})

    times = {query: [] for query in queries}
    for _ in range(ROUNDS):
        for query in queries:
            start = time.perf_counter()
            response = client.get("/zoeken/", {"q": query})
            times[query].append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (query, response.status_code)

    every = [t for ts in times.values() for t in ts]
    print(f"{total_pages} pagina's, {len(queries)} zoekvragen x {ROUNDS}, paginacache uit")
    print(f"{'zoekvraag':40} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for query, ts in sorted(times.items(), key=lambda item: -percentile(item[1], 0.95)):
        print(
            f"{query[:40]:40} {statistics.median(ts):8.1f} {percentile(ts, 0.95):8.1f} {max(ts):8.1f}"
        )
    print(
        f"{'ALLE':40} {statistics.median(every):8.1f} {percentile(every, 0.95):8.1f} "
        f"{max(every):8.1f}"
    )


if __name__ == "__main__":
    main()
