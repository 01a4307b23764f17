"""`make lighthouse`: Lighthouse scores (phone profile) and bytes transferred for one page of every
page type, served as in production: gunicorn with production settings (cache in Redis, DEBUG
off) behind Caddy with `deploy/Caddyfile` (which compresses), on 127.0.0.1. About 15 s a page.
LIGHTHOUSE_PAGES (comma-separated page type names) limits the run to some page types;
LIGHTHOUSE_REPORTS=<dir> keeps each page's full JSON report there (which audits cost points)."""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from bench import (
    PORT,
    PYTHON,
    REDIS_PORT,
    ROOT,
    django_env,
    page_urls,
    prepare,
    start_gunicorn,
    stop,
)

LIGHTHOUSE = "lighthouse@12.8.2"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
CADDY_PORT = PORT + 10
ONLY = [name for name in os.environ.get("LIGHTHOUSE_PAGES", "").split(",") if name]
REPORTS = os.environ.get("LIGHTHOUSE_REPORTS")


def audit(url, attempts=3):
    """Lighthouse's JSON report for a URL; it sometimes fails to record a trace, so try again."""
    for _ in range(attempts):
        with tempfile.NamedTemporaryFile(suffix=".json") as report:
            result = subprocess.run(
                [
                    "npx",
                    "--yes",
                    LIGHTHOUSE,
                    url,
                    "--quiet",
                    f"--chrome-flags={CHROME_FLAGS}",
                    "--output=json",
                    f"--output-path={report.name}",
                    f"--only-categories={','.join(CATEGORIES)}",
                ],
                env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"},
                check=False,
            )
            if result.returncode == 0:
                with open(report.name) as handle:
                    return json.load(handle)
    return None


def start_caddy(work):
    """deploy/Caddyfile as shipped, on plain HTTP, in front of the gunicorn on PORT."""
    caddy = shutil.which("caddy")
    if not caddy:
        raise SystemExit("caddy is not installed (Debian package caddy)")
    config = Path(work) / "Caddyfile"
    config.write_text(f"{{\n\tadmin off\n}}\nimport {ROOT / 'deploy' / 'Caddyfile'}\n")
    env = {
        **os.environ,
        "SITE_ADDRESS": f"http://127.0.0.1:{CADDY_PORT}",
        "UPSTREAM": f"127.0.0.1:{PORT}",
        "MEDIA_DIR": str(ROOT / "media"),
        "XDG_DATA_HOME": work,
        "XDG_CONFIG_HOME": work,
    }
    return subprocess.Popen(
        [caddy, "run", "--adapter", "caddyfile", "--config", str(config)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def main():
    redis = subprocess.Popen(
        ["redis-server", "--port", str(REDIS_PORT), "--save", ""], stdout=subprocess.DEVNULL
    )
    try:
        report(audit_all())
    finally:
        redis.terminate()


def audit_all():
    prepare(ROOT)  # loading the demo purges the cache: Redis is started first
    urls = page_urls(PYTHON, ROOT, django_env(), "/zoeken/?q=leerlingen")
    if ONLY:
        urls = {name: url for name, url in urls.items() if name in ONLY}
    rows = []
    with tempfile.TemporaryDirectory() as work:
        server = start_gunicorn(
            str(ROOT / ".venv" / "bin" / "gunicorn"), "leerpunt_site.wsgi", PORT, ROOT, django_env()
        )
        proxy = start_caddy(work)
        try:
            for label, path in urls.items():
                data = audit(f"http://127.0.0.1:{CADDY_PORT}{path}")
                if data is None:
                    rows.append((label, path, None))
                    continue
                if REPORTS:
                    Path(REPORTS, f"{label}.json").write_text(json.dumps(data))
                scores = [round((data["categories"][c]["score"] or 0) * 100) for c in CATEGORIES]
                audits = data["audits"]
                lcp = audits["largest-contentful-paint"]["numericValue"]
                kilobytes = audits["total-byte-weight"]["numericValue"] / 1000
                rows.append((label, path, (*scores, lcp, kilobytes)))
        finally:
            stop(proxy)
            stop(server)
    return rows


def report(rows):
    print(
        f"\n{'page type':<22} {'url':<44} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5} "
        f"{'LCP ms':>7} {'KB':>6}"
    )
    for label, path, figures in rows:
        if figures is None:
            print(f"{label:<22} {path[:44]:<44} Lighthouse failed three times")
            continue
        perf, a11y, best, seo, lcp, kilobytes = figures
        print(
            f"{label:<22} {path[:44]:<44} {perf:>5} {a11y:>5} {best:>5} {seo:>5} "
            f"{lcp:>7.0f} {kilobytes:>6.1f}"
        )
    print(
        "\nKB: bytes transferred for the page and everything it loads (Lighthouse's total byte weight)."
    )


if __name__ == "__main__":
    main()
