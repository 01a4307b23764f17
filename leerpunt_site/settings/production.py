"""Production: every secret, host and backing service comes from the environment.

.env.example lists each variable; docs/deployment.md says when to change which.
"""

import os

from .backing_services import (
    cache_from_url,
    frontend_cache,
    media_storage,
    required,
    search_backends,
)
from .base import *  # noqa: F403
from .base import DATABASES, INSTALLED_APPS, LOGGING, MIDDLEWARE, STORAGES, TASKS, env_list

DEBUG = False
SECRET_KEY = required(os.environ, "SECRET_KEY", "in production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# TLS ends at the proxy in front of gunicorn, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Load balancers and container health checks call /healthz over plain HTTP with whatever Host
# header they like; this answers them before the HTTPS redirect and the host check.
MIDDLEWARE = ["leerpunt_site.ops.middleware.HealthCheckMiddleware", *MIDDLEWARE]

DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DB_CONN_MAX_AGE", "60"))

# Storage, cache and CDN: see backing_services.py.
STORAGES = {**STORAGES, "default": media_storage(os.environ)}
# Without CACHE_URL the cache is the process's own memory, which the check pagecache.E001 refuses:
# the gunicorn workers (WEB_CONCURRENCY, read as deploy/gunicorn.conf.py reads it) and the
# scheduler that publishes scheduled pages must see each other's purges.
CACHES = cache_from_url(os.environ.get("CACHE_URL", "locmem://"))
SITE_PROCESSES = int(os.environ.get("WEB_CONCURRENCY", "3")) + 1
WAGTAILFRONTENDCACHE = frontend_cache(os.environ)
# Search: the database backend, or OpenSearch/Elasticsearch past ~10,000 pages (docs/search.md).
WAGTAILSEARCH_BACKENDS = search_backends(os.environ)
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]

# Documents always pass Wagtail's privacy check; in object storage they are not public.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false").lower() == "true"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "website@leerpunt.be")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
# Mail waits in the database for the worker container (docker-compose.yml, docs/deployment.md).
TASKS = {
    **TASKS,
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "https://www.leerpunt.be")

# Logs go to stdout/stderr, where the container runtime collects them.
LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "WARNING").upper()

# Beveiliging
# gunicorn sits behind TRUSTED_PROXY_COUNT proxies that append to X-Forwarded-For, the nearest of
# them in TRUSTED_PROXY_NETWORKS (private networks by default: a compose network, a load balancer
# in a VPC). Every limit per address then sees the visitor, not the proxy (security/clients.py).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
TRUSTED_PROXY_NETWORKS = env_list(
    "TRUSTED_PROXY_NETWORKS", "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7"
)
