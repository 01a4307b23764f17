"""RSS feed of new calls, served by OproepIndexPage at /oproepen/feed/."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone


class OproepFeed(Feed):
    description = "Nieuwe oproepen van Leerpunt voor onderzoek, leidraden en projecten in scholen."

    def __init__(self, index):
        super().__init__()
        self.index = index

    def title(self):
        return f"{self.index.title} | Leerpunt"

    def link(self):
        return self.index.url

    def items(self):
        return self.index.calls().order_by("-published_date", "-pk")[: self.index.feed_size]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return f"{item.summary} Deadline: {item.deadline_label}."

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        midnight = datetime.datetime.combine(item.published_date, datetime.time())
        return timezone.make_aware(midnight)
