"""`make bench`: query counts and requests per second for one page of every page type.

Runs against PostgreSQL with the demo content (and whatever volume `generate_volume` added),
gunicorn with 2 sync workers and production settings, DEBUG off, on 127.0.0.1 only:
  * queries: uncached rendering, counted with Django's test client;
  * req/s uncached: gunicorn with the page cache switched off (fragments warm in Redis);
  * req/s cached: gunicorn with the page cache in Redis (as in production), warmed first.
Redis, as production requires (pagecache.E001), serves both runs.
wrk: 16 connections, BENCH_SECONDS (default 10) per URL. A static CSS file is the reference.
BENCH_PORT (default 8765) and BENCH_REDIS_PORT (default 6390) choose the local ports.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
PORT = int(os.environ.get("BENCH_PORT", "8765"))
REDIS_PORT = int(os.environ.get("BENCH_REDIS_PORT", "6390"))


def django_env(**extra):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="leerpunt_site.settings.production",
        SECRET_KEY="bench-only-" + "x" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="false",
        CACHE_URL=f"redis://127.0.0.1:{REDIS_PORT}/0",
        PYTHONPATH=str(ROOT),
    )
    env.update(extra)
    return env


def manage(*args, **env):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=django_env(**env), check=True)


def page_urls():
    """One live page per page type, plus the fixed routes, as (label, path)."""
    code = """
import django; django.setup()
from wagtail.models import Page
seen = {}
for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("depth", "path"):
    seen.setdefault(type(page).__name__, page.url)
for name, url in seen.items():
    print(name, url)
print("SearchResults", "/zoeken/?q=leerlingen")
"""
    out = subprocess.run(
        [PYTHON, "-c", code], cwd=ROOT, env=django_env(), check=True, capture_output=True, text=True
    ).stdout
    return [tuple(line.split(" ", 1)) for line in out.strip().splitlines()]


def query_counts(urls):
    code = """
import sys, django; django.setup()
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
settings.PAGE_CACHE_ENABLED = False
client = Client(HTTP_HOST="127.0.0.1")
for url in sys.argv[1:]:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    print(url, status, len(queries))
"""
    out = subprocess.run(
        [PYTHON, "-c", code, *[u for _, u in urls]],
        cwd=ROOT,
        env=django_env(SECURE_SSL_REDIRECT="false"),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {
        url: (int(status), int(count))
        for url, status, count in (line.split() for line in out.strip().splitlines())
    }


def start_gunicorn(**env):
    process = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "leerpunt_site.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--no-control-socket",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=django_env(**env),
        start_new_session=True,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=1)
            return process
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def stop(process):
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=10)


def wrk(path):
    out = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{SECONDS}s", f"http://127.0.0.1:{PORT}{path}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, int(errors.group(1)) if errors else 0


def measure_all():
    manage("migrate", "--noinput", "-v", "0")
    manage("load_demo_content")
    manage("update_index", "-v", "0")
    manage("collectstatic", "--noinput", "-v", "0")
    urls = page_urls()
    counts = query_counts(urls)
    static = next(p.name for p in (ROOT / "static_collected" / "css").glob("site.*.css"))
    results = {}

    server = start_gunicorn(PAGE_CACHE_ENABLED="false")
    try:
        for _, path in urls:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}")  # warm the fragments
            results[path] = [wrk(path)]
        static_rps = wrk(f"/static/css/{static}")
    finally:
        stop(server)

    server = start_gunicorn()
    try:
        for _, path in urls:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}")  # warm the cache
            results[path].append(wrk(path))
    finally:
        stop(server)
    return results, urls, counts, static, static_rps


def main():
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian package wrk)")
    redis = subprocess.Popen(
        ["redis-server", "--port", str(REDIS_PORT), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        results, urls, counts, static, static_rps = measure_all()
    finally:
        redis.terminate()
    print(
        f"\n{'page type':<22} {'url':<48} {'status':>6} {'queries':>7} {'req/s uncached':>15} {'req/s cached':>13} {'errors':>6}"
    )
    for label, path in urls:
        status, queries = counts[path]
        (plain, e1), (cached, e2) = results[path]
        print(
            f"{label:<22} {path[:48]:<48} {status:>6} {queries:>7} {plain:>15.0f} {cached:>13.0f} {e1 + e2:>6}"
        )
    print(
        f"{'static CSS file':<22} {'/static/css/' + static:<48.48} {200:>6} {0:>7} {static_rps[0]:>15.0f}"
    )
    print(
        f"\nwrk: 16 connections, {SECONDS} s per URL; gunicorn 2 sync workers; PostgreSQL; DEBUG off."
    )


if __name__ == "__main__":
    sys.exit(main())
