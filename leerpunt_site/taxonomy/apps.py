from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "leerpunt_site.taxonomy"
    label = "taxonomy"
    verbose_name = "Taxonomie"
