from django.core.management.base import BaseCommand, CommandError

from leerpunt_site.core.content_checks import run_checks


class Command(BaseCommand):
    help = (
        "Zoekt tegenspraak in de inhoud: een status die niet klopt met de data, links naar "
        "video's die het publiek niet kan openen, een toolkitoordeel over een onbekend cijfer, "
        "een aantal in een veld dat niet klopt met de boom, links naar pagina's die niet "
        "openbaar zijn. Elke app levert haar eigen controles (hook 'register_content_checks')."
    )

    def handle(self, *args, **options):
        findings = run_checks()
        for finding in findings:
            self.stdout.write(str(finding))
        if findings:
            raise CommandError(f"{len(findings)} tegenstrijdigheden gevonden.")
        self.stdout.write(self.style.SUCCESS("Geen tegenstrijdigheden gevonden."))
