"""The updates listing's filters (and its feed's: /updates/feed/?thema=<slug>): the shared themes,
levels and search text."""

from leerpunt_site.core.filters import ListingFilterSet


class UpdateFilter(ListingFilterSet):
    def order(self, queryset):
        return queryset.order_by("-date", "-pk")
