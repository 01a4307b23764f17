from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from leerpunt_site.core import content_checks

from .checks import toolkit_checks
from .models import ToolkitWijziging


class ToolkitWijzigingViewSet(SnippetViewSet):
    """The published changes of toolkit figures: recorded on publish, here to correct a note."""

    model = ToolkitWijziging
    icon = "history"
    menu_label = "Wijzigingen toolkitcijfers"
    list_display = ["page", "figure", "old_value", "new_value", "date"]
    list_filter = ["figure"]
    ordering = ["-date", "-pk"]
    panels = [
        FieldPanel("page", read_only=True),
        FieldPanel("figure", read_only=True),
        FieldPanel("old_value", read_only=True),
        FieldPanel("new_value", read_only=True),
        FieldPanel("date"),
        FieldPanel("note"),
    ]


register_snippet(ToolkitWijzigingViewSet)

hooks.register(content_checks.HOOK, toolkit_checks)
