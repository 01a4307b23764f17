"""/stijlgids/: every component of the design system in every state, on one page (development only).

Served only with DEBUG on (leerpunt_site/urls.py), so a change to the CSS or a component is seen
in one place. Apps add samples of their own components through the `styleguide_samples` hook (a
function that returns context for the template), so the shell names no content app: the toolkit
adds its figures as unsaved items, and nothing is written to the database.
"""

import re

from django.contrib.staticfiles import finders
from django.shortcuts import render
from wagtail import hooks
from wagtail.models import Page

from . import vocabulary

COLOURS = ["ink", "muted", "brand", "brand-dark", "accent", "surface", "line", "off", "focus"]
TYPE_SCALE = ["2xl", "xl", "lg", "md", "base", "sm"]


def sprite_icons():
    with open(finders.find("img/sprite.svg"), encoding="utf-8") as sprite:
        return re.findall(r'<symbol id="([^"]+)"', sprite.read())


def stijlgids(request):
    context = {
        "colours": COLOURS,
        "type_scale": TYPE_SCALE,
        "icons": sprite_icons(),
        "rating_values": [None, 0, 1, 3, 5],
        "not_known": vocabulary.NOT_KNOWN,
        "recommendation_evidence": vocabulary.RECOMMENDATION_EVIDENCE,
        "card_page": Page.objects.live().filter(depth__gt=2).first(),
    }
    for samples in hooks.get_hooks("styleguide_samples"):
        context.update(samples())
    return render(request, "pages/stijlgids.html", context)
