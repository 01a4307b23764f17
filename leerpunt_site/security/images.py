"""Image uploads that would cost a worker seconds and a gigabyte at their first rendition are
refused at upload (WAGTAILIMAGES_IMAGE_FORM_BASE), with a message in Dutch."""

from django.conf import settings
from django.core.exceptions import ValidationError
from PIL import Image as PILImage
from wagtail.images.forms import BaseImageForm


def frame_count(file):
    """Frames in an animated GIF, PNG or WebP; 1 for a still image. Willow's Pillow plugin
    always says 1, so Wagtail's own pixel limit never multiplies by the frames."""
    file.seek(0)
    try:
        with PILImage.open(file) as image:
            return getattr(image, "n_frames", 1)
    finally:
        file.seek(0)


class ImageForm(BaseImageForm):
    """Wagtail's image form (also behind the multiple uploader), with a pixel budget that counts
    every frame of an animation, and a maximum number of frames."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not file or file == self.original_file:
            return file
        frames = frame_count(file)
        if frames > settings.IMAGE_MAX_FRAMES:
            raise ValidationError(
                f"Deze animatie heeft {frames} beelden; er mogen er hoogstens "
                f"{settings.IMAGE_MAX_FRAMES} zijn. Kort de animatie in of kies een stilstaand beeld.",
                code="too_many_frames",
            )
        width, height = file.image.get_size()
        if width * height * frames > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
            megapixels = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 1_000_000
            raise ValidationError(
                f"Deze afbeelding is te groot: {width} x {height} pixels"
                + (f" in {frames} beelden" if frames > 1 else "")
                + f". Er mogen hoogstens {megapixels} miljoen pixels in zitten (alle beelden "
                "samen). Verklein de afbeelding, bijvoorbeeld tot 4000 pixels breed.",
                code="too_many_pixels",
            )
        return file
