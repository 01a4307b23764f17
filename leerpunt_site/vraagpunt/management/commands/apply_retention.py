"""Apply the retention periods of the privacy statement; run it daily (cron or a scheduler)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from leerpunt_site.nieuwsbrief.models import Inschrijving
from leerpunt_site.vraagpunt.models import Vraag
from leerpunt_site.vraagpunt.signals import retention_due


class Command(BaseCommand):
    help = (
        "Anonimiseert vragen van het Vraagpunt na VRAAGPUNT_RETENTION_DAYS (vanaf het antwoord) "
        "en wist onbevestigde nieuwsbriefinschrijvingen na NIEUWSBRIEF_UNCONFIRMED_RETENTION_DAYS."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        anonymised = Vraag.objects.due_for_anonymising().anonymise()
        _, per_model = Inschrijving.objects.unconfirmed_and_expired().delete()
        deleted = per_model.get(Inschrijving._meta.label, 0)
        self.stdout.write(
            f"{anonymised} vragen geanonimiseerd, {deleted} onbevestigde inschrijvingen gewist."
        )
        for _, report in retention_due.send(sender=self.__class__):
            self.stdout.write(report)
