"""Storage, cache and CDN settings built from environment variables, for production.py.

Each function takes the environment as a mapping, so the same image runs on one small server
(files on disk, a cache on disk or in Redis, no CDN) or on many (object storage, Redis, a CDN) without a
code change. docs/deployment.md explains when to switch; .env.example lists every variable.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

# Uploaded files never change under the same name (file_overwrite is off), so the CDN and
# browsers may keep them for a month.
MEDIA_CACHE_CONTROL = "public, max-age=2592000"


def required(env, name, reason):
    """The variable's value; a clear error at start-up instead of a KeyError when it is unset."""
    value = env.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} is required {reason}.")
    return value


def _choice(env, name, default, choices):
    value = env.get(name, "").strip().lower() or default
    if value not in choices:
        raise ImproperlyConfigured(f"{name} must be one of {', '.join(choices)}, not {value!r}.")
    return value


def media_storage(env):
    """The STORAGES["default"] entry: images and documents on local disk or in an S3 bucket.

    S3 credentials are deliberately absent from OPTIONS: boto3 reads AWS_ACCESS_KEY_ID and
    AWS_SECRET_ACCESS_KEY from the environment (or uses the server's IAM role), and Wagtail
    writes storage arguments into its task table when it deletes files.
    """
    kind = _choice(env, "MEDIA_STORAGE", "local", ("local", "s3"))
    if kind == "local":
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": required(env, "AWS_STORAGE_BUCKET_NAME", "when MEDIA_STORAGE=s3"),
            "region_name": env.get("AWS_S3_REGION_NAME") or None,
            # Any S3-compatible service (MinIO, Scaleway, OVH, Cloudflare R2...) by its URL.
            "endpoint_url": env.get("AWS_S3_ENDPOINT_URL") or None,
            # A CDN host or the bucket's public host; without it, the bucket's own URL.
            "custom_domain": env.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": env.get("AWS_LOCATION", "media"),
            # Public image URLs stay stable, so cached pages never point at expired links.
            # Documents are not public in the bucket: Wagtail's view streams them after its
            # privacy check (WAGTAILDOCS_SERVE_METHOD in production.py).
            "querystring_auth": False,
            "default_acl": None,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": MEDIA_CACHE_CONTROL},
        },
    }


def cache_from_url(url):
    """The CACHES setting from one URL: redis://host:port/db, file:///path (one server) or
    locmem:// (one process: development only, refused by the check pagecache.E001)."""
    parts = urlsplit(url)
    if parts.scheme == "locmem":
        default = {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": parts.netloc or "leerpunt",
        }
    elif parts.scheme == "file":
        if not parts.path:
            raise ImproperlyConfigured("CACHE_URL file:// needs a folder, e.g. file:///tmp/cache.")
        default = {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": parts.path,
        }
    elif parts.scheme in ("redis", "rediss"):
        default = {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "leerpunt",
            "OPTIONS": {
                # With Redis down the site keeps serving, uncached, instead of answering 500.
                "IGNORE_EXCEPTIONS": True,
                # A Redis on the local network answers in a millisecond; one that is down or hung
                # costs one such timeout per process, then the circuit breaker skips it for
                # CACHE_BREAKER_SECONDS and logs that once (docs/reliability.md).
                "SOCKET_CONNECT_TIMEOUT": 0.2,
                "SOCKET_TIMEOUT": 0.3,
                "CONNECTION_POOL_CLASS": "leerpunt_site.pagecache.breaker.BreakerConnectionPool",
            },
        }
    else:
        raise ImproperlyConfigured(
            f"CACHE_URL must start with locmem://, file:// or redis://, not {url!r}."
        )
    return {"default": default}


def frontend_cache(env):
    """WAGTAILFRONTENDCACHE: which CDN Wagtail purges when an editor publishes a page."""
    provider = _choice(env, "FRONTEND_CACHE", "none", ("none", "cloudflare", "cloudfront"))
    if provider == "cloudflare":
        reason = "when FRONTEND_CACHE=cloudflare"
        return {
            "default": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
                "BEARER_TOKEN": required(env, "CLOUDFLARE_API_TOKEN", reason),
                "ZONEID": required(env, "CLOUDFLARE_ZONE_ID", reason),
            }
        }
    if provider == "cloudfront":
        # boto3 takes its credentials from the environment or the server's IAM role.
        return {
            "default": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
                "DISTRIBUTION_ID": required(
                    env, "CLOUDFRONT_DISTRIBUTION_ID", "when FRONTEND_CACHE=cloudfront"
                ),
            }
        }
    return {}


SEARCH_BACKEND_MODULES = {
    "database": "wagtail.search.backends.database",
    "opensearch": "wagtail.search.backends.opensearch2",
    "elasticsearch": "wagtail.search.backends.elasticsearch8",
}


def search_backends(env):
    """WAGTAILSEARCH_BACKENDS: the database (Dutch stemming on PostgreSQL), or for a site that
    outgrows it OpenSearch 2 or Elasticsearch 8 at SEARCH_URL, analysing text as Dutch. The client
    package (opensearch-py or elasticsearch) is then installed with the image; docs/deployment.md."""
    kind = _choice(env, "SEARCH_BACKEND", "database", tuple(SEARCH_BACKEND_MODULES))
    backend = {"BACKEND": SEARCH_BACKEND_MODULES[kind]}
    if kind == "database":
        backend["SEARCH_CONFIG"] = "dutch"
    else:
        backend.update(
            URLS=[required(env, "SEARCH_URL", f"with SEARCH_BACKEND={kind}")],
            INDEX_PREFIX=env.get("SEARCH_INDEX_PREFIX", "leerpunt_"),
            TIMEOUT=5,
            INDEX_SETTINGS={
                "settings": {"index": {"analysis": {"analyzer": {"default": {"type": "dutch"}}}}}
            },
        )
    return {"default": backend}
