import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Prints what a running production server would use, each backend actually instantiated.
SHOW_SETTINGS = """
import json
import django
django.setup()
from django.conf import settings
from django.core.cache import caches
from django.core.files.storage import storages
from wagtail.contrib.frontend_cache.utils import get_backends
print(json.dumps({
    "STORAGES": settings.STORAGES,
    "CACHES": settings.CACHES,
    "WAGTAILFRONTENDCACHE": settings.WAGTAILFRONTENDCACHE,
    "INSTALLED_APPS": settings.INSTALLED_APPS,
    "MIDDLEWARE": settings.MIDDLEWARE,
    "storage_class": type(storages["default"]).__name__,
    "cache_class": type(caches["default"]).__name__,
    "purge_backends": sorted(type(b).__name__ for b in get_backends().values()),
}))
"""

BASE_ENV = {
    "SECRET_KEY": "a-test-secret-that-is-long-and-random-enough-0123456789-abcdefghij",
    "ALLOWED_HOSTS": "www.leerpunt.be",
    "CSRF_TRUSTED_ORIGINS": "https://www.leerpunt.be",
}


def production_env(**overrides):
    """A clean environment for production settings: nothing leaks in from the developer's shell."""
    return {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "leerpunt_site.settings.production",
        "DATABASE_URL": os.environ.get("DATABASE_URL", ""),
        **BASE_ENV,
        **overrides,
    }


def run_production(args, **env):
    return subprocess.run(  # noqa: S603 - our own interpreter and fixed arguments
        args,
        cwd=REPO,
        env=production_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def production_settings():
    """Loads the production settings in a fresh interpreter with the given environment."""

    def load(**env):
        result = run_production([sys.executable, "-c", SHOW_SETTINGS], **env)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    return load
