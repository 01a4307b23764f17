from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "leerpunt_site.security"
    label = "security"
    verbose_name = "Beveiliging"
