"""`make bench`: query counts, requests per second and latency for one page of every page type.

Runs against PostgreSQL with the demo content (and whatever volume `generate_volume` added),
gunicorn with 2 sync workers and production settings, DEBUG off, on 127.0.0.1 only. Three
servers run side by side and are measured in one interleaved run (BENCH_ROUNDS rounds; the
figures are the medians), so they share the same minutes of this machine:
  * our site with the page cache off (uncached rendering, as after a purge);
  * our site with the page cache in Redis (as in production), warmed first;
  * the official Wagtail demo (wagtail/bakerydemo), when BAKERYDEMO names a checkout that is set
    up per its own readme with its virtualenv in `.venv` and BAKERYDEMO_DATABASE_URL names its
    loaded PostgreSQL database. Its pages are paired with ours by role (home, listing, detail,
    article, index, search), and the ratio of our uncached req/s to its req/s is printed.
A static CSS file through whitenoise is the reference. wrk: 16 connections, BENCH_SECONDS per
URL and round. Query counts come from Django's test client with the page cache off.
BENCH_PAGES (comma-separated page type names) limits the run to some page types.

Before and after a change: BENCH_BASELINE names another checkout of this site (for example a
`git worktree` of main) and BENCH_BASELINE_DATABASE_URL a database of its own; its two servers
join the same interleaved run and each page type prints its after/before ratio.
"""

import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
PORT = int(os.environ.get("BENCH_PORT", "8765"))
REDIS_PORT = int(os.environ.get("BENCH_REDIS_PORT", "6390"))
ONLY = [name for name in os.environ.get("BENCH_PAGES", "").split(",") if name]
BAKERYDEMO = os.environ.get("BAKERYDEMO")
BASELINE = os.environ.get("BENCH_BASELINE")
PORTS = {
    "uncached": PORT,
    "cached": PORT + 1,
    "bakerydemo": PORT + 2,
    "baseline uncached": PORT + 3,
    "baseline cached": PORT + 4,
}

# Our page type -> the bakerydemo page type in the same role (criteria in docs/performance.md).
PEER_ROLES = {
    "HomePage": ("home", "HomePage"),
    "ToolkitPage": ("listing", "BreadsIndexPage"),
    "ToolkitItemPage": ("detail", "BreadPage"),
    "LeidraadPage": ("article", "BlogPage"),
    "ProjectIndexPage": ("index", "BlogIndexPage"),
    "SearchResults": ("search", "SearchResults"),
}


def django_env(root=ROOT, **extra):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="leerpunt_site.settings.production",
        SECRET_KEY="bench-only-" + "x" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="false",
        # Production requires a shared cache (pagecache.E001); each checkout gets its own Redis
        # database so that the baseline's pages never answer for ours.
        CACHE_URL=f"redis://127.0.0.1:{REDIS_PORT}/{0 if root == ROOT else 1}",
        PYTHONPATH=str(root),
    )
    if root != ROOT:
        env["DATABASE_URL"] = os.environ["BENCH_BASELINE_DATABASE_URL"]
    env.update(extra)
    return env


def peer_env():
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="bakerydemo.settings.production",
        DJANGO_SECRET_KEY="bench-only-" + "x" * 50,
        DATABASE_URL=os.environ["BAKERYDEMO_DATABASE_URL"],
        SECURE_SSL_REDIRECT="false",
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
    )
    return env


def prepare(root):
    """Migrate, load the demo content, index it and collect static files in one checkout."""
    for args in (
        ["migrate", "--noinput", "-v", "0"],
        ["load_demo_content"],
        ["update_index", "-v", "0"],
        ["collectstatic", "--noinput", "-v", "0"],
    ):
        subprocess.run([PYTHON, "manage.py", *args], cwd=root, env=django_env(root), check=True)


FIRST_PAGE_OF_EACH_TYPE = """
import django; django.setup()
from wagtail.models import Page
seen = {}
for page in Page.objects.live().filter(depth__gt=1).specific().order_by("depth", "path"):
    seen.setdefault(type(page).__name__, page.url)
for name, url in seen.items():
    print(name, url)
"""


