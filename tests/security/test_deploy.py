"""Production settings pass Django's deployment checks, with nothing silenced."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_production_settings_pass_check_deploy_at_warning_level():
    # The test run's own DJANGO_ALLOW_ASYNC_UNSAFE would (rightly) fail the check.
    env = {
        **{
            name: value for name, value in os.environ.items() if name != "DJANGO_ALLOW_ASYNC_UNSAFE"
        },
        "DJANGO_SETTINGS_MODULE": "leerpunt_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "www.leerpunt.be",
        "CSRF_TRUSTED_ORIGINS": "https://www.leerpunt.be",
        # Production requires a shared cache (pagecache.E001); the check does not connect to it.
        "CACHE_URL": "redis://127.0.0.1:6379/0",
    }

    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout
