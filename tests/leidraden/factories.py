"""Factories for guides; a guide gets three recommendations unless told otherwise."""

import datetime

import factory
import wagtail_factories

from leidraden.models import LeidraadIndexPage, LeidraadPage


def aanbevelingen(count, evidence="matig"):
    return [
        (
            "aanbeveling",
            {
                "title": f"Aanbeveling over stap {number}",
                "summary": f"Korte samenvatting van stap {number}.",
                "explanation": f"<p>Waarom stap {number} werkt.</p>",
                "in_practice": f"<ul><li>Voorbeeld bij stap {number}.</li></ul>",
                "evidence": evidence,
            },
        )
        for number in range(1, count + 1)
    ]


def werkvormen(count):
    return [
        (
            "werkvorm",
            {
                "title": f"Werkvorm {number}",
                "goal": "Het team denkt samen na.",
                "steps": ["Lees de aanbeveling.", "Bespreek een voorbeeld."],
                "duration": "45 minuten",
                "materials": "",
            },
        )
        for number in range(1, count + 1)
    ]


class LeidraadIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LeidraadIndexPage

    title = "Leidraden"
    slug = "leidraden"


class LeidraadPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LeidraadPage

    title = factory.Sequence(lambda n: f"Leidraad {n}")
    summary = "Een praktische leidraad voor de klas."
    intro = "<p>Waarover deze leidraad gaat.</p>"
    published_date = datetime.date(2025, 7, 1)
    source = LeidraadPage.Bron.EEF
    recommendations = factory.LazyFunction(lambda: aanbevelingen(3))


class GeplandeLeidraadFactory(LeidraadPageFactory):
    published_date = None
    expected_period = "voorjaar 2027 (onder voorbehoud)"
    recommendations = factory.LazyFunction(list)
