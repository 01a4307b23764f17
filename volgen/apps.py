from django.apps import AppConfig


class VolgenConfig(AppConfig):
    name = "volgen"
    verbose_name = "Volgen"
    url_prefix = "volgen/"  # leerpunt_site/urls.py includes volgen/urls.py here

    def ready(self):
        from . import signals  # noqa: F401 - connects the publish receivers
