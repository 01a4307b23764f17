from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "leerpunt_site.demo"
    label = "demo"
    verbose_name = "Democontent"
