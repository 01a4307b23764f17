"""The agenda's filters, upcoming and archive alike: the shared themes, levels and search text.
The order (soonest first, or most recent first in the archive) comes with the queryset."""

from leerpunt_site.core.filters import ListingFilterSet


class EventFilter(ListingFilterSet):
    pass
