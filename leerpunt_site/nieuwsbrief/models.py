"""Newsletter sign-up with double opt-in. Leerpunt sends the newsletter itself through a mailing
service; this app collects confirmed addresses and exports them for it."""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import models
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django_tasks import task
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from leerpunt_site.core.models import IndexPage
from leerpunt_site.vraagpunt.formguard import is_rate_limited, too_many_posts

from .forms import NieuwsbriefForm
from .tokens import SignedLinkMixin

CONFIRM_SALT = "nieuwsbrief.bevestigen"
UNSUBSCRIBE_SALT = "nieuwsbrief.uitschrijven"


class InschrijvingQuerySet(models.QuerySet):
    def subscribed(self):
        """Only confirmed addresses count as subscribed; an unconfirmed one never does."""
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed_and_expired(self, now=None):
        cutoff = (now or timezone.now()) - timedelta(
            days=settings.NIEUWSBRIEF_UNCONFIRMED_RETENTION_DAYS
        )
        return self.filter(confirmed_at=None, consent_at__lt=cutoff)


class Inschrijving(SignedLinkMixin, models.Model):
    email = models.EmailField("e-mailadres", unique=True)
    levels = models.ManyToManyField(
        "taxonomy.Onderwijsniveau", blank=True, related_name="+", verbose_name="onderwijsniveaus"
    )
    themes = models.ManyToManyField(
        "taxonomy.Thema", blank=True, related_name="+", verbose_name="thema's"
    )
    consent_at = models.DateTimeField(
        "toestemming gegeven op",
        help_text="Het laatste moment waarop deze persoon het formulier met toestemming verstuurde.",
    )
    confirmed_at = models.DateTimeField(
        "bevestigd op",
        null=True,
        blank=True,
        db_index=True,
        help_text="Leeg zolang de persoon niet op de link in de bevestigingsmail klikte: "
        "dan is het adres niet ingeschreven en krijgt het geen nieuwsbrief.",
    )

    objects = InschrijvingQuerySet.as_manager()

    class Meta:
        verbose_name = "inschrijving nieuwsbrief"
        verbose_name_plural = "inschrijvingen nieuwsbrief"
        ordering = ["-consent_at", "-pk"]

    def __str__(self):
        return self.email

    @property
    def is_subscribed(self):
        return self.confirmed_at is not None

    is_subscribed.fget.short_description = "bevestigd"

    @property
    def level_names(self):
        return ", ".join(level.name for level in self.levels.all())

    @property
    def theme_names(self):
        return ", ".join(theme.name for theme in self.themes.all())


def sign_up(email, levels, themes, page):
    """Record a sign-up and send the mail that goes with it; the caller shows the same page in
    every case, so the form never reveals whether an address is already on the list."""
    existing = Inschrijving.objects.filter(email=email).first()
    if existing and existing.is_subscribed:
        # Someone may be trying another person's address: change nothing, tell the owner.
        kind, subscription = "already_subscribed", existing
    else:
        kind, subscription = "confirm", existing or Inschrijving(email=email)
        subscription.consent_at = timezone.now()
        subscription.save()
        subscription.levels.set(levels)
        subscription.themes.set(themes)
    send_mail.enqueue(subscription.pk, kind, page.pk)
    return subscription


@task(backend="mail")
def send_mail(subscription_id, kind, page_id):
    """The confirmation mail or the 'already subscribed' notice, outside the request: a slow or
    hung mail server never holds up the page. A failure fails the task (logged with its
    traceback); the sign-up is saved, and a visitor can simply sign up again."""
    subscription = Inschrijving.objects.filter(pk=subscription_id).first()
    page = NieuwsbriefPage.objects.filter(pk=page_id).first()
    if subscription is None or page is None:  # unsubscribed or removed in the meantime
        return
    base = page.get_full_url()
    context = {
        "confirm_url": base
        + page.reverse_subpage("confirm")
        + "?code="
        + subscription.token(CONFIRM_SALT),
        "unsubscribe_url": unsubscribe_url(subscription, base, page),
        "confirm_days": settings.NIEUWSBRIEF_CONFIRM_DAYS,
    }
    subjects = {
        "confirm": "Bevestig je inschrijving op de nieuwsbrief van Leerpunt",
        "already_subscribed": "Je bent al ingeschreven op de nieuwsbrief van Leerpunt",
    }
    message = EmailMessage(
        subject=subjects[kind],
        body=render_to_string(f"pages/nieuwsbrief/mail_{kind}.txt", context),
        to=[subscription.email],
    )
    if kind == "already_subscribed":
        message.extra_headers["List-Unsubscribe"] = f"<{context['unsubscribe_url']}>"
    message.send()


