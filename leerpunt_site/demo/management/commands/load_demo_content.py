from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = (
        "Bouwt de democontent op uit de bestanden in demo/. Idempotent: wat al bestaat, blijft "
        "zoals een redacteur het achterliet."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            for app_config in apps.get_app_configs():
                try:
                    module = import_module(f"{app_config.name}.demo")
                except ModuleNotFoundError as error:
                    if error.name != f"{app_config.name}.demo":
                        raise
                    continue
                summary = module.load()
                self.stdout.write(f"{app_config.verbose_name}: {summary or 'klaar'}")
        self.stdout.write(self.style.SUCCESS("Democontent geladen."))
