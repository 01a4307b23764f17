import time

import pytest
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from storages.backends.s3 import S3Storage

from leerpunt_site.settings.backing_services import cache_from_url, frontend_cache, media_storage


def test_redis_down_means_cache_misses_not_errors():
    # Nothing listens on port 1: the site must keep answering, uncached.
    with override_settings(CACHES=cache_from_url("redis://127.0.0.1:1/0")):
        cache = caches["default"]
        started = time.monotonic()
        cache.set("pagina", "inhoud")
        assert cache.get("pagina") is None
        assert time.monotonic() - started < 5


def test_file_cache_keeps_values_in_the_folder(tmp_path):
    with override_settings(CACHES=cache_from_url(f"file://{tmp_path}")):
        caches["default"].set("pagina", "inhoud")
        assert caches["default"].get("pagina") == "inhoud"
    assert any(tmp_path.iterdir())


def test_file_cache_needs_a_folder():
    with pytest.raises(ImproperlyConfigured):
        cache_from_url("file://")


def test_s3_files_get_stable_public_urls_on_the_cdn_host():
    options = media_storage(
        {
            "MEDIA_STORAGE": "s3",
            "AWS_STORAGE_BUCKET_NAME": "leerpunt-media",
            "AWS_S3_CUSTOM_DOMAIN": "media.leerpunt.be",
        }
    )["OPTIONS"]

    url = S3Storage(**options).url("images/klas.width-800.webp")

    # No signature or expiry in the URL, so a cached page never links to an expired image.
    assert url == "https://media.leerpunt.be/media/images/klas.width-800.webp"


def test_s3_compatible_services_by_their_endpoint():
    options = media_storage(
        {
            "MEDIA_STORAGE": "s3",
            "AWS_STORAGE_BUCKET_NAME": "leerpunt-media",
            "AWS_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud",
        }
    )["OPTIONS"]

    assert options["endpoint_url"] == "https://s3.fr-par.scw.cloud"
    assert options["file_overwrite"] is False


def test_no_cdn_by_default():
    assert frontend_cache({}) == {}
    assert frontend_cache({"FRONTEND_CACHE": "None"}) == {}


@pytest.mark.parametrize(
    ("build", "env", "message"),
    [
        (media_storage, {"MEDIA_STORAGE": "s3"}, "AWS_STORAGE_BUCKET_NAME is required"),
        (media_storage, {"MEDIA_STORAGE": "ftp"}, "MEDIA_STORAGE must be one of local, s3"),
        (frontend_cache, {"FRONTEND_CACHE": "cloudflare"}, "CLOUDFLARE_API_TOKEN is required"),
        (frontend_cache, {"FRONTEND_CACHE": "akamai"}, "FRONTEND_CACHE must be one of"),
        (
            lambda env: cache_from_url(env["CACHE_URL"]),
            {"CACHE_URL": "memcached://c:11211"},
            "CACHE_URL must start with",
        ),
    ],
)
def test_a_wrong_or_missing_variable_gives_a_clear_message(build, env, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        build(env)
