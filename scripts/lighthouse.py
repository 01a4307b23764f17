"""`make lighthouse`: Lighthouse scores for one page of every page type, served by gunicorn as in
production (cache in Redis, DEBUG off) on 127.0.0.1. About 15 s a page."""

import json
import os
import subprocess
import tempfile

from bench import PORT, REDIS_PORT, manage, page_urls, start_gunicorn, stop

LIGHTHOUSE = "lighthouse@12.8.2"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"


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


def main():
    manage("migrate", "--noinput", "-v", "0")
    manage("load_demo_content")
    manage("collectstatic", "--noinput", "-v", "0")
    urls = page_urls()
    redis = subprocess.Popen(
        ["redis-server", "--port", str(REDIS_PORT), "--save", ""], stdout=subprocess.DEVNULL
    )
    server = start_gunicorn(CACHE_URL=f"redis://127.0.0.1:{REDIS_PORT}/0")
    rows = []
    try:
        for label, path in urls:
            data = audit(f"http://127.0.0.1:{PORT}{path}")
            if data is None:
                rows.append((label, path, None, None, None, None, None))
                continue
            scores = [round((data["categories"][c]["score"] or 0) * 100) for c in CATEGORIES]
            lcp = data["audits"]["largest-contentful-paint"]["numericValue"]
            rows.append((label, path, *scores, lcp))
    finally:
        stop(server)
        redis.terminate()
    print(
        f"\n{'page type':<22} {'url':<44} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5} {'LCP ms':>7}"
    )
    for label, path, perf, a11y, best, seo, lcp in rows:
        if perf is None:
            print(f"{label:<22} {path[:44]:<44} Lighthouse failed three times")
            continue
        print(f"{label:<22} {path[:44]:<44} {perf:>5} {a11y:>5} {best:>5} {seo:>5} {lcp:>7.0f}")


if __name__ == "__main__":
    main()
