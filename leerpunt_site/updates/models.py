from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index

from leerpunt_site.core.models import IndexPage, TaggedPageMixin
from leerpunt_site.core.queries import live_and_public

from .filters import UpdateFilter

FEED_PATH = "feed/"

# The renditions the update card's {% picture %} tag asks for; prefetched with the listing.
CARD_IMAGE_SPECS = [
    f"fill-{width}x{width * 9 // 16}|format-{fmt}"
    for width in (400, 800)
    for fmt in ("avif", "webp", "jpeg")
]


class UpdateIndexPage(RoutablePageMixin, IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["updates.UpdatePage"]
    template = "pages/updates/update_index_page.html"
    page_size = 12
    feed_size = 20

    class Meta:
        verbose_name = "updatesoverzicht"
        verbose_name_plural = "updatesoverzichten"

    def updates(self):
        """Live, public updates below this index, newest first."""
        return live_and_public(UpdatePage.objects.child_of(self)).order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The image comes with the page; its card renditions in one more query.
        renditions = (
            get_image_model().get_rendition_model().objects.filter(filter_spec__in=CARD_IMAGE_SPECS)
        )
        updates = (
            self.updates()
            .select_related("listing_image")
            .prefetch_related(
                Prefetch(
                    "listing_image__renditions",
                    queryset=renditions,
                    to_attr="prefetched_renditions",
                )
            )
        )
        filterset = UpdateFilter(request.GET, updates)
        context["filterset"] = filterset
        context["updates"] = filterset.page(self.page_size)
        context["feed_url"] = self.feed_url()
        if filterset.is_varied:
            context["robots"] = "noindex, follow"
        return context

    def feed_url(self):
        return self.url + FEED_PATH

    @path(FEED_PATH)
    def feed(self, request):
        from .feeds import UpdateFeed  # the feed module imports these models

        return UpdateFeed(self)(request)


class UpdatePage(TaggedPageMixin, Page):
    search_weight = 0.3  # its place in the site search (leerpunt_site/search/ranking.py)

    date = models.DateField("datum", default=timezone.localdate, help_text="Datum van het bericht.")
    summary = models.TextField(
        "samenvatting",
        max_length=300,
        help_text="Eén of twee zinnen voor overzichten en deellinks.",
    )
    body = RichTextField(
        "tekst", features=["h2", "h3", "bold", "italic", "link", "document-link", "ul", "ol"]
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="afbeelding in overzichten",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optioneel. Verschijnt op de kaart in het overzicht en bovenaan het bericht. "
        "Geef de afbeelding een beschrijving (alt-tekst) in de mediabibliotheek, of laat die leeg "
        "als de afbeelding louter decoratief is.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
        *TaggedPageMixin.taxonomy_panels,
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    template = "pages/updates/update_page.html"
    parent_page_types = ["updates.UpdateIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "update"
        verbose_name_plural = "updates"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The parent is always an UpdateIndexPage: its URL is this one minus the slug.
        context["feed_url"] = self.url[: -len(self.slug) - 1] + FEED_PATH
        return context
