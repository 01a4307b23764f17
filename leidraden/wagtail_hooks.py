from wagtail import hooks

from leerpunt_site.core import content_checks
from leerpunt_site.core.queries import live_and_public

from .checks import leidraden_checks
from .models import LeidraadPage

hooks.register(content_checks.HOOK, leidraden_checks)


@hooks.register("toolkit_item_linked_from")
def guides_linking_to(page):
    """The guides that list a toolkit item as related, shown on the item's page."""
    return LeidraadPage.objects.linking_to(page)


@hooks.register("home_sections")
def latest_guides(home):
    """The three guides published last, on the home page (leerpunt_site/home/models.py)."""
    return {
        "latest_guides": list(
            live_and_public(LeidraadPage.objects)
            .filter(status=LeidraadPage.Status.GEPUBLICEERD)
            .order_by("-published_date", "-pk")[:3]
        )
    }
