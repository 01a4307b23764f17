"""Factories for the answer bank below the Vraagpunt."""

import factory
import wagtail_factories

from leerpunt_site.antwoorden.models import AntwoordIndexPage, VraagAntwoordPage
from tests.vraagpunt.factories import VraagpuntPageFactory


class AntwoordIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AntwoordIndexPage

    title = "Antwoorden"
    slug = "antwoorden"
    intro = "<p>Vragen aan het Vraagpunt en hun antwoord.</p>"


class VraagAntwoordPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = VraagAntwoordPage

    title = factory.Sequence(lambda n: f"Hoe werkt aanpak {n}?")
    question = factory.Sequence(lambda n: f"Hoe werkt aanpak {n} in mijn klas?")
    summary = "Zo werkt het, in het kort."
    body = "<p>Het volledige antwoord.</p>"


def answer_bank(home):
    """The Vraagpunt with its answer index: (vraagpunt, index)."""
    vraagpunt = VraagpuntPageFactory(parent=home)
    return vraagpunt, AntwoordIndexPageFactory(parent=vraagpunt)
