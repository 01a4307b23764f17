"""The test suite: PostgreSQL when DATABASE_URL points at one, SQLite otherwise."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
# Static files straight from the app and project folders; nothing is collected for tests.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Query budgets are measured on uncached rendering; tests/test_pagecache.py switches the cache on.
PAGE_CACHE_ENABLED = False

# django-axes needs the request at every authenticate(), which the test client's login() does not
# pass; tests/security turns it on where the lock-out itself is tested.
AXES_ENABLED = False

# One process, and a cache cleared between tests: the generation's copy may live long, so a query
# budget never counts the read of the generation that a copy expiring mid-test would cost.
PAGE_CACHE_GENERATION_SECONDS = 300

# Count every search that finds something (search/hits.py samples one in ten in production), so a
# search costs the same queries in every run and its budget is measured with the write.
SEARCH_HIT_SAMPLE = 1
