from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from leerpunt_site.core.models import IndexPage, TaggedPageMixin


class UpdateIndexPage(IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["updates.UpdatePage"]
    template = "pages/update_index_page.html"
    page_size = 12

    class Meta:
        verbose_name = "updatesoverzicht"
        verbose_name_plural = "updatesoverzichten"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        updates = UpdatePage.objects.child_of(self).live().public().order_by("-date", "-pk")
        context["updates"] = Paginator(updates, self.page_size).get_page(request.GET.get("pagina"))
        return context


class UpdatePage(TaggedPageMixin, Page):
    date = models.DateField("datum", default=timezone.localdate, help_text="Datum van het bericht.")
    summary = models.TextField(
        "samenvatting",
        max_length=300,
        help_text="Eén of twee zinnen voor overzichten en deellinks.",
    )
    body = RichTextField(
        "tekst", features=["h2", "h3", "bold", "italic", "link", "document-link", "ul", "ol"]
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("body"),
        *TaggedPageMixin.taxonomy_panels,
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    template = "pages/update_page.html"
    parent_page_types = ["updates.UpdateIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "update"
        verbose_name_plural = "updates"
