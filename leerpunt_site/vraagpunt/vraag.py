"""A question sent through the Vraagpunt form, handled by editors in the admin.

In a module of its own, so that forms.py (the form that stores it) and models.py (the page that
shows the form) import it without importing each other.
"""

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django_tasks import task
from wagtail.admin.panels import FieldPanel


class VraagQuerySet(models.QuerySet):
    def due_for_anonymising(self, now=None):
        """Questions whose retention period ran out: counted from the answer, or from arrival
        when they were never answered. Already anonymised questions are left alone."""
        cutoff = (now or timezone.now()) - timedelta(days=settings.VRAAGPUNT_RETENTION_DAYS)
        return self.exclude(email="").filter(
            models.Q(answered_at__lt=cutoff) | models.Q(answered_at=None, created_at__lt=cutoff)
        )

    def anonymise(self):
        """Remove what identifies the person; keep the question for the kennisagenda."""
        return self.update(email="", internal_note="")


class Vraag(models.Model):
    class Rol(models.TextChoices):
        LERAAR = "leraar", "Leraar"
        DIRECTIE = "directie", "Directie of middenkader"
        ZORG = "zorg", "Zorgcoördinator, zorgleerkracht of ondersteuner"
        BEGELEIDER = "begeleider", "Pedagogisch begeleider"
        CLB = "clb", "CLB-medewerker"
        OPLEIDER = "opleider", "Lerarenopleider"
        STUDENT = "student", "Student of leraar in opleiding"
        ONDERZOEKER = "onderzoeker", "Onderzoeker"
        OUDER = "ouder", "Ouder"
        ANDERE = "andere", "Andere"

    class Status(models.TextChoices):
        NIEUW = "nieuw", "Nieuw"
        IN_BEHANDELING = "in_behandeling", "In behandeling"
        BEANTWOORD = "beantwoord", "Beantwoord"

    question = models.TextField("vraag", max_length=3000)
    role = models.CharField("rol", max_length=20, choices=Rol.choices)
    level = models.ForeignKey(
        "taxonomy.Onderwijsniveau",
        verbose_name="onderwijsniveau",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(
        "e-mailadres",
        blank=True,
        help_text="Leeg wanneer de vraag na de bewaartermijn geanonimiseerd is.",
    )
    consent_at = models.DateTimeField(
        "toestemming gegeven op",
        help_text="Wanneer de vraagsteller het vakje voor toestemming aanvinkte.",
    )
    created_at = models.DateTimeField("ontvangen op", default=timezone.now, db_index=True)
    status = models.CharField(
        "status", max_length=20, choices=Status.choices, default=Status.NIEUW, db_index=True
    )
    answered_at = models.DateTimeField(
        "beantwoord op",
        null=True,
        blank=True,
        help_text="Wordt ingevuld wanneer de status 'beantwoord' wordt; de bewaartermijn telt vanaf hier.",
    )
    themes = models.ManyToManyField(
        "taxonomy.Thema",
        blank=True,
        related_name="+",
        verbose_name="thema's",
        help_text="De thema's van de kennisagenda waar deze vraag bij hoort.",
    )
    internal_note = models.TextField(
        "interne notitie",
        blank=True,
        help_text="Alleen zichtbaar voor medewerkers, bv. wie de vraag opvolgt of welk antwoord gegeven werd.",
    )

    objects = VraagQuerySet.as_manager()

    panels = [
        FieldPanel("question", read_only=True),
        FieldPanel("role", read_only=True),
        FieldPanel("level", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("created_at", read_only=True),
        FieldPanel("status"),
        FieldPanel("themes"),
        FieldPanel("internal_note"),
    ]

    class Meta:
        verbose_name = "vraag"
        verbose_name_plural = "vragen"
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        text = " ".join(self.question.split())
        return text if len(text) <= 80 else text[:79] + "…"

    def save(self, *args, **kwargs):
        if self.status == self.Status.BEANTWOORD and self.answered_at is None:
            self.answered_at = timezone.now()
        elif self.status != self.Status.BEANTWOORD:
            self.answered_at = None
        super().save(*args, **kwargs)

    @property
    def answer_page_state(self):
        """For the admin list: is this question answered in the public answer bank?"""
        pages = list(self.answer_pages.all())
        if any(page.live for page in pages):
            return "Gepubliceerd"
        return "Concept" if pages else "Geen"

    answer_page_state.fget.short_description = "Antwoordpagina"

    @property
    def theme_names(self):
        return ", ".join(theme.name for theme in self.themes.all())

    def notify_staff(self):
        """Tell the team a question arrived (the mail_staff task, after saving)."""
        admin_url = settings.WAGTAILADMIN_BASE_URL + reverse("vraag:edit", args=[self.pk])
        body = (
            f"Er kwam een nieuwe vraag binnen via het Vraagpunt.\n\n"
            f"Rol: {self.get_role_display()}\n"
            f"Onderwijsniveau: {self.level or 'niet opgegeven'}\n\n"
            f"{self.question}\n\n"
            f"Behandel de vraag in het beheer: {admin_url}\n"
        )
        message = EmailMessage(
            subject="Nieuwe vraag via het Vraagpunt",
            body=body,
            to=[settings.VRAAGPUNT_NOTIFY_EMAIL],
            reply_to=[self.email],
        )
        message.send()


@task(backend="mail")
def mail_staff(vraag_id):
    """Outside the request: a slow or hung mail server never holds up the visitor's page.

    The question is saved before this runs. A mail failure fails the task: the task backend
    logs it with its traceback (and in production keeps it in the task table).
    """
    vraag = Vraag.objects.filter(pk=vraag_id).first()
    if vraag is not None:  # deleted before the worker got to it
        vraag.notify_staff()
