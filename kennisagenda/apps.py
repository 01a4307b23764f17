from django.apps import AppConfig


class KennisagendaConfig(AppConfig):
    name = "kennisagenda"
    label = "kennisagenda"
    verbose_name = "Kennisagenda"
