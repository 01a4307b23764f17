from django.apps import AppConfig


class VolumeConfig(AppConfig):
    name = "leerpunt_site.volume"
    label = "volume"
    verbose_name = "Volume en demobeelden"
