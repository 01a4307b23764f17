"""RSS per theme: the newest pages of every type tagged with it."""

from django.contrib.syndication.views import Feed

from .tagged_content import newest_on_theme


class ThemaFeed(Feed):
    language = "nl-BE"
    size = 20

    def get_object(self, request, theme):
        self.request = request
        return theme

    def title(self, theme):
        return f"Leerpunt: nieuw over {theme.name}"

    def link(self, theme):
        return theme.url

    def description(self, theme):
        return theme.short_description

    def items(self, theme):
        return newest_on_theme(theme, self.size, self.request)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.published_at
