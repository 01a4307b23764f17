"""The small site the search tests search in."""

import datetime

from django.core.management import call_command
from django.utils import timezone

from tests.factories import StandardPageFactory
from tests.kennisagenda.factories import (
    build_agenda,
    build_leidraad,
    build_onderzoek,
    build_oproep,
    build_project,
    build_toolkit_item,
    build_update,
)
from tests.leidraden.factories import aanbevelingen


def build_search_site(home):
    """One page of each searchable kind about feedback, plus pages that only mention it; indexed."""
    _, themes = build_agenda(home)
    pages = {
        "toolkit_item": build_toolkit_item(
            home,
            title="Feedback",
            impact_months=6,
            cost=1,
            evidence=4,
            summary="Leerlingen informatie geven over hun leren.",
        ),
        "other_item": build_toolkit_item(home, title="Huiswerk", summary="Taken voor thuis."),
        "guide": build_leidraad(
            home,
            title="Feedback",
            summary="Zes aanbevelingen over feedback in de klas.",
            recommendations=[
                *aanbevelingen(2),
                (
                    "aanbeveling",
                    {
                        "title": "Gebruik mondelinge feedback bewust",
                        "summary": "Kort en gericht.",
                        "explanation": "<p>Waarom.</p>",
                        "in_practice": "<p>Zo.</p>",
                        "evidence": "matig",
                    },
                ),
            ],
        ),
        "call": build_oproep(
            home,
            title="Oproep: projecten rond feedback",
            deadline=timezone.now() + datetime.timedelta(days=30),
        ),
        "research": build_onderzoek(home, title="Onderzoek naar feedback"),
        "project": build_project(home, title="Feedback in de eerste graad"),
        "update": build_update(
            home,
            title="Terugblik op het netwerkevent",
            summary="Feedback, feedback en nog eens feedback: daarover ging het netwerkevent.",
        ),
        "standard": StandardPageFactory(parent=home, title="Over Leerpunt", intro="Wie we zijn."),
    }
    call_command("update_index", verbosity=0)
    return {"home": home, "themes": themes, **pages}
