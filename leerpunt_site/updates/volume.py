"""Updates for generate_volume (leerpunt_site/volume/generator.py); a third reuse an image of the
demo content's updates."""

from wagtail.images import get_image_model

from leerpunt_site.volume import words
from leerpunt_site.volume.generator import PageKind

from .models import UpdateIndexPage, UpdatePage


def update(writer):
    rng = writer.rng
    images = writer.once(
        "afbeeldingen",
        lambda: list(
            get_image_model()
            .objects.filter(pk__in=UpdatePage.objects.values("listing_image"))
            .order_by("pk")
        ),
    )
    title = rng.choice(words.UPDATE_TITLES).format(**writer.phrase_values())
    return UpdatePage(
        title=title[0].upper() + title[1:],
        date=writer.past_date(),
        summary=writer.sentences(2),
        body=writer.paragraphs(2),
        listing_image=rng.choice(images) if images and rng.random() < 1 / 3 else None,
        themes=writer.tags(writer.themes, 2),
    )


KINDS = [
    PageKind(
        label="updates",
        share=0.3,
        parent_label="updatesoverzicht",
        parents=lambda: list(UpdateIndexPage.objects.live()[:1]),
        build=update,
    )
]
