"""`make profile URL=/toolkit/leren-en-lesgeven/`: where one uncached render of a page spends its time.

Renders URL with the page cache off (production-like settings, DEBUG off) on whatever database
DATABASE_URL names (else the `make run` SQLite file), once to warm the fragment cache and then
PROFILE_RUNS times under cProfile. Prints the wall time per render, the SQL queries, the functions
that take the most time and how often each template was rendered.
"""

import cProfile
import io
import os
import pstats
import statistics
import sys
import time
from collections import Counter

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leerpunt_site.settings.test")

import django  # noqa: E402

django.setup()

from django.core import signals  # noqa: E402
from django.db import close_old_connections, connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.signals import template_rendered  # noqa: E402
from django.test.utils import setup_test_environment, teardown_test_environment  # noqa: E402

RUNS = int(os.environ.get("PROFILE_RUNS", "5"))
TOP = int(os.environ.get("PROFILE_TOP", "25"))


def count_templates_and_queries(client, url):
    """One render with Django's test instrumentation, which makes every template render send
    `template_rendered`. It slows rendering down, so the timed runs go without it."""
    templates = Counter()

    def count(sender, template, **kwargs):
        templates[template.name or "(inline)"] += 1

    queries = []

    def timed(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            queries.append(time.perf_counter() - started)

    setup_test_environment()
    template_rendered.connect(count)
    with connection.execute_wrapper(timed):
        client.get(url)
    template_rendered.disconnect(count)
    teardown_test_environment()
    return templates, queries


def main(url):
    # One connection for all runs, as a gunicorn worker keeps it (CONN_MAX_AGE).
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    client = Client()
    response = client.get(url)
    if response.status_code != 200:
        sys.exit(f"{url} answered {response.status_code}")
    templates, queries = count_templates_and_queries(client, url)

    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)

    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for _ in range(RUNS):
        client.get(url)
    profiler.disable()
    per_render = (time.perf_counter() - started) / RUNS * 1000

    sql_ms = sum(queries) * 1000
    print(f"{url}: {statistics.median(timings):.1f} ms per uncached render (median of {RUNS})")
    print(f"Under cProfile: {per_render:.1f} ms per render")
    print(f"SQL: {len(queries)} queries, {sql_ms:.1f} ms")
    print(f"Templates: {sum(templates.values())} renders of {len(templates)} templates")
    for name, number in templates.most_common(15):
        print(f"  {number:5d}  {name}")
    for sort in ("tottime", "cumulative"):
        output = io.StringIO()
        stats = pstats.Stats(profiler, stream=output).strip_dirs().sort_stats(sort)
        stats.print_stats(TOP)
        print(f"\nTop {TOP} functions by {sort}:")
        print(output.getvalue().split("\n", 6)[-1].rstrip())


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: scripts/profile_page.py URL")
    main(sys.argv[1])
