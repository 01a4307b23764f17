"""/volgen/: the follow form, the confirmation link and the one-click unsubscribe.

Plain Django views, not pages: the unsubscribe must accept a POST from a mail client without a CSRF
cookie (RFC 8058), which only a view of its own can allow. The signed code is the authentication.
"""

import re

from django.core import signing
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Page

from leerpunt_site.core.queries import live_and_public
from leerpunt_site.taxonomy.models import Thema
from leerpunt_site.vraagpunt.formguard import is_rate_limited, too_many_posts
from leidraden.models import LeidraadPage
from toolkit.models import ToolkitItemPage

from .forms import VolgForm
from .mail import CONFIRM_DAYS, send_confirmation
from .models import CONFIRM_SALT, UNSUBSCRIBE_SALT, Volger, Volging

FOLLOWABLE = (ToolkitItemPage, LeidraadPage)
SLUG = re.compile(r"[-\w]+")


def step(request, name, status=200, **context):
    response = render(request, "volgen/step.html", {"step": name, **context}, status=status)
    add_never_cache_headers(response)
    return response


def target_from(query):
    """{'page': …} or {'thema': …} named by ?pagina=<id> or ?thema_slug=<slug>; None if unknown."""
    page_id, slug = query.get("pagina", ""), query.get("thema_slug", "")
    if page_id.isdigit() and len(page_id) < 11:
        page = live_and_public(Page.objects.filter(pk=page_id)).first()
        page = page.specific if page else None
        return {"page": page} if isinstance(page, FOLLOWABLE) else None
    if slug and len(slug) <= 100 and SLUG.fullmatch(slug):  # no NUL or other junk to the database
        thema = Thema.objects.live().filter(slug=slug).first()
        return {"thema": thema} if thema else None
    return None


def follow(request):
    target = target_from(request.GET)
    if target is None:
        return step(request, "unknown", status=404)
    title = target["page"].title if "page" in target else target["thema"].name
    form = VolgForm(request.POST if request.method == "POST" else None)
    context = {"form": form, "title": title, "target": target}
    if request.method == "POST":
        if is_rate_limited(request, "volgen"):
            return too_many_posts(
                render(request, "volgen/follow.html", {**context, "rate_limited": True})
            )
        if form.is_spam:
            return redirect("volgen:check_mail")
        if form.is_valid():
            volger, _ = Volger.objects.get_or_create(email=form.cleaned_data["email"])
            volging, _ = Volging.objects.get_or_create(
                volger=volger, **target, defaults={"consent_at": timezone.now()}
            )
            if volging.confirmed_at is None:  # a confirmed follow changes nothing and mails no one
                volging.consent_at = timezone.now()
                volging.save(update_fields=["consent_at"])
                send_confirmation(volging, request.build_absolute_uri("/")[:-1])
            return redirect("volgen:check_mail")
    response = render(request, "volgen/follow.html", context, status=400 if form.errors else 200)
    add_never_cache_headers(response)
    return response


def check_mail(request):
    return step(request, "check_mail")


def confirm(request):
    try:
        volging = Volging.from_token(
            request.GET.get("code", ""), CONFIRM_SALT, max_age=CONFIRM_DAYS
        )
    except signing.SignatureExpired:
        return step(request, "expired", status=400)
    except (signing.BadSignature, ValueError, TypeError):
        return step(request, "invalid", status=400)
    if volging is None:
        return step(request, "invalid", status=400)
    if volging.confirmed_at is None:
        volging.confirmed_at = timezone.now()
        volging.save(update_fields=["confirmed_at"])
    return step(request, "confirmed", title=volging.target_title)


@csrf_exempt
def unsubscribe(request):
    """GET shows the button (a mail scanner's GET changes nothing); POST deletes the address and
    all its follows, from that button or from a mail client's one-click unsubscribe."""
    code = request.GET.get("code", "")
    try:
        volger = Volger.from_token(code, UNSUBSCRIBE_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return step(request, "invalid", status=400)
    if request.method == "POST":
        if volger is not None:
            volger.delete()
        return step(request, "unsubscribed")
    return step(request, "unsubscribe", code=code, known=volger is not None)
