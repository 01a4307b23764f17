from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "leerpunt_site.home"
    label = "home"
    verbose_name = "Home en standaardpagina's"
