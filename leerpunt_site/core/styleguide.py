"""/stijlgids/: every component of the design system in every state, on one page (development only).

Served only with DEBUG on (leerpunt_site/urls.py), so a change to the CSS or a component is seen
in one place. The figures are unsaved toolkit items: nothing here reaches the database.
"""

import re

from django.contrib.staticfiles import finders
from django.shortcuts import render
from wagtail.models import Page

from toolkit.models import ToolkitItemPage

COLOURS = ["ink", "muted", "brand", "brand-dark", "accent", "surface", "line", "off", "focus"]
TYPE_SCALE = ["2xl", "xl", "lg", "md", "base", "sm"]


def figure_states():
    """(what the state shows, an item in that state)"""
    states = [
        ("Waarden", 6, 1, 4),
        ("Negatieve impact", -2, 5, 2),
        ("Onvoldoende evidentie (bewijskracht 0)", None, 2, 0),
        ("Niets gekend", None, None, None),
    ]
    return [
        (
            label,
            ToolkitItemPage(
                title=label, slug=f"stijl-{n}", impact_months=impact, cost=cost, evidence=evidence
            ),
        )
        for n, (label, impact, cost, evidence) in enumerate(states)
    ]


def sprite_icons():
    with open(finders.find("img/sprite.svg"), encoding="utf-8") as sprite:
        return re.findall(r'<symbol id="([^"]+)"', sprite.read())


def stijlgids(request):
    return render(
        request,
        "pages/stijlgids.html",
        {
            "colours": COLOURS,
            "type_scale": TYPE_SCALE,
            "figure_states": figure_states(),
            "icons": sprite_icons(),
            "rating_values": [None, 0, 1, 3, 5],
            "card_page": Page.objects.live().filter(depth__gt=2).first(),
        },
    )
