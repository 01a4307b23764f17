"""Two-factor authentication for staff with an authenticator app (TOTP, django-otp).

Optional per person: set up from the account page, then asked after every log-in.
"""

from base64 import b32encode

import segno
from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail import views as wagtail_views
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Page, PageViewRestriction

from .forms import TokenForm
from .throttling import attempts, count_attempt

DEVICE_NAME = "Authenticator-app"


def confirmed_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


@require_http_methods(["GET", "POST"])
def setup(request):
    """Shows the QR code of a new, unconfirmed device; the first correct code turns it on."""
    if confirmed_device(request.user):
        return TemplateResponse(request, "security/two_factor_enabled.html", {"form": TokenForm()})
    device, _ = TOTPDevice.objects.get_or_create(
        user=request.user, confirmed=False, defaults={"name": DEVICE_NAME}
    )
    form = TokenForm(request.POST or None, device=device)
    if form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        messages.success(request, "Tweestapsverificatie staat aan.")
        return redirect("wagtailadmin_account")
    qr_code = segno.make(device.config_url, error="m")
    return TemplateResponse(
        request,
        "security/two_factor_setup.html",
        {
            "form": form,
            "qr_svg": qr_code.svg_inline(
                scale=5, light="white", title="QR-code voor je authenticator-app"
            ),
            "secret": b32encode(device.bin_key).decode(),
        },
    )


@require_http_methods(["POST"])
def disable(request):
    """Turning it off needs a current code, so a borrowed session cannot switch it off."""
    form = TokenForm(request.POST, device=confirmed_device(request.user))
    if not form.is_valid():
        return TemplateResponse(
            request, "security/two_factor_enabled.html", {"form": form}, status=400
        )
    TOTPDevice.objects.filter(user=request.user).delete()
    messages.success(request, "Tweestapsverificatie staat uit.")
    return redirect("wagtailadmin_account")


@require_http_methods(["GET", "POST"])
def verify(request):
    """The second step after log-in, for staff who turned two-factor on."""
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = ""
    device = confirmed_device(request.user)
    if device is None or request.user.is_verified():
        return redirect(next_url or "wagtailadmin_home")
    form = TokenForm(request.POST or None, device=device)
    if form.is_valid():
        otp_login(request, device)
        return redirect(next_url or "wagtailadmin_home")
    return TemplateResponse(
        request, "security/two_factor_verify.html", {"form": form, "next": next_url}
    )


def lockout(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out log-in (AXES_LOCKOUT_CALLABLE): a Dutch page, 429."""
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": round(settings.AXES_COOLOFF_TIME.total_seconds() / 60),
    }
    # Rendered here: axes returns it from its middleware, after the handler renders responses.
    return render(request, "security/lockout.html", context, status=429)


def page_password(request, page_view_restriction_id, page_id):
    """Wagtail's form for a password-protected page, with a limit on wrong guesses per visitor
    (PAGE_PASSWORD_RATE_LIMIT): past it, the same form says to wait, with status 429."""
    limit, window = settings.PAGE_PASSWORD_RATE_LIMIT
    if request.method == "POST" and attempts(request, "page-password") >= limit:
        restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
        page = get_object_or_404(Page, id=page_id).specific
        form = PasswordViewRestrictionForm(
            instance=restriction, initial={"return_url": request.POST.get("return_url", "")}
        )
        # An unbound form (the password is not even checked) that still shows a message.
        form.full_clean()
        form.cleaned_data = {}
        form.add_error(
            None,
            f"Te veel foute wachtwoorden. Probeer het over {window // 60} minuten opnieuw.",
        )
        response = page.serve_password_required_response(request, form, request.path)
        response.status_code = 429
        response["Retry-After"] = str(window)
        return response
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    if request.method == "POST" and response.status_code == 200:  # the form again: wrong
        count_attempt(request, "page-password", window)
    return response
