from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Onderwijsniveau, Schooljaar, Thema


class ThemaViewSet(SnippetViewSet):
    model = Thema
    icon = "tag"
    # A list of our own replaces Wagtail's, which would add the status of a theme with drafts.
    list_display = ["name", "school_year", "slug", LiveStatusTagColumn()]
    list_filter = ["school_year"]
    search_fields = ["name"]


class OnderwijsniveauViewSet(SnippetViewSet):
    model = Onderwijsniveau
    icon = "group"
    list_display = ["name", "slug"]


class SchooljaarViewSet(SnippetViewSet):
    model = Schooljaar
    icon = "date"
    list_display = ["name", "slug", "overarching"]


class TaxonomieGroup(SnippetViewSetGroup):
    menu_label = "Taxonomie"
    menu_icon = "folder-inverse"
    menu_order = 300
    items = (ThemaViewSet, SchooljaarViewSet, OnderwijsniveauViewSet)


register_snippet(TaxonomieGroup)
