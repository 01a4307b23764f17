"""The guides listing's filters: status besides the shared themes, levels and search text."""

import django_filters
from django import forms

from leerpunt_site.core.filters import ListingFilterSet


class LeidraadFilter(ListingFilterSet):
    status = django_filters.ChoiceFilter(
        label="Status", empty_label="Alle", widget=forms.RadioSelect
    )

    def __init__(self, data, queryset, *, statuses, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.filters["status"].extra["choices"] = statuses

    def order(self, queryset):
        return queryset.in_listing_order()
