"""Abstract illustrations for the demo updates, drawn with Pillow in the site's brand colours.

The demo content ships no photographs; these simple geometric compositions give the update cards
and pages real images, so that image delivery ({% picture %}, AVIF/WebP renditions, lazy loading)
is exercised and measured like on the live site. Their renditions are made when the demo loads,
so no visitor waits for one.
"""

import io
import random
import re

from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection

from leerpunt_site.updates.models import CARD_IMAGE_SPECS

SIZE = (1600, 900)
SUPERSAMPLE = 2  # drawn at twice the size and scaled down: smooth edges without antialiasing
SITE_CSS = settings.BASE_DIR / "static" / "css" / "site.css"

# What {% picture %} asks for in templates/pages/updates/update_card.html (CARD_IMAGE_SPECS)
# and update_page.html. tests/volume/test_illustrations.py renders both and checks that no
# rendition is missing.
PAGE_IMAGE_SPECS = [
    f"width-{width}|format-{fmt}" for width in (800, 1200) for fmt in ("avif", "webp", "jpeg")
]
RENDITION_SPECS = CARD_IMAGE_SPECS + PAGE_IMAGE_SPECS


def brand_colours(css_path=SITE_CSS):
    """{name: '#rrggbb'} from the --color-* custom properties in static/css/site.css."""
    pattern = re.compile(r"--color-([a-z-]+):\s*(#[0-9a-fA-F]{3,6})\s*;")
    return dict(pattern.findall(css_path.read_text(encoding="utf-8")))


def circles(draw, width, height, rng, colours):
    draw.rectangle([0, 0, width, height], fill=colours["surface"])
    for colour in [colours["brand"], colours["accent"], colours["accent-soft"], colours["line"]]:
        radius = rng.randint(height // 5, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour)
    draw.ellipse(
        [width * 0.6, height * 0.2, width * 0.6 + height * 0.5, height * 0.7],
        outline=colours["brand-dark"],
        width=height // 40,
    )


def bars(draw, width, height, rng, colours):
    draw.rectangle([0, 0, width, height], fill=colours["brand-dark"])
    count = 9
    step = width / count
    for number in range(count):
        top = height * (0.85 - 0.07 * number) + rng.uniform(-0.04, 0.04) * height
        colour = colours["accent"] if number == count - 1 else colours["brand"]
        draw.rectangle(
            [number * step + step * 0.15, top, (number + 1) * step - step * 0.15, height],
            fill=colour,
        )
    draw.line([0, height * 0.9, width, height * 0.9], fill=colours["surface"], width=height // 90)


def grid(draw, width, height, rng, colours):
    draw.rectangle([0, 0, width, height], fill=colours["white"])
    cell = height // 6
    palette = [colours["surface"], colours["line"], colours["brand"], colours["accent-soft"]]
    for row in range(6):
        for column in range(width // cell + 1):
            colour = colours["accent"] if rng.random() < 0.06 else rng.choice(palette)
            inset = cell * rng.choice([0.08, 0.08, 0.2])
            x, y = column * cell, row * cell
            draw.rounded_rectangle(
                [x + inset, y + inset, x + cell - inset, y + cell - inset],
                radius=cell // 6,
                fill=colour,
            )


def horizon(draw, width, height, rng, colours):
    draw.rectangle([0, 0, width, height], fill=colours["accent-soft"])
    sun = height * rng.uniform(0.28, 0.36)
    centre = width * rng.uniform(0.55, 0.7)
    draw.ellipse(
        [centre - sun, height * 0.62 - sun, centre + sun, height * 0.62 + sun],
        fill=colours["accent"],
    )
    for number, colour in enumerate([colours["brand"], colours["brand-dark"]]):
        top = height * (0.62 + 0.14 * number)
        draw.rectangle([0, top, width, height], fill=colour)


def timeline(draw, width, height, rng, colours):
    draw.rectangle([0, 0, width, height], fill=colours["surface"])
    for x in range(1, 6):
        draw.line(
            [width * x / 6, 0, width * x / 6, height], fill=colours["line"], width=height // 300
        )
    band = height / 5
    for row, colour in enumerate(
        [colours["brand"], colours["positive"], colours["accent"], colours["brand-dark"]]
    ):
        start = rng.uniform(0.02, 0.3) * width
        end = rng.uniform(0.6, 0.98) * width
        y = band * (row + 0.6)
        draw.rounded_rectangle(
            [start, y, end, y + band * 0.55], radius=int(band * 0.27), fill=colour
        )
    for x in range(1, 6):
        draw.line(
            [width * x / 6, 0, width * x / 6, height], fill=colours["line"], width=height // 300
        )


# (title in the media library, update it illustrates, composition). No description: the images
# are decorative, the update's title says what it is about, so they get alt="".
ILLUSTRATIONS = [
    ("Illustratie eerste oproepen: stijgende staven", "eerste-oproepen-negen-opdrachten", bars),
    ("Illustratie nieuwe leidraden: cirkels en banen", "oproep-drie-nieuwe-leidraden", circles),
    (
        "Illustratie evidence-informed model: raster van vlakken",
        "oproep-evidence-informed-model-en-implementatieprojecten",
        grid,
    ),
    (
        "Illustratie begeleidingsprojecten: zon boven de horizon",
        "oproep-begeleidingsprojecten-verlengingen-en-ronde-2",
        horizon,
    ),
    (
        "Illustratie implementatieprojecten: tijdlijn in banden",
        "oproep-implementatieprojecten-ronde-2",
        timeline,
    ),
]


def draw_png(compose, seed, colours):
    """A composition as PNG bytes, SIZE pixels."""
    width, height = SIZE[0] * SUPERSAMPLE, SIZE[1] * SUPERSAMPLE
    picture = PillowImage.new("RGB", (width, height))
    compose(ImageDraw.Draw(picture), width, height, random.Random(seed), colours)
    buffer = io.BytesIO()
    picture.resize(SIZE, PillowImage.Resampling.LANCZOS).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def make_image(title, compose, seed, colours):
    """The Wagtail image with this title, drawn and stored when missing. Returns (image, created)."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing, False
    name = f"{compose.__name__}-{seed}.png"
    image = image_model(title=title, collection=Collection.get_first_root_node())
    image.file = ImageFile(io.BytesIO(draw_png(compose, seed, colours)), name=name)
    image.save()
    return image, True


def pregenerate_renditions(images):
    """Every rendition the templates use, made now instead of on a visitor's first view."""
    for image in images:
        image.get_renditions(*RENDITION_SPECS)
