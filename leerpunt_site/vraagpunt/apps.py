from django.apps import AppConfig


class VraagpuntConfig(AppConfig):
    name = "leerpunt_site.vraagpunt"
    label = "vraagpunt"
    verbose_name = "Vraagpunt"
