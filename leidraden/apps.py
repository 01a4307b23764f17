from django.apps import AppConfig


class LeidradenConfig(AppConfig):
    name = "leidraden"
    label = "leidraden"
    verbose_name = "Leidraden"
