"""Factories for the newsletter page and sign-ups."""

import factory
import wagtail_factories
from django.utils import timezone

from leerpunt_site.nieuwsbrief.models import Inschrijving, NieuwsbriefPage


class NieuwsbriefPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NieuwsbriefPage

    title = "Nieuwsbrief"
    slug = "nieuwsbrief"
    intro = "<p>Blijf op de hoogte.</p>"


class InschrijvingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Inschrijving

    email = factory.Sequence(lambda n: f"lezer{n}@school.be")
    consent_at = factory.LazyFunction(timezone.now)
    confirmed_at = None

    class Params:
        confirmed = factory.Trait(confirmed_at=factory.LazyFunction(timezone.now))
