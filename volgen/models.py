"""'Volg deze aanpak': e-mail followers of a toolkit item, a guide or a kennisagenda theme.

A follow counts only after its confirmation link (double opt-in, the newsletter's signed links).
Publishing records a Melding; `send_follow_digests` mails each confirmed address at most one digest
a day. Unsubscribing deletes the address with all its follows; `apply_retention` deletes follows never
confirmed, as the privacy statement says.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone

from leerpunt_site.editorial.setup import BEHEER, COMMUNICATIE
from leerpunt_site.nieuwsbrief.tokens import SignedLinkMixin

CONFIRM_SALT = "volgen.bevestigen"
UNSUBSCRIBE_SALT = "volgen.uitschrijven"
# Personal data from the public form, as the newsletter's sign-ups: Communicatie looks, Beheer also
# deletes on request (leerpunt_site/editorial/setup.py, docs/editors.md).
FOLLOWERS = {COMMUNICATIE: ("view",), BEHEER: ("view", "delete")}


class Volger(SignedLinkMixin, models.Model):
    email = models.EmailField("e-mailadres", unique=True)
    last_digest_at = models.DateTimeField("laatste overzicht verstuurd op", null=True, blank=True)

    staff_permissions = FOLLOWERS

    class Meta:
        verbose_name = "volger"
        verbose_name_plural = "volgers"

    def __str__(self):
        return self.email


class VolgingQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed_and_expired(self, now=None):
        cutoff = (now or timezone.now()) - timedelta(
            days=settings.NIEUWSBRIEF_UNCONFIRMED_RETENTION_DAYS
        )
        return self.filter(confirmed_at=None, consent_at__lt=cutoff)


class Volging(SignedLinkMixin, models.Model):
    """One address following one page (a toolkit item or a guide) or one theme."""

    token_email_lookup = "volger__email"  # noqa: S105 - a field lookup

    volger = models.ForeignKey(Volger, on_delete=models.CASCADE, related_name="volgingen")
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    thema = models.ForeignKey(
        "taxonomy.Thema", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    consent_at = models.DateTimeField("toestemming gegeven op")
    confirmed_at = models.DateTimeField("bevestigd op", null=True, blank=True)

    objects = VolgingQuerySet.as_manager()
    staff_permissions = FOLLOWERS

    class Meta:
        verbose_name = "volging"
        verbose_name_plural = "volgingen"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(page__isnull=True) ^ models.Q(thema__isnull=True),
                name="volging_page_or_thema",
            ),
            models.UniqueConstraint(fields=["volger", "page"], name="volging_unique_page"),
            models.UniqueConstraint(fields=["volger", "thema"], name="volging_unique_thema"),
        ]

    def __str__(self):
        return f"{self.volger} volgt {self.target_title}"

    @property
    def email(self):
        return self.volger.email

    @property
    def target_title(self):
        return self.page.title if self.page_id else self.thema.name


class Melding(models.Model):
    """Something a follower hears about in the next digest. `key` keeps each event unique."""

    key = models.CharField(max_length=120, unique=True)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    thema = models.ForeignKey(
        "taxonomy.Thema", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    text = models.CharField(max_length=300)
    url = models.URLField(max_length=500)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    # Written on publish, mailed in the next digest; Beheer may drop a wrong one before it goes out.
    staff_permissions = {BEHEER: ("view", "delete")}

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text
