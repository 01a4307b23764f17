"""Demo content of this app: illustrations for a few updates, with their renditions made up front.

The generated volume (generate_volume) is never part of the demo content.
"""

from wagtail.images import get_image_model

from leerpunt_site.updates.models import UpdatePage

from .illustrations import ILLUSTRATIONS, brand_colours, make_image, pregenerate_renditions


def illustrate(page, image):
    """Publish the image as the update's listing image, unless an editor has been at work there."""
    if page.listing_image_id or page.has_unpublished_changes:
        return
    page.listing_image = image
    page.save_revision().publish()


def load():
    colours = brand_colours()
    slugs = [slug for _, slug, _ in ILLUSTRATIONS]
    updates = {page.slug: page for page in UpdatePage.objects.filter(slug__in=slugs)}
    created = 0
    for seed, (title, slug, compose) in enumerate(ILLUSTRATIONS):
        if slug not in updates:
            continue
        image, was_created = make_image(title, compose, seed, colours)
        if was_created:  # a second run leaves the pages as an editor may have changed them
            illustrate(updates[slug], image)
            created += 1
    used = get_image_model().objects.filter(
        pk__in=UpdatePage.objects.live().values("listing_image")
    )
    pregenerate_renditions(used)
    return f"{created} nieuwe illustraties; renditions van {len(used)} afbeeldingen klaar"
