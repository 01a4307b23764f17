"""The toolkit listing's filters: themes, levels, search text and four sort orders."""

from django.db.models import F

from leerpunt_site.core.filters import ListingFilterSet


class ToolkitFilter(ListingFilterSet):
    # Unknown figures go last whatever the direction; title and pk make the order deterministic.
    sort_options = {
        "naam": ("Naam (A tot Z)", ["title", "pk"]),
        "impact": (
            "Impact (hoogste eerst)",
            [F("impact_months").desc(nulls_last=True), "title", "pk"],
        ),
        "kost": ("Kost (laagste eerst)", [F("cost").asc(nulls_last=True), "title", "pk"]),
        "bewijskracht": (
            "Bewijskracht (sterkste eerst)",
            [F("evidence").desc(nulls_last=True), "title", "pk"],
        ),
    }

    def __init__(self, data, queryset, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.filters["q"].label = "Zoek in deze toolkit"
        self.filters["thema"].label = "Thema's"
