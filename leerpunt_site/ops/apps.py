from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Running the site: the scheduled-jobs command and the health-check middleware."""

    name = "leerpunt_site.ops"
    label = "ops"
    verbose_name = "Beheer van de server"
