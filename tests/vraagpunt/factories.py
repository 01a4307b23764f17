"""Factories for the Vraagpunt page and its questions."""

import factory
import wagtail_factories
from django.utils import timezone

from leerpunt_site.vraagpunt.models import Vraag, VraagpuntPage


class VraagpuntPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = VraagpuntPage

    title = "Vraagpunt"
    slug = "vraagpunt"
    intro = "<p>Stel je vraag over je lespraktijk.</p>"
    thank_you = "<p>Bedankt voor je vraag!</p>"


class VraagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Vraag

    question = factory.Sequence(lambda n: f"Hoe geef ik goede feedback? ({n})")
    role = Vraag.Rol.LERAAR
    email = factory.Sequence(lambda n: f"leraar{n}@school.be")
    consent_at = factory.LazyFunction(timezone.now)
