from django.apps import AppConfig


class UpdatesConfig(AppConfig):
    name = "leerpunt_site.updates"
    label = "updates"
    verbose_name = "Updates"
