"""Admin: turn a question from the Vraagpunt into a draft answer page, without personal data."""

import re

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import Truncator, slugify
from django.views.decorators.http import require_http_methods

from leerpunt_site.vraagpunt.models import Vraag

from .models import AntwoordIndexPage, VraagAntwoordPage

REMOVED = "[verwijderd]"
# What identifies a person inside a question's own text: e-mail addresses, phone numbers, URLs.
PERSONAL_DATA = [
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    re.compile(r"(?<![\w/])\+?\d[\d ./-]{7,}\d"),
    re.compile(r"https?://\S+"),
]


def without_personal_data(text):
    for pattern in PERSONAL_DATA:
        text = pattern.sub(REMOVED, text)
    return text


def draft_answer_for(vraag, index, user):
    """A new draft below the answer index: the question copied, nothing else of the asker."""
    question = without_personal_data(vraag.question).strip()
    page = VraagAntwoordPage(
        title=Truncator(" ".join(question.split())).chars(120),
        slug=f"vraag-{vraag.pk}-{slugify(question)[:40]}".rstrip("-"),
        question=question,
        source_question=vraag,
        live=False,
    )
    page.themes.set(vraag.themes.all())
    if vraag.level_id:
        page.levels.set([vraag.level])
    index.add_child(instance=page)  # a draft: only title and slug are validated
    page.save_revision(user=user, log_action=True, clean=False)
    return page


@require_http_methods(["GET", "POST"])
def create_from_vraag(request, pk):
    vraag = get_object_or_404(Vraag, pk=pk)
    index = AntwoordIndexPage.objects.first()
    if index is None:
        messages.error(request, "Er is nog geen antwoordenoverzicht onder het Vraagpunt.")
        return redirect("vraag:edit", pk)
    if not index.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    if request.method == "POST":
        page = draft_answer_for(vraag, index, request.user)
        messages.success(
            request,
            "Conceptantwoord gemaakt. Schrijf het antwoord en stuur het door de kwaliteitscheck.",
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "antwoorden/admin/create_from_vraag.html",
        {
            "vraag": vraag,
            "existing": vraag.answer_pages.all(),
            "action_url": reverse("antwoord_van_vraag", args=[pk]),
            "header_title": "Antwoordpagina maken",
        },
    )
