"""Filters for the three listings, bound to request.GET.

Choices come from the content itself (one query each), so a visitor never picks a value that
gives nothing. Unknown values fail validation and are ignored: a filter that does not validate
is left out of the query, never passed raw to the ORM.
"""

import django_filters
from django import forms
from django.db.models import Q
from django.http import QueryDict

from leerpunt_site.core.shell import cached_for_queryset
from leerpunt_site.search.query import search_queryset
from leerpunt_site.taxonomy.models import Onderwijsniveau, Thema

from .models import OnderzoekPage, OproepPage, Organisatie, ProjectPage
from .models.oproepen import OproepStatus

SEARCH_MAX_LENGTH = 200


def without_nul_bytes(data):
    """A copy of the query parameters without NUL characters, which no database column accepts
    and which should never be echoed back into the form."""
    if data is None:
        return None
    cleaned = QueryDict(mutable=True)
    for key, values in data.lists():
        cleaned.setlist(key, [value.replace("\x00", "") for value in values])
    return cleaned


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the known values of a repeated parameter and drops the unknown ones."""

    def clean(self, value):
        if isinstance(value, list | tuple):
            value = [item for item in value if isinstance(item, str) and self.valid_value(item)]
        return super().clean(value)


class LenientMultipleChoiceFilter(django_filters.MultipleChoiceFilter):
    field_class = LenientMultipleChoiceField


class ListingFilter(django_filters.FilterSet):
    """Theme, level and search text: what every listing of the site filters on."""

    q = django_filters.CharFilter(
        label="Zoek",
        method="filter_search",
        max_length=SEARCH_MAX_LENGTH,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    thema = LenientMultipleChoiceFilter(
        label="Thema", method="filter_themes", widget=forms.CheckboxSelectMultiple
    )
    niveau = LenientMultipleChoiceFilter(
        label="Onderwijsniveau", method="filter_levels", widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(without_nul_bytes(data), queryset, **kwargs)
        self.filters["thema"].extra["choices"] = cached_for_queryset(
            "choices:thema",
            queryset,
            lambda: list(
                Thema.objects.filter(pk__in=queryset.values("themes")).values_list("slug", "name")
            ),
        )
        self.filters["niveau"].extra["choices"] = cached_for_queryset(
            "choices:niveau",
            queryset,
            lambda: list(
                Onderwijsniveau.objects.filter(pk__in=queryset.values("levels")).values_list(
                    "slug", "name"
                )
            ),
        )

    @property
    def is_filtered(self):
        self.form.is_valid()
        return any(self.form.cleaned_data.get(name) for name in self.filters)

    def filter_search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        matches = search_queryset(self.queryset, value, order_by_relevance=False)
        return queryset.filter(pk__in=[page.pk for page in matches])

    def filter_themes(self, queryset, name, value):
        return queryset.filter(themes__slug__in=value).distinct() if value else queryset

    def filter_levels(self, queryset, name, value):
        return queryset.filter(levels__slug__in=value).distinct() if value else queryset


class ProjectFilter(ListingFilter):
    type = django_filters.ChoiceFilter(
        label="Soort project",
        field_name="project_type",
        choices=ProjectPage.Soort.choices,
        empty_label="Alle soorten",
    )
    status = django_filters.ChoiceFilter(
        label="Status", choices=ProjectPage.Status.choices, empty_label="Alle statussen"
    )
    oproep = django_filters.ChoiceFilter(
        label="Oproep", field_name="call__slug", empty_label="Alle oproepen"
    )
    ronde = django_filters.ChoiceFilter(
        label="Ronde", field_name="round", empty_label="Alle rondes"
    )
    organisatie = django_filters.ChoiceFilter(
        label="Organisatie", method="filter_organisation", empty_label="Alle organisaties"
    )

    class Meta:
        model = ProjectPage
        fields = []

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        calls = cached_for_queryset(
            "choices:oproep",
            queryset,
            lambda: list(
                queryset.filter(call__isnull=False)
                .values_list("call__slug", "call__title", "round")
                .order_by("call__title", "round")
                .distinct()
            ),
        )
        self.filters["oproep"].extra["choices"] = list(
            dict.fromkeys((slug, title) for slug, title, _ in calls)
        )
        rounds = sorted({number for _, _, number in calls if number})
        self.filters["ronde"].extra["choices"] = [(str(n), f"Ronde {n}") for n in rounds]
        self.filters["organisatie"].extra["choices"] = cached_for_queryset(
            "choices:organisatie",
            queryset,
            lambda: list(
                Organisatie.objects.filter(
                    Q(applied_projects__in=queryset.values("pk"))
                    | Q(partnerships__page__in=queryset.values("pk"))
                )
                .distinct()
                .order_by("name")
                .values_list("slug", "name")
            ),
        )

    def filter_organisation(self, queryset, name, value):
        return queryset.filter(
            Q(applicant__slug=value) | Q(partners__organisation__slug=value)
        ).distinct()


class OnderzoekFilter(ListingFilter):
    status = django_filters.ChoiceFilter(
        label="Status", choices=OnderzoekPage.Status.choices, empty_label="Alle statussen"
    )

    class Meta:
        model = OnderzoekPage
        fields = []


class OproepFilter(ListingFilter):
    status = django_filters.ChoiceFilter(
        label="Status",
        field_name="current_status",
        choices=OproepStatus.choices,
        empty_label="Alle statussen",
    )

    class Meta:
        model = OproepPage
        fields = []
