import django_filters
from django.utils.formats import date_format
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from leerpunt_site.core import content_checks

from . import figures
from .checks import toolkit_checks
from .models import ToolkitItemPage, ToolkitPage, ToolkitWijziging


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


class WorkflowStepColumn(Column):
    """The step of the Kwaliteitscheck the item waits in, from the prefetched workflow states."""

    def get_value(self, instance):
        task = instance.current_workflow_task
        return task.name if task else "—"


class FigureColumn(Column):
    """A figure in words, as the site shows it: an unknown figure is never a number."""

    def __init__(self, name, **kwargs):
        super().__init__(name, sort_key=name, **kwargs)

    def get_value(self, instance):
        return figures.figure_text(self.name, getattr(instance, self.name))


class ReviewDateColumn(Column):
    def get_value(self, instance):
        day = instance.last_reviewed
        return date_format(day, "j F Y") if day else "nooit herzien"


class ToolkitOverzichtFilterSet(PageFilterSet):
    toolkit = django_filters.ModelChoiceFilter(
        label="Toolkit",
        field_name="path",
        queryset=ToolkitPage.objects.order_by("path"),
        method="filter_toolkit",
    )
    cost = django_filters.ChoiceFilter(label="Kost", choices=figures.Kost.choices)
    evidence = django_filters.ChoiceFilter(
        label="Bewijskracht", choices=figures.Bewijskracht.choices
    )
    last_reviewed = django_filters.DateFromToRangeFilter(label="Laatst herzien")

    class Meta:
        model = ToolkitItemPage
        fields = ["live"]

    def filter_toolkit(self, queryset, name, value):
        return queryset.child_of(value) if value else queryset


class ToolkitOverzichtIndexView(IndexView):
    default_ordering = "title"
    page_title = "Toolkit-overzicht"


class ToolkitOverzichtViewSet(PageListingViewSet):
    """Every toolkit item with its figures, verdict, review date and workflow step: sortable,
    filterable and exportable, for the committees' and the editors' overview."""

    model = ToolkitItemPage
    index_view_class = ToolkitOverzichtIndexView
    icon = "table"
    menu_label = "Toolkit-overzicht"
    menu_order = 150
    add_to_admin_menu = True
    filterset_class = ToolkitOverzichtFilterSet
    columns = [
        *[column for column in IndexView.base_columns if column.name in ("title", "status")],
        FigureColumn("impact_months", label="Impact"),
        FigureColumn("cost", label="Kost"),
        FigureColumn("evidence", label="Bewijskracht"),
        Column("verdict", label="Oordeel"),
        ReviewDateColumn("last_reviewed", label="Laatst herzien", sort_key="last_reviewed"),
        WorkflowStepColumn("workflow_step", label="In de kwaliteitscheck"),
    ]
    list_export = [
        "title",
        "impact_months",
        "cost",
        "evidence",
        "verdict",
        "last_reviewed",
        "live",
        "url_path",
    ]
    export_headings = {
        "title": "Titel",
        "impact_months": "Impact (maanden)",
        "cost": "Kost (1-5)",
        "evidence": "Bewijskracht (0-5)",
        "verdict": "Oordeel",
        "last_reviewed": "Laatst herzien",
        "live": "Gepubliceerd",
        "url_path": "Pad",
    }
    export_filename = "toolkit-overzicht"

    @property
    def menu_item_class(self):
        # Listed for whoever may edit pages; the committees review from their dashboard.
        class EditorsMenuItem(MenuItem):
            def is_shown(self, request):
                return PagePermissionPolicy().user_has_permission(request.user, "change")

        return EditorsMenuItem


@hooks.register("register_admin_viewset")
def register_toolkit_overzicht():
    return ToolkitOverzichtViewSet("toolkit_overzicht")


hooks.register(content_checks.HOOK, toolkit_checks)


@hooks.register("styleguide_samples")
def figure_states():
    """The figures in each of their states for the style guide (/stijlgids/, DEBUG only), as
    (what the state shows, an unsaved item in that state)."""
    states = [
        ("Waarden", 6, 1, 4),
        ("Negatieve waarde", -2, 5, 2),
        ("Bewijskracht 0: geen impact", None, 2, 0),
        ("Niets gekend", None, None, None),
    ]
    return {
        "figure_states": [
            (
                label,
                ToolkitItemPage(
                    title=label,
                    slug=f"stijl-{n}",
                    impact_months=impact,
                    cost=cost,
                    evidence=evidence,
                ),
            )
            for n, (label, impact, cost, evidence) in enumerate(states)
        ]
    }
