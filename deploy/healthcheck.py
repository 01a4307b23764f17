"""The container's health check: exit 0 when /healthz answers 200 (the database is reachable)."""

import os
import sys
import urllib.request

URL = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}/healthz"

try:
    with urllib.request.urlopen(URL, timeout=4) as response:  # noqa: S310 - a fixed local URL
        sys.exit(0 if response.status == 200 else 1)
except OSError as error:
    print(f"{URL}: {error}", file=sys.stderr)
    sys.exit(1)