def page_urls(python, cwd, env, search):
    """One live page per page type, plus search, as {type name: path}."""
    out = subprocess.run(
        [python, "-c", FIRST_PAGE_OF_EACH_TYPE],
        cwd=cwd,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    urls = dict(line.split(" ", 1) for line in out.strip().splitlines())
    urls["SearchResults"] = search
    return urls


def query_counts(urls, root=ROOT):
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
        [PYTHON, "-c", code, *urls],
        cwd=root,
        env=django_env(root),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {
        url: (int(status), int(count))
        for url, status, count in (line.split() for line in out.strip().splitlines())
    }


def start_gunicorn(gunicorn, app, port, cwd, env):
    process = subprocess.Popen(
        [gunicorn, app, "--workers", "2", "--bind", f"127.0.0.1:{port}"]
        + ["--no-control-socket", "--log-level", "warning", "--graceful-timeout", "5"],
        cwd=cwd,
        env=env,
        start_new_session=True,
    )
    for _ in range(150):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30)
            return process
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"gunicorn on port {port} did not start")


def stop(process):
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def seconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 1e-3, "ms": 1, "s": 1e3, "m": 6e4}[unit]


def wrk(port, path):
    """(req/s, p50 ms, p99 ms, errors) for 16 connections on one URL."""
    out = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{SECONDS}s", "--latency", f"http://127.0.0.1:{port}{path}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if "Latency Distribution" not in out or not re.search(r"^\s+99%", out, re.M):
        raise SystemExit(f"wrk got no answers from {path}:\n{out}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = seconds(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = seconds(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    timeouts = re.search(r"Socket errors:.*timeout (\d+)", out)
    failed = (int(errors.group(1)) if errors else 0) + (int(timeouts.group(1)) if timeouts else 0)
    return rps, p50, p99, failed


def ratio(ours, theirs):
    """'2.50x', or '-' when the other side answered nothing in time (wrk counted 0 req/s)."""
    return f"{ours / theirs:.2f}x" if theirs else "-"


def median_of(runs):
    return (
        statistics.median(run[0] for run in runs),
        statistics.median(run[1] for run in runs),
        statistics.median(run[2] for run in runs),
        sum(run[3] for run in runs),
    )


def main(run=None):
    """run() (by default the bench) with wrk at hand and a throwaway Redis as the shared cache."""
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian package wrk)")
    redis = subprocess.Popen(
        ["redis-server", "--port", str(REDIS_PORT), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        (run or bench)()
    finally:
        redis.terminate()


def bench():
    prepare(ROOT)
    ours = page_urls(PYTHON, ROOT, django_env(), "/zoeken/?q=leerlingen")
    if ONLY:
        ours = {name: url for name, url in ours.items() if name in ONLY}
    counts = query_counts(ours.values())
    baseline, baseline_counts = {}, {}
    if BASELINE:
        root = Path(BASELINE).resolve()
        prepare(root)
        theirs = page_urls(PYTHON, root, django_env(root), "/zoeken/?q=leerlingen")
        baseline = {name: url for name, url in theirs.items() if name in ours}
        baseline_counts = query_counts(baseline.values(), root)
    static = next(p.name for p in (ROOT / "static_collected" / "css").glob("site.*.css"))
    gunicorn = str(ROOT / ".venv" / "bin" / "gunicorn")

    peer = {}
    if BAKERYDEMO:
        peer_python = str(Path(BAKERYDEMO) / ".venv" / "bin" / "python")
        peer_urls = page_urls(peer_python, BAKERYDEMO, peer_env(), "/search/?q=bread")
        peer = {ours_name: peer_urls[peer_name] for ours_name, (_, peer_name) in PEER_ROLES.items()}
    # Each page type's runs follow each other (ours, the baseline's, the demo's), so that what is
    # compared shares the same seconds of this machine, whose speed drifts within a round.
    targets = [("static", "uncached", f"/static/css/{static}")]
    for name, url in ours.items():
        targets += [(name, "uncached", url), (name, "cached", url)]
        if name in baseline:
            targets += [
                (name, "baseline uncached", baseline[name]),
                (name, "baseline cached", baseline[name]),
            ]
        if name in peer:
            targets.append((name, "bakerydemo", peer[name]))

    servers = [
        start_gunicorn(
            gunicorn,
            "leerpunt_site.wsgi",
            PORTS["uncached"],
            ROOT,
            django_env(PAGE_CACHE_ENABLED="false"),
        ),
        start_gunicorn(
            gunicorn,
            "leerpunt_site.wsgi",
            PORTS["cached"],
            ROOT,
            django_env(),
        ),
    ]
    if BAKERYDEMO:
        servers.append(
            start_gunicorn(
                str(Path(BAKERYDEMO) / ".venv" / "bin" / "gunicorn"),
                "bakerydemo.wsgi",
                PORTS["bakerydemo"],
                BAKERYDEMO,
                peer_env(),
            )
        )
    if BASELINE:
        root = Path(BASELINE).resolve()
        for phase, extra in (
            ("baseline uncached", {"PAGE_CACHE_ENABLED": "false"}),
            ("baseline cached", {}),
        ):
            servers.append(
                start_gunicorn(
                    gunicorn, "leerpunt_site.wsgi", PORTS[phase], root, django_env(root, **extra)
                )
            )
    runs = {target: [] for target in targets}
    try:
        for _, server, path in targets:  # warm caches and renditions outside the timed runs
            urllib.request.urlopen(f"http://127.0.0.1:{PORTS[server]}{path}", timeout=60)
        for _ in range(ROUNDS):
            for target in targets:
                runs[target].append(wrk(PORTS[target[1]], target[2]))
    finally:
        for server in servers:
            stop(server)
    results = {target: median_of(target_runs) for target, target_runs in runs.items()}
    static_rps = results[targets[0]][0]

    print(
        f"\n{'page type':<22} {'url':<44} {'queries':>7} "
        f"{'uncached req/s':>14} {'p50/p99 ms':>13} {'cached req/s':>12} {'% static':>8} "
        f"{'p50/p99 ms':>11} {'errors':>6}"
    )
    for name, url in ours.items():
        status, queries = counts[url]
        plain = results[(name, "uncached", url)]
        cached = results[(name, "cached", url)]
        print(
            f"{name:<22} {url[:44]:<44} {queries:>7} {plain[0]:>14.0f} "
            f"{plain[1]:>6.1f}/{plain[2]:<6.0f} {cached[0]:>12.0f} "
            f"{cached[0] / static_rps:>8.0%} {cached[1]:>5.1f}/{cached[2]:<5.1f} "
            f"{plain[3] + cached[3] + (status != 200):>6}"
        )
    print(f"{'static CSS file':<22} {'/static/css/' + static:<44.44} {0:>7} {static_rps:>14.0f}")
    if peer:
        print(
            f"\n{'role':<9} {'ours (uncached)':<22} {'bakerydemo':<28} {'ours':>7} {'demo':>7} {'ratio':>6}"
        )
        for name, (role, _) in PEER_ROLES.items():
            if name not in ours:
                continue
            mine = results[(name, "uncached", ours[name])][0]
            theirs = results[(name, "bakerydemo", peer[name])][0]
            print(
                f"{role:<9} {name:<22} {peer[name][:28]:<28} {mine:>7.0f} {theirs:>7.0f} "
                f"{ratio(mine, theirs):>6}"
            )
    if baseline:
        print(
            f"\n{'page type':<22} {'queries before/after':>20} {'uncached before/after req/s':>28} "
            f"{'ratio':>6} {'cached before/after req/s':>26} {'ratio':>6}"
        )
        for name, url in baseline.items():
            before = (
                results[(name, "baseline uncached", url)],
                results[(name, "baseline cached", url)],
            )
            after = (results[(name, "uncached", ours[name])], results[(name, "cached", ours[name])])
            queries = f"{baseline_counts[url][1]}/{counts[ours[name]][1]}"
            print(
                f"{name:<22} {queries:>20} {before[0][0]:>15.0f}/{after[0][0]:<12.0f} "
                f"{ratio(after[0][0], before[0][0]):>6} {before[1][0]:>14.0f}/{after[1][0]:<11.0f} "
                f"{ratio(after[1][0], before[1][0]):>6}"
            )
    print(
        f"\nwrk: 16 connections, {SECONDS} s per URL, {ROUNDS} interleaved rounds (medians); "
        "gunicorn 2 sync workers per site; PostgreSQL; DEBUG off."
    )


if __name__ == "__main__":
    sys.exit(main())
