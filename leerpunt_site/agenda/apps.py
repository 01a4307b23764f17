from django.apps import AppConfig


class AgendaConfig(AppConfig):
    name = "leerpunt_site.agenda"
    label = "agenda"
    verbose_name = "Agenda"
