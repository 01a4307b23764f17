"""The production settings in every configuration docs/deployment.md describes, each loaded in a
fresh interpreter from environment variables only, as the container does."""

import sys

import pytest

from .conftest import run_production

S3_ENV = {
    "MEDIA_STORAGE": "s3",
    "AWS_STORAGE_BUCKET_NAME": "leerpunt-media",
    "AWS_S3_REGION_NAME": "eu-west-1",
    "AWS_S3_CUSTOM_DOMAIN": "media.leerpunt.be",
    "AWS_ACCESS_KEY_ID": "AKIAEXAMPLEKEYID",
    "AWS_SECRET_ACCESS_KEY": "secret-from-the-environment-only",
}
STORAGES = {
    "local": ({}, "FileSystemStorage"),
    "s3": (S3_ENV, "S3Storage"),
}
CACHES = {
    "default-locmem": ({}, "LocMemCache"),
    "file": ({"CACHE_URL": "file:///tmp/leerpunt-test-cache"}, "FileBasedCache"),
    "redis": ({"CACHE_URL": "redis://redis:6379/0"}, "RedisCache"),
}
CLOUDFLARE_ENV = {
    "FRONTEND_CACHE": "cloudflare",
    "CLOUDFLARE_API_TOKEN": "cf-token",
    "CLOUDFLARE_ZONE_ID": "zone-123",
}


@pytest.mark.parametrize("cache", CACHES)
@pytest.mark.parametrize("storage", STORAGES)
def test_production_settings_load_for_each_storage_and_cache(production_settings, storage, cache):
    storage_env, storage_class = STORAGES[storage]
    cache_env, cache_class = CACHES[cache]

    loaded = production_settings(**storage_env, **cache_env)

    assert loaded["storage_class"] == storage_class
    assert loaded["cache_class"] == cache_class
    # Static files stay in the image, served by whitenoise, whatever holds the uploads.
    assert loaded["STORAGES"]["staticfiles"]["BACKEND"].startswith("whitenoise.")
    assert loaded["MIDDLEWARE"][0] == "leerpunt_site.ops.middleware.HealthCheckMiddleware"
    # No CDN unless one is configured.
    assert loaded["WAGTAILFRONTENDCACHE"] == {}
    assert loaded["purge_backends"] == []
    # Wagtail writes storage arguments into its task table: S3 secrets must never be there.
    assert "secret-from-the-environment-only" not in str(loaded)
    assert "AKIAEXAMPLEKEYID" not in str(loaded)


@pytest.mark.parametrize("storage", STORAGES)
def test_cloudflare_purging_with_the_shared_cache(production_settings, storage):
    loaded = production_settings(
        CACHE_URL="redis://redis:6379/0", **STORAGES[storage][0], **CLOUDFLARE_ENV
    )

    assert loaded["purge_backends"] == ["CloudflareBackend"]
    assert loaded["WAGTAILFRONTENDCACHE"]["default"]["ZONEID"] == "zone-123"
    assert "wagtail.contrib.frontend_cache" in loaded["INSTALLED_APPS"]


def test_cloudfront_purging(production_settings):
    loaded = production_settings(
        **S3_ENV, FRONTEND_CACHE="cloudfront", CLOUDFRONT_DISTRIBUTION_ID="E2EXAMPLE"
    )

    assert loaded["purge_backends"] == ["CloudfrontBackend"]
    assert loaded["WAGTAILFRONTENDCACHE"]["default"]["DISTRIBUTION_ID"] == "E2EXAMPLE"


def test_without_a_secret_key_the_site_refuses_to_start():
    result = run_production([sys.executable, "-c", "import django; django.setup()"], SECRET_KEY="")

    assert result.returncode != 0
    assert "SECRET_KEY is required in production" in result.stderr


@pytest.mark.parametrize(
    "env",
    [
        {"CACHE_URL": "redis://redis:6379/0"},
        {"CACHE_URL": "file:///var/tmp/leerpunt-cache"},
        {**S3_ENV, **CLOUDFLARE_ENV, "CACHE_URL": "redis://redis:6379/0"},
    ],
    ids=["one-server", "one-server-file-cache", "scaled-out"],
)
def test_deploy_check_passes_without_warnings(env):
    result = run_production(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], **env
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    "env",
    [{}, {"CACHE_URL": "locmem://"}, {"CACHE_URL": "locmem://", "WEB_CONCURRENCY": "1"}],
    ids=["no-cache-url", "locmem", "locmem-one-worker"],
)
def test_deploy_check_refuses_a_cache_of_one_process(env):
    # Even one gunicorn worker shares the site with the scheduler, which publishes scheduled pages.
    result = run_production([sys.executable, "manage.py", "check", "--deploy"], **env)

    assert result.returncode != 0
    assert "pagecache.E001" in result.stderr
    assert "Set CACHE_URL to a shared cache: redis://" in result.stderr
