from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from leerpunt_site.core import content_checks

from .checks import projecten_checks
from .models import Organisatie


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
