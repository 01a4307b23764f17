"""The filters of the three listings (projecten, onderzoeken, oproepen): their own fields besides
the shared themes, levels and search text of ListingFilterSet.

Choices come from the content itself, so a visitor never picks a value that gives nothing, and
fixed choices from the listed model (the models import this module, not the other way round).
"""

import django_filters
from django.db.models import Q

from leerpunt_site.core.filters import ListingFilterSet


class ProjectFilter(ListingFilterSet):
    type = django_filters.ChoiceFilter(
        label="Soort project",
        field_name="project_type",
        empty_label="Alle soorten",
    )
    status = django_filters.ChoiceFilter(label="Status", empty_label="Alle statussen")
    oproep = django_filters.ChoiceFilter(
        label="Oproep", field_name="call__slug", empty_label="Alle oproepen"
    )
    ronde = django_filters.ChoiceFilter(
        label="Ronde", field_name="round", empty_label="Alle rondes"
    )
    organisatie = django_filters.ChoiceFilter(
        label="Organisatie", method="filter_organisation", empty_label="Alle organisaties"
    )

    def __init__(self, data, queryset, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.filters["type"].extra["choices"] = queryset.model.Soort.choices
        self.filters["status"].extra["choices"] = queryset.model.Status.choices
        calls = self.cached_choices("oproep", self.call_rounds)
        self.filters["oproep"].extra["choices"] = list(
            dict.fromkeys((slug, title) for slug, title, _ in calls)
        )
        rounds = sorted({number for _, _, number in calls if number})
        self.filters["ronde"].extra["choices"] = [(str(n), f"Ronde {n}") for n in rounds]
        self.filters["organisatie"].extra["choices"] = self.cached_choices(
            "organisatie", self.organisation_choices
        )

    def call_rounds(self):
        return list(
            self.queryset.filter(call__isnull=False)
            .values_list("call__slug", "call__title", "round")
            .order_by("call__title", "round")
            .distinct()
        )

    def organisation_choices(self):
        organisations = self.queryset.model.applicant.field.related_model.objects
        listed = self.queryset.values("pk")
        return list(
            organisations.filter(Q(applied_projects__in=listed) | Q(partnerships__page__in=listed))
            .distinct()
            .order_by("name")
            .values_list("slug", "name")
        )

    def filter_organisation(self, queryset, name, value):
        involved = self.queryset.model.objects.filter(
            Q(applicant__slug=value) | Q(partners__organisation__slug=value)
        )
        return queryset.filter(pk__in=involved.values("pk"))

    def order(self, queryset):
        return queryset.order_by("title", "pk")


class OnderzoekFilter(ListingFilterSet):
    status = django_filters.ChoiceFilter(label="Status", empty_label="Alle statussen")

    def __init__(self, data, queryset, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.filters["status"].extra["choices"] = queryset.model.Status.choices

    def order(self, queryset):
        # Delivered assignments first; delivery periods are words as the source gives them.
        return queryset.order_by("-status", "title", "pk")


class OproepFilter(ListingFilterSet):
    status = django_filters.ChoiceFilter(
        label="Status", field_name="current_status", empty_label="Alle statussen"
    )

    def __init__(self, data, queryset, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.filters["status"].extra["choices"] = queryset.model.Status.choices

    def order(self, queryset):
        return queryset.open_first()
