from django.core.management.base import BaseCommand
from django.db import transaction

from leerpunt_site.editorial import setup


class Command(BaseCommand):
    help = (
        "Maakt de redactiegroepen, hun rechten en de workflows Kwaliteitscheck en Publicatiecheck "
        "aan en koppelt ze aan de secties. Idempotent; draai het na het aanmaken van de paginaboom."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            setup.apply()
        checked, open_sections = setup.sections(setup.global_apps)
        self.stdout.write(
            "Kwaliteitscheck op: " + (", ".join(p.url_path for p in checked) or "nog geen secties")
        )
        self.stdout.write(
            "Communicatie publiceert: "
            + (", ".join(p.url_path for p in open_sections) or "nog geen secties")
        )
        self.stdout.write(self.style.SUCCESS("Redactionele workflow ingesteld."))
