from django.core.management.base import BaseCommand, CommandError

from leerpunt_site.volume.generator import DemoContentMissing, generate


class Command(BaseCommand):
    help = (
        "Voegt veel realistische pagina's toe (toolkitaanpakken, projecten, updates: elke app "
        "levert de zijne in volume.py) bovenop de democontent, voor benchmarks. Nooit deel van de "
        "democontent; elke run voegt nieuwe pagina's toe."
    )

    def add_arguments(self, parser):
        parser.add_argument("--items", type=int, default=10_000, help="Aantal pagina's (10000).")
        parser.add_argument(
            "--no-index",
            dest="index",
            action="store_false",
            help="De nieuwe pagina's niet in de zoekindex opnemen (sneller).",
        )
        parser.add_argument("--seed", type=int, help="Vast zaadje voor herhaalbare inhoud.")

    def handle(self, *args, items, index, seed, **options):
        if items < 1:
            raise CommandError("--items moet minstens 1 zijn.")
        try:
            result = generate(items, index=index, seed=seed)
        except DemoContentMissing as error:
            raise CommandError(str(error)) from error
        made = [f"{number} {label}" for label, number in result.made.items()]
        listed = ", ".join(made[:-1]) + " en " + made[-1] if len(made) > 1 else "".join(made)
        self.stdout.write(
            f"{listed} aangemaakt; "
            + (f"{result.indexed} in de zoekindex." if index else "niet in de zoekindex.")
        )
        self.stdout.write(self.style.SUCCESS(f"Klaar in {result.seconds:.1f} s."))
