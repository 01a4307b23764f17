"""The answer bank's filters: the shared themes, levels and search text; best match first."""

from django.db.models import Case, IntegerField, Value, When

from leerpunt_site.core.filters import ListingFilterSet


class AntwoordFilter(ListingFilterSet):
    def __init__(self, data, queryset, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.filters["q"].label = "Zoek in de antwoorden"

    def order(self, queryset):
        """Best match first when searching; otherwise alphabetical, as the questions read."""
        if self.relevance is None:
            return queryset.order_by("title", "pk")
        rank = Case(
            *[When(pk=pk, then=Value(position)) for position, pk in enumerate(self.relevance)],
            output_field=IntegerField(),
        )
        return queryset.order_by(rank, "title", "pk")
