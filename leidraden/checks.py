"""Content checks of the guides (see leerpunt_site/core/content_checks.py)."""

from django.utils import timezone

from leerpunt_site.core.content_checks import Finding

from .models import LeidraadPage


def status_against_dates():
    """A guide's stored status must follow its publication date; a published guide is no longer
    expected, and nothing is published in the future."""
    today = timezone.localdate()
    for guide in LeidraadPage.objects.live():
        if guide.status != guide.derived_status():
            yield Finding(
                "status klopt niet met de data",
                guide,
                f"de status is '{guide.get_status_display()}', maar de verschijningsdatum zegt "
                f"'{LeidraadPage.Status(guide.derived_status()).label}'. Sla de pagina opnieuw op.",
            )
        if guide.published_date and guide.published_date > today:
            yield Finding(
                "status klopt niet met de data",
                guide,
                f"gepubliceerd op {guide.published_date:%d-%m-%Y}, een dag die nog moet komen.",
            )
        if guide.is_published and guide.expected_period:
            yield Finding(
                "status klopt niet met de data",
                guide,
                f"gepubliceerd, maar ook nog 'verwacht: {guide.expected_period}'.",
            )


def leidraden_checks():
    yield from status_against_dates()
