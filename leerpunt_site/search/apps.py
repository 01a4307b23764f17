from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "leerpunt_site.search"
    label = "search"
    verbose_name = "Zoeken"
