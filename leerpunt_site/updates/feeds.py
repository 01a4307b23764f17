"""The RSS feed of an updates index, at /updates/feed/ (also with ?thema=<slug>)."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed

from .filters import UpdateFilter


class UpdateFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "nl-BE"

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, index_page):
        return f"Leerpunt: {index_page.title.lower()}"

    def link(self, index_page):
        return index_page.get_full_url(self.request)

    def description(self, index_page):
        return "Nieuws van Leerpunt: leidraden, toolkits, oproepen en projecten."

    def items(self, index_page):
        filterset = UpdateFilter(self.request.GET, index_page.updates())
        return filterset.qs[: index_page.feed_size]

    def item_title(self, update):
        return update.title

    def item_description(self, update):
        return update.summary

    def item_link(self, update):
        return update.get_full_url(self.request)

    def item_pubdate(self, update):
        # The editorial date, at midnight in Brussels: what the listing shows.
        return timezone.make_aware(datetime.datetime.combine(update.date, datetime.time.min))
