from django.apps import AppConfig


class VolgenConfig(AppConfig):
    name = "volgen"
    verbose_name = "Volgen"

    def ready(self):
        from . import signals  # noqa: F401 - connects the publish receivers
