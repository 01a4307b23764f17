import django_filters
from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets.boolean_radio_select import BooleanRadioSelect

from leerpunt_site.vraagpunt.viewsets import PublicRecordIndexView, PublicRecordViewSet

from .models import Inschrijving, NieuwsbriefPage, unsubscribe_url


class InschrijvingFilterSet(WagtailFilterSet):
    confirmed = django_filters.BooleanFilter(
        label="Bevestigd",
        field_name="confirmed_at",
        lookup_expr="isnull",
        exclude=True,
        widget=BooleanRadioSelect,
    )

    class Meta:
        model = Inschrijving
        fields = ["levels", "themes"]


class InschrijvingIndexView(PublicRecordIndexView):
    visitor_fields = ["email"]

    def get_base_queryset(self):
        queryset = super().get_base_queryset().prefetch_related("levels", "themes")
        # The export feeds the mailing service: confirmed addresses only, whatever the filters say.
        return queryset.subscribed() if self.is_export else queryset

    @cached_property
    def newsletter_page(self):
        return NieuwsbriefPage.objects.live().first()

    def to_row_dict(self, item):
        # Each newsletter needs the subscriber's own one-click unsubscribe link.
        page = self.newsletter_page
        item.unsubscribe_url = (
            unsubscribe_url(item, page.get_full_url(self.request), page) if page else ""
        )
        return super().to_row_dict(item)


class InschrijvingViewSet(PublicRecordViewSet):
    model = Inschrijving
    icon = "mail"
    menu_label = "Nieuwsbrief"
    menu_order = 320
    index_view_class = InschrijvingIndexView
    list_display = ["email", "is_subscribed", "consent_at", "confirmed_at"]
    filterset_class = InschrijvingFilterSet
    search_fields = ["email"]
    ordering = ["-consent_at", "-pk"]
    form_fields = ["levels", "themes"]
    list_export = ["email", "level_names", "theme_names", "confirmed_at", "unsubscribe_url"]
    export_headings = {
        "level_names": "Onderwijsniveaus",
        "theme_names": "Thema's",
        "unsubscribe_url": "Uitschrijflink",
    }
    export_filename = "nieuwsbrief-bevestigde-inschrijvingen"


@hooks.register("register_admin_viewset")
def register_inschrijving_viewset():
    return InschrijvingViewSet("inschrijving")
