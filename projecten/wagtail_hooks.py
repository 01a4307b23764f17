from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from leerpunt_site.core import content_checks
from leerpunt_site.core.queries import live_and_public

from .checks import projecten_checks
from .models import OproepIndexPage, OproepPage, Organisatie
from .models.oproepen import OproepStatus


class OrganisatieViewSet(SnippetViewSet):
    model = Organisatie
    icon = "group"
    menu_label = "Organisaties"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]
    search_fields = ["name"]


register_snippet(OrganisatieViewSet)
hooks.register(content_checks.HOOK, projecten_checks)


@hooks.register("home_sections")
def open_calls(home):
    """The three open calls that close first, and the calls' index, on the home page."""
    return {
        "open_calls": list(
            live_and_public(OproepPage.objects)
            .with_status()
            .filter(current_status=OproepStatus.OPEN)
            .order_by("deadline", "pk")[:3]
        ),
        "calls_index": live_and_public(OproepIndexPage.objects).first(),
    }
