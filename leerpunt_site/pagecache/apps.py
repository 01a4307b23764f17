from django.apps import AppConfig


class PagecacheConfig(AppConfig):
    name = "leerpunt_site.pagecache"
    label = "pagecache"
    verbose_name = "Paginacache"

    def ready(self):
        from . import signals  # noqa: F401 - connects the purge handlers
