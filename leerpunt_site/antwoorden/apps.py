from django.apps import AppConfig


class AntwoordenConfig(AppConfig):
    name = "leerpunt_site.antwoorden"
    label = "antwoorden"
    verbose_name = "Antwoorden van het Vraagpunt"
