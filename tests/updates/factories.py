"""Factories for updates with themes and listing images."""

import factory
import wagtail_factories

from tests.factories import ThemaFactory, UpdateIndexPageFactory, UpdatePageFactory

__all__ = ["ImageFactory", "ThemaFactory", "UpdateIndexPageFactory", "UpdatePageFactory"]


class ImageFactory(wagtail_factories.ImageFactory):
    title = "Leraren in gesprek"
    description = "Drie leraren bespreken feedback aan een tafel."
    # Large enough for the card's 800x450 rendition, small enough to render quickly.
    file = factory.django.ImageField(width=800, height=450, color="teal")
