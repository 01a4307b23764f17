from django.apps import AppConfig


class WerkmapConfig(AppConfig):
    name = "werkmap"
    verbose_name = "Werkmap"
