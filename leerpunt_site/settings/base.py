"""Settings shared by every environment. Environment-specific files import from here."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    # The site shell, small apps inside leerpunt_site/
    "leerpunt_site.core",
    "leerpunt_site.ops",
    "leerpunt_site.taxonomy",
    "leerpunt_site.home",
    "leerpunt_site.search",
    "leerpunt_site.updates",
    "leerpunt_site.agenda",
    "leerpunt_site.vraagpunt",
    "leerpunt_site.nieuwsbrief",
    "leerpunt_site.pagecache",
    "leerpunt_site.volume",
    "leerpunt_site.editorial",
    # Content domains; order matters for the demo content (leidraden link toolkit items)
    "toolkit",
    "leidraden",
    "kennisagenda",
    "projecten",
    "werkmap",  # uses the toolkit and the guides; they never import it
    "volgen",  # likewise: follows toolkit items, guides and themes
    # Last: its demo loader wires navigation and users once every section exists
    "leerpunt_site.antwoorden",
    "leerpunt_site.demo",
    "leerpunt_site.security",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # Wagtail's admin uses its naturaltime filter; installed, its Dutch ("2 dagen geleden")
    # comes with it instead of "2 days ago".
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below whitenoise: static files need no page policy; everything Django renders gets one.
    "leerpunt_site.security.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Before sessions and authentication: a cached page for a visitor without a session cookie
    # is answered here (docs/performance.md). After it, everything runs for every other request.
    "leerpunt_site.pagecache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "leerpunt_site.security.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # A form body in another character set: a clear 400 with every header (security/middleware.py).
    "leerpunt_site.security.middleware.UnreadableBodyMiddleware",
    # A question posted while the database is down comes back in its form (vraagpunt/middleware.py).
    "leerpunt_site.vraagpunt.middleware.UnsavedQuestionMiddleware",
    "leerpunt_site.core.middleware.CachedSiteMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a locked-out login into its 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "leerpunt_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "leerpunt_site.wsgi.application"

# SQLite is the zero-setup default; production and the tests point DATABASE_URL at PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Neither Django nor Wagtail ships nl-BE; the public templates say lang="nl-BE".
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
# Before the apps' own catalogues: corrections to Wagtail's Dutch (locale/nl/LC_MESSAGES/django.po).
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static_collected"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Leerpunt"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False

# Dutch stemming on PostgreSQL ("leerlingen" finds "leerling"); SQLite ignores SEARCH_CONFIG.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "dutch",
    }
}

# Uploads: an allow-list of office formats (no html, svg or executables), served through
# Wagtail's view so every download gets nosniff, `default-src 'none'` and, except for PDF,
# Content-Disposition: attachment. SVG images are left out on purpose: they can carry scripts.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# A 7071 x 7071 PNG of 0.16 MB (50 megapixels) took a worker 4.9 s and 1.2 GB at its first
# rendition: 25 megapixels (a 6000 x 4000 camera photo) is the limit, all frames of an animation
# counted together, and at most IMAGE_MAX_FRAMES frames (security/images.py).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 25_000_000
IMAGE_MAX_FRAMES = 100
WAGTAILIMAGES_IMAGE_FORM_BASE = "leerpunt_site.security.images.ImageForm"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Whole pages for anonymous visitors (leerpunt_site/pagecache, docs/performance.md).
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "true").lower() == "true"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_BROWSER_SECONDS = int(os.environ.get("PAGE_CACHE_BROWSER_SECONDS", "60"))
PAGE_CACHE_ALIAS = "default"
# How long the cache's copy of the generation lives; a purge that cannot reach the cache waits
# this long (leerpunt_site/pagecache/cache.py).
PAGE_CACHE_GENERATION_SECONDS = 1
# Processes that serve or publish the site; a cache of one process serves only one
# (pagecache.E001). production.py counts the gunicorn workers and the scheduler.
SITE_PROCESSES = 1
# After a Redis timeout or connection error, each process leaves Redis alone this long.
CACHE_BREAKER_SECONDS = int(os.environ.get("CACHE_BREAKER_SECONDS", "10"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Redactionele workflow (docs/editorial.md)
# An edit after a step was approved sends the page through every step of the check again.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Publishing directly (only possible outside the checked sections) cancels a running check.
WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH = True
# The last approval publishes, even though reviewers have no publish permission of their own.
WAGTAIL_FINISH_WORKFLOW_ACTION = (
    "leerpunt_site.editorial.workflow_actions.publish_approved_revision"
)
# Review requests go to the committee groups by e-mail, not to every superuser as well.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

# Mail leaves outside the request (vraagpunt, nieuwsbrief: @task(backend="mail")), so a slow mail
# server never holds up a page. Here both backends run a task at once, in the request (dev, tests);
# production.py queues mail in the database for the worker (`manage.py db_worker --backend mail`).
# Wagtail's own tasks (search index, references, file deletion) keep the default backend.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
# An SMTP server that accepts the connection and never answers fails a send after this long.
EMAIL_TIMEOUT = 10

# Vraagpunt en nieuwsbrief
# Who hears about new questions; the question is stored first, so a mail failure loses nothing.
VRAAGPUNT_NOTIFY_EMAIL = os.environ.get("VRAAGPUNT_NOTIFY_EMAIL", "info@leerpunt.be")
# Posts per client address (security.clients.client_address) and window in seconds, per form.
PUBLIC_FORM_RATE_LIMIT = (5, 10 * 60)
# Retention (`manage.py apply_retention`), as stated on the privacy page.
VRAAGPUNT_RETENTION_DAYS = 730  # two years after the answer, then anonymised
NIEUWSBRIEF_CONFIRM_DAYS = 7  # the confirmation link expires after this
NIEUWSBRIEF_UNCONFIRMED_RETENTION_DAYS = 30  # unconfirmed sign-ups are deleted after this
# The licence of the toolkit's open data, as (name, url). Empty: no licence is declared, because
# Leerpunt has not published one; set both once it has.
TOOLKIT_DATA_LICENCE = (
    os.environ.get("TOOLKIT_DATA_LICENCE", ""),
    os.environ.get("TOOLKIT_DATA_LICENCE_URL", ""),
)

# Security: headers, admin log-in, two-factor. docs/security.md explains each choice.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_AGE = 12 * 60 * 60  # only staff have sessions: one working day
SESSION_COOKIE_HTTPONLY = True

# The public site runs no inline script and loads nothing from elsewhere. The one inline style
# is the self-contained 500 page's (it must render with the database and static files gone);
# it is allowed by its hash, which tests/security/test_headers.py checks against the template.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'sha256-v3h1noUO/bF33EkGPupZNg7t+oYt3Mao1sm6SlakbyQ='"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail admin renders inline scripts and styles and previews pages in a same-origin frame.
CONTENT_SECURITY_POLICY_ADMIN = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
CONTENT_SECURITY_POLICY_ADMIN_PREFIXES = ["/admin/", "/django-admin/"]

PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    ]
}

# Log-in throttling: five failures from one address, or five for one user name from anywhere,
# lock that address or that name for fifteen minutes (security.views.lockout answers 429 in
# Dutch). The name lock stops guessing spread over many addresses; it also means a stranger can
# lock a colleague out for fifteen minutes, the price of that. Axes deletes attempts older than
# the cool-off at the next log-in, and its log lines name neither user nor address.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "leerpunt_site.security.views.lockout"
AXES_DISABLE_ACCESS_LOG = True  # no record of every successful log-in with its address
AXES_CLIENT_STR_CALLABLE = "leerpunt_site.security.logging.anonymous_client"
AXES_CLIENT_IP_CALLABLE = "leerpunt_site.security.clients.client_address"
# Who the visitor is behind proxies (security/clients.py, docs/security.md "Behind proxies"): how
# many proxies append to X-Forwarded-For, and the networks a request must come from for the
# header to be read at all. 0 here (runserver); production.py reads both from the environment.
TRUSTED_PROXY_COUNT = 0
TRUSTED_PROXY_NETWORKS = ["127.0.0.0/8", "::1/128"]
# Wrong passwords on a password-protected page, per visitor and window in seconds.
PAGE_PASSWORD_RATE_LIMIT = (10, 15 * 60)
OTP_TOTP_ISSUER = "Leerpunt"
# No avatars from gravatar.com: it would tell a third party which editors are at work.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
