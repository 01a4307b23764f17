from django.apps import AppConfig


class ProjectenConfig(AppConfig):
    name = "projecten"
    label = "projecten"
    verbose_name = "Projecten"
