from django.core.management.base import BaseCommand

from leerpunt_site.pagecache.cache import purge_all


class Command(BaseCommand):
    help = (
        "Maakt de paginacache leeg: elke bewaarde pagina wordt opnieuw opgebouwd. Nodig na een "
        "herstel van de database (scripts/restore.sh) of een wijziging buiten Wagtail om."
    )

    def handle(self, *args, **options):
        # The new generation is stored in the database first, so this works with Redis down too.
        purge_all()
        self.stdout.write("Paginacache leeggemaakt.")
