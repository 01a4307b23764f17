from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "leerpunt_site.core"
    label = "core"
    verbose_name = "Basis"
