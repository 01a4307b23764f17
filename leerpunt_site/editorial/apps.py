from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "leerpunt_site.editorial"
    label = "editorial"
    verbose_name = "Redactionele workflow"
