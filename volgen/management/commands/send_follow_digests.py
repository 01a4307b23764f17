"""Mail each confirmed follower one digest of what changed; at most one a day per address."""

import logging

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from volgen.mail import digest_message
from volgen.models import Melding, Volger, Volging

logger = logging.getLogger(__name__)


def since_start_of_day(now):
    return timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)


def news_for(volger, follows):
    """Events on what this address follows, each after its follow was confirmed and after the
    previous digest."""
    conditions = Q()
    for follow in follows:
        since = max(filter(None, [follow.confirmed_at, volger.last_digest_at]))
        target = Q(page_id=follow.page_id) if follow.page_id else Q(thema_id=follow.thema_id)
        conditions |= target & Q(created_at__gt=since)
    return list(Melding.objects.filter(conditions).distinct())


class Command(BaseCommand):
    help = "Stuurt volgers één overzicht van wat veranderde, hoogstens één per adres per dag."

    def handle(self, *args, **options):
        now = timezone.now()
        follows = (
            Volging.objects.confirmed()
            .exclude(volger__last_digest_at__gte=since_start_of_day(now))
            .select_related("volger")
            .order_by("volger_id", "pk")
        )
        by_volger = {}
        for follow in follows:
            by_volger.setdefault(follow.volger, []).append(follow)
        sent = 0
        for volger, its_follows in by_volger.items():
            meldingen = news_for(volger, its_follows)
            if not meldingen:
                continue
            try:
                digest_message(volger, meldingen).send()
            except Exception:  # noqa: BLE001 - one failing address must not stop the others
                logger.exception("Overzicht voor volger %s mislukt", volger.pk)
                continue
            Volger.objects.filter(pk=volger.pk).update(last_digest_at=now)
            sent += 1
        self.stdout.write(f"{sent} overzichten verstuurd.")
