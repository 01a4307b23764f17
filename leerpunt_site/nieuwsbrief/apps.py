from django.apps import AppConfig


class NieuwsbriefConfig(AppConfig):
    name = "leerpunt_site.nieuwsbrief"
    label = "nieuwsbrief"
    verbose_name = "Nieuwsbrief"
