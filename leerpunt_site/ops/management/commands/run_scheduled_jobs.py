import logging

from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError

logger = logging.getLogger(__name__)

# Run in this order, every few minutes, by the scheduler container (docker-compose.yml):
# scheduled (un)publishing, the retention of questions and sign-ups, then the followers' digests.
DEFAULT_JOBS = ("publish_scheduled", "apply_retention", "send_follow_digests")


class Command(BaseCommand):
    help = (
        "Voert de periodieke taken uit: geplande pagina's publiceren en oude inzendingen "
        "opruimen. Een taak die mislukt, houdt de volgende niet tegen."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "jobs",
            nargs="*",
            default=DEFAULT_JOBS,
            help="Namen van managementcommando's; standaard: " + ", ".join(DEFAULT_JOBS),
        )

    def handle(self, *args, jobs, **options):
        available = get_commands()
        failed = []
        for job in jobs:
            if job not in available:
                self.stdout.write(f"{job}: overgeslagen, dit commando bestaat (nog) niet")
                continue
            try:
                call_command(job, stdout=self.stdout, stderr=self.stderr)
            except Exception:  # noqa: BLE001 - one broken job must not stop the others
                logger.exception("Periodieke taak %s mislukt", job)
                failed.append(job)
            else:
                self.stdout.write(f"{job}: klaar")
        if failed:
            raise CommandError(f"Mislukt: {', '.join(failed)}")
