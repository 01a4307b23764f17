from django.apps import AppConfig


class PagecacheConfig(AppConfig):
    name = "leerpunt_site.pagecache"
    label = "pagecache"
    verbose_name = "Paginacache"

    def ready(self):
        from . import checks, signals  # noqa: F401 - registers the check and the purge handlers
