from django.apps import AppConfig


class KennisagendaConfig(AppConfig):
    name = "kennisagenda"
    label = "kennisagenda"
    verbose_name = "Kennisagenda"

    def ready(self):
        from .cache import connect_signals

        connect_signals()
