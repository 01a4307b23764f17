"""`make editing-day`: the page cache through a busy editing day, measured.

Serves the site as `make bench` does (gunicorn, 2 sync workers, production settings, PostgreSQL,
Redis as the shared cache) and lets 16 connections ask for every live page of the site in random
order for EDITING_DAY_MINUTES minutes, while an editor publishes a toolkit item once a minute
(a new revision, published as in the admin, which purges the page cache). wrk counts what the
`X-Page-Cache` header says of each answer; the site search is left out, as it is never cached.

Prints the share of cache hits, the misses, the requests per second and the slowest answers.
"""

import os
import re
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

import bench

MINUTES = int(os.environ.get("EDITING_DAY_MINUTES", "5"))
PUBLISH_EVERY = int(os.environ.get("EDITING_DAY_PUBLISH_SECONDS", "60"))
PORT = bench.PORTS["cached"]

LIVE_PAGES = """
import django; django.setup()
from wagtail.models import Page
for page in Page.objects.live().public().filter(depth__gt=1).order_by("path"):
    print(page.url)
"""

EDITOR = """
import random, sys, time, django; django.setup()
from toolkit.models import ToolkitItemPage
items = list(ToolkitItemPage.objects.live().order_by("path"))
every, rounds = int(sys.argv[1]), int(sys.argv[2])
for number in range(rounds):
    time.sleep(every)
    item = random.Random(number).choice(items)
    item.refresh_from_db()
    item.summary = item.summary.rstrip(" .") + "."  # a no-op edit still makes a revision
    item.save_revision().publish()
    print(f"gepubliceerd: {item.url}", flush=True)
"""

# Each thread picks pages at random and counts what the cache answered (X-Page-Cache).
WRK_SCRIPT = """
local paths = {}
for line in io.lines("%s") do paths[#paths + 1] = line end
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) hits = 0; misses = 0; other = 0; math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16)) end
function request() return wrk.format("GET", paths[math.random(#paths)]) end
function response(status, headers, body)
  local state = headers["X-Page-Cache"]
  if state == "hit" then hits = hits + 1 elseif state == "miss" then misses = misses + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local h, m, o = 0, 0, 0
  for _, thread in ipairs(threads) do
    h = h + thread:get("hits"); m = m + thread:get("misses"); o = o + thread:get("other")
  end
  io.write(string.format("CACHE %%d %%d %%d\\n", h, m, o))
  io.write(string.format("LATENCY %%d %%d %%d\\n", latency:percentile(50), latency:percentile(99), latency.max))
end
"""


def run():
    bench.prepare(bench.ROOT)
    env = bench.django_env()
    paths = subprocess.run(
        [bench.PYTHON, "-c", LIVE_PAGES],
        cwd=bench.ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    gunicorn = str(bench.ROOT / ".venv" / "bin" / "gunicorn")
    server = bench.start_gunicorn(gunicorn, "leerpunt_site.wsgi", PORT, bench.ROOT, env)
    rounds = MINUTES * 60 // PUBLISH_EVERY
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "paths.txt").write_text("\n".join(paths) + "\n")
        script = Path(folder) / "editing-day.lua"
        script.write_text(WRK_SCRIPT % (Path(folder) / "paths.txt"))
        editor = subprocess.Popen(
            [bench.PYTHON, "-c", EDITOR, str(PUBLISH_EVERY), str(rounds)],
            cwd=bench.ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            for path in paths:  # the day starts with a warm cache, as a running site has
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}", timeout=60).read()
            out = subprocess.run(
                [
                    "wrk",
                    "-t2",
                    "-c16",
                    f"-d{MINUTES * 60}s",
                    "--timeout",
                    "10s",
                    "-s",
                    str(script),
                    f"http://127.0.0.1:{PORT}",
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            published = editor.communicate(timeout=PUBLISH_EVERY * 2)[0].splitlines()
        finally:
            editor.kill()
            bench.stop(server)
    hits, misses, other = (int(n) for n in _line(out, "CACHE"))
    p50, p99, worst = (int(n) / 1000 for n in _line(out, "LATENCY"))
    answered = hits + misses + other
    requests_per_second = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    print(
        f"{len(paths)} pagina's in willekeurige volgorde, 16 verbindingen, {MINUTES} min, "
        f"{len(published)} publicaties (een per {PUBLISH_EVERY} s)"
    )
    print(
        f"antwoorden: {answered} ({requests_per_second:.0f}/s), fouten: {errors.group(1) if errors else 0}"
    )
    print(f"uit de cache: {hits} ({hits / answered:.2%}), gerenderd: {misses}, zonder kop: {other}")
    print(f"wachttijd p50 {p50:.1f} ms, p99 {p99:.1f} ms, langste {worst:.1f} ms")


def _line(out, label):
    for line in out.splitlines():
        if line.startswith(label + " "):
            return line.split()[1:]
    raise SystemExit(f"wrk printed no {label} line:\n{out}")


if __name__ == "__main__":
    sys.exit(bench.main(run))
