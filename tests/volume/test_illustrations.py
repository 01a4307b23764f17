"""Demo illustrations: drawn in the brand colours, used by updates, their renditions made up front."""

import time

import pytest
from wagtail.images import get_image_model

from leerpunt_site.updates.models import UpdatePage
from leerpunt_site.volume import demo
from leerpunt_site.volume.illustrations import (
    ILLUSTRATIONS,
    RENDITION_SPECS,
    SITE_CSS,
    brand_colours,
    draw_png,
)
from tests.factories import UpdateIndexPageFactory, UpdatePageFactory

pytestmark = pytest.mark.django_db

Image = get_image_model()
TITLE, SLUG, _ = ILLUSTRATIONS[0]


@pytest.fixture
def update(home):
    index = UpdateIndexPageFactory(parent=home)
    UpdatePageFactory(parent=index, title="Ouder bericht", date="2024-01-01")
    return UpdatePageFactory(parent=index, slug=SLUG, title="Jaarverslag", date="2025-01-01")


def test_colours_come_from_the_site_stylesheet():
    colours = brand_colours()

    assert f"--color-brand: {colours['brand']};" in SITE_CSS.read_text()
    assert {"brand", "brand-dark", "accent", "accent-soft", "surface", "line"} <= set(colours)


def test_every_composition_draws_a_1600_by_900_image_quickly():
    started = time.monotonic()
    pictures = [
        draw_png(compose, seed, brand_colours())
        for seed, (_, _, compose) in enumerate(ILLUSTRATIONS)
    ]

    assert time.monotonic() - started < 5
    assert len(set(pictures)) == len(ILLUSTRATIONS)
    assert all(picture[16:24] == (1600).to_bytes(4) + (900).to_bytes(4) for picture in pictures)


def test_loading_publishes_the_illustration_on_its_update_with_every_rendition(update):
    demo.load()

    update.refresh_from_db()
    image = Image.objects.get(title=TITLE)
    assert update.listing_image == image
    assert update.get_latest_revision().as_object().listing_image == image  # the editor sees it
    assert (image.width, image.height) == (1600, 900)
    assert image.description == ""  # decorative: the update's title says what it is about
    assert set(image.renditions.values_list("filter_spec", flat=True)) == set(RENDITION_SPECS)


def test_templates_use_only_renditions_that_already_exist(client, update):
    demo.load()
    renditions = Image.get_rendition_model().objects.count()

    listing = client.get("/updates/").content.decode()
    page = client.get(update.url).content.decode()

    assert Image.get_rendition_model().objects.count() == renditions
    first_card = listing.split('class="card update-card', 2)[1]
    assert 'alt=""' in first_card and 'loading="eager"' in first_card
    assert 'type="image/avif"' in page and 'type="image/webp"' in page
    assert 'width="800"' in page and 'height="450"' in page and 'fetchpriority="high"' in page


def test_a_second_load_adds_nothing_and_keeps_an_editors_choice(update):
    demo.load()
    page = UpdatePage.objects.get(pk=update.pk)
    page.listing_image = None
    page.save_revision().publish()

    demo.load()

    assert Image.objects.filter(title=TITLE).count() == 1
    assert UpdatePage.objects.get(pk=update.pk).listing_image is None
