"""The mails of following: the confirmation and the daily digest."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Site

from .models import CONFIRM_SALT, UNSUBSCRIBE_SALT

logger = logging.getLogger(__name__)
CONFIRM_DAYS = timedelta(days=settings.NIEUWSBRIEF_CONFIRM_DAYS)


def link(base, name, token):
    return f"{base}{reverse(name)}?code={token}"


def unsubscribe_link(volger, base):
    return link(base, "volgen:unsubscribe", volger.token(UNSUBSCRIBE_SALT))


def send_confirmation(volging, base):
    """Never raises: the follow is saved, and a visitor can simply ask again."""
    context = {
        "volging": volging,
        "confirm_url": link(base, "volgen:confirm", volging.token(CONFIRM_SALT)),
        "confirm_days": settings.NIEUWSBRIEF_CONFIRM_DAYS,
    }
    message = EmailMessage(
        subject=f"Bevestig: je volgt {volging.target_title} op Leerpunt",
        body=render_to_string("volgen/mail_confirm.txt", context),
        to=[volging.volger.email],
    )
    try:
        message.send()
    except Exception:  # noqa: BLE001 - any mail failure: log it, the follow is kept
        logger.exception("Bevestigingsmail voor volging %s mislukt", volging.pk)


def digest_message(volger, meldingen):
    """One mail with every event since the last digest, and a one-click unsubscribe (RFC 8058)."""
    site = Site.objects.filter(is_default_site=True).first()
    base = site.root_url if site else ""
    unsubscribe_url = unsubscribe_link(volger, base)
    message = EmailMessage(
        subject="Nieuw bij wat je volgt op Leerpunt",
        body=render_to_string(
            "volgen/mail_digest.txt",
            {"meldingen": meldingen, "unsubscribe_url": unsubscribe_url},
        ),
        to=[volger.email],
    )
    message.extra_headers["List-Unsubscribe"] = f"<{unsubscribe_url}>"
    message.extra_headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    return message
