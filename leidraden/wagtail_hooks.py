from wagtail import hooks

from leerpunt_site.core import content_checks

from .checks import leidraden_checks
from .models import LeidraadPage

hooks.register(content_checks.HOOK, leidraden_checks)


@hooks.register("toolkit_item_linked_from")
def guides_linking_to(page):
    """The guides that list a toolkit item as related, shown on the item's page."""
    return LeidraadPage.objects.linking_to(page)