def link_code(request):
    """The signed code: in the link's query string, then in the form its button posts."""
    source = request.POST if request.method == "POST" else request.GET
    return source.get("code", "")


def unsubscribe_url(subscription, base, page):
    return (
        base + page.reverse_subpage("unsubscribe") + "?code=" + subscription.token(UNSUBSCRIBE_SALT)
    )


class NieuwsbriefPage(RoutablePageMixin, IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "pages/nieuwsbrief/nieuwsbrief_page.html"

    class Meta:
        verbose_name = "nieuwsbriefpagina"
        verbose_name_plural = "nieuwsbriefpagina's"

    @path("")
    def sign_up_form(self, request):
        form = NieuwsbriefForm(request.POST if request.method == "POST" else None)
        if request.method == "POST":
            if is_rate_limited(request, "nieuwsbrief"):
                context = {"form": form, "rate_limited": True}
                return too_many_posts(self.render(request, context_overrides=context))
            if form.is_spam:  # pretend success, so a bot learns nothing; store nothing
                return redirect(self.url + self.reverse_subpage("check_mail"))
            if form.is_valid():
                data = form.cleaned_data
                sign_up(data["email"], data["levels"], data["themes"], self)
                return redirect(self.url + self.reverse_subpage("check_mail"))
        return self.render(request, context_overrides={"form": form})

    @path("controleer-je-mailbox/")
    def check_mail(self, request):
        return self.render_step(request, "check_mail")

    @path("bevestigen/")
    def confirm(self, request):
        """The link in the confirmation mail shows a button; only its POST confirms, so a mail
        system's link scanner (GET, HEAD) confirms nothing."""
        code = link_code(request)
        try:
            subscription = Inschrijving.from_token(
                code, CONFIRM_SALT, max_age=timedelta(days=settings.NIEUWSBRIEF_CONFIRM_DAYS)
            )
        except signing.SignatureExpired:
            return self.render_step(
                request, "expired", status=400, confirm_days=settings.NIEUWSBRIEF_CONFIRM_DAYS
            )
        except (signing.BadSignature, ValueError, TypeError):
            return self.render_step(request, "invalid", status=400)
        if subscription is None:
            return self.render_step(request, "invalid", status=400)
        if request.method != "POST":
            return self.render_step(request, "confirm_ask", code=code)
        if not subscription.is_subscribed:
            subscription.confirmed_at = timezone.now()
            subscription.save(update_fields=["confirmed_at"])
        return self.render_step(
            request, "confirmed", unsubscribe_url=unsubscribe_url(subscription, self.url, self)
        )

    @path("uitschrijven/")
    def unsubscribe(self, request):
        """The link in every newsletter (also the List-Unsubscribe URL) shows a button; its POST
        deletes the sign-up, as the privacy page promises. A second POST finds nothing and says
        the same."""
        code = link_code(request)
        try:
            subscription = Inschrijving.from_token(code, UNSUBSCRIBE_SALT)
        except (signing.BadSignature, ValueError, TypeError):
            return self.render_step(request, "invalid", status=400)
        if request.method != "POST":
            return self.render_step(request, "unsubscribe_ask", code=code)
        if subscription is not None:
            subscription.delete()
        return self.render_step(request, "unsubscribed")

    def render_step(self, request, step, status=200, **context):
        response = self.render(
            request,
            template="pages/nieuwsbrief/step.html",
            context_overrides={"step": step, "robots": "noindex, nofollow", **context},
        )
        response.status_code = status
        # Confirming and unsubscribing change data: a shared page cache must never answer them.
        add_never_cache_headers(response)
        return response
