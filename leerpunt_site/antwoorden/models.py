"""The answer bank: questions teachers asked the Vraagpunt, answered in public once for everyone."""

from django.db import models
from django.http import JsonResponse
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from leerpunt_site.core.models import IndexPage, TaggedPageMixin
from leerpunt_site.core.queries import live_and_public
from leerpunt_site.pagecache.cache import cached
from leerpunt_site.search.query import search_queryset

from .filters import AntwoordFilter

SUGGESTION_COUNT = 5


class AntwoordIndexPage(RoutablePageMixin, IndexPage):
    """/vraagpunt/antwoorden/: every published answer, filterable by theme and searchable."""

    parent_page_types = ["vraagpunt.VraagpuntPage"]
    subpage_types = ["antwoorden.VraagAntwoordPage"]
    template = "pages/antwoorden/antwoord_index_page.html"
    quality_checked = True  # an answer is public advice: the Kwaliteitscheck (editorial/setup.py)
    page_size = 20

    class Meta:
        verbose_name = "antwoordenoverzicht"
        verbose_name_plural = "antwoordenoverzichten"

    def answers(self):
        return live_and_public(VraagAntwoordPage.objects.child_of(self))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filterset = AntwoordFilter(request.GET, self.answers())
        context.update(filterset=filterset, answers=filterset.page(self.page_size))
        if filterset.is_varied:
            context["robots"] = "noindex, follow"
        return context

    def suggestions(self, text):
        """The answers closest to a question being typed, best first."""
        return list(search_queryset(self.answers(), text, operator="or")[:SUGGESTION_COUNT])

    @path("suggesties/")
    def suggestions_json(self, request):
        """Used by the Vraagpunt form while a visitor types; see static/js/antwoord-suggesties.js."""
        found = self.suggestions(request.GET.get("q", "")[:1000])
        return JsonResponse(
            {
                "antwoorden": [
                    {"titel": page.title, "url": page.get_url(request), "kort": page.summary}
                    for page in found
                ]
            }
        )


class VraagAntwoordPage(TaggedPageMixin, Page):
    question = models.TextField(
        "vraag",
        max_length=3000,
        help_text="De vraag zoals ze gesteld werd, zonder naam, e-mailadres of andere gegevens "
        "waaraan iemand te herkennen is.",
    )
    # Named as elsewhere on the site: cards, hubs and feeds show a page's `summary`.
    summary = models.TextField(
        "kort antwoord",
        max_length=500,
        help_text="Het antwoord in twee of drie zinnen. Verschijnt bovenaan, in overzichten en als "
        "suggestie bij het Vraagpunt-formulier.",
    )
    body = RichTextField(
        "volledig antwoord",
        features=["h2", "h3", "bold", "italic", "link", "document-link", "ul", "ol"],
    )
    answered_on = models.DateField(
        "beantwoord op",
        null=True,
        blank=True,
        help_text="Alleen invullen als de datum van het antwoord bekend is.",
    )
    answered_by = models.CharField(
        "beantwoord door",
        max_length=120,
        blank=True,
        help_text="Het team of de persoon die antwoordde, alleen als dat bekend is.",
    )
    source = models.CharField(
        "bron",
        max_length=300,
        blank=True,
        help_text="Waar het antwoord op steunt, bv. een document van Leerpunt. Verschijnt onder het antwoord.",
    )
    source_question = models.ForeignKey(
        "vraagpunt.Vraag",
        verbose_name="vraag in het Vraagpunt",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="answer_pages",
        help_text="De vraag uit het Vraagpunt waarop deze pagina antwoordt. Wordt ingevuld "
        "wanneer je een antwoord maakt vanuit een vraag.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("question"),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel(
            "links",
            heading="Meer hierover op de site",
            label="Link",
            help_text="Toolkitaanpakken, leidraden, projecten of onderzoeken waarover het antwoord "
            "gaat. Het antwoord verschijnt op die pagina's onder 'Vragen hierover'.",
        ),
        MultiFieldPanel(
            [FieldPanel("answered_on"), FieldPanel("answered_by"), FieldPanel("source")],
            heading="Herkomst",
        ),
        FieldPanel("source_question", read_only=True),
        *TaggedPageMixin.taxonomy_panels,
    ]
    search_fields = Page.search_fields + [
        index.SearchField("question"),
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
    ]

    template = "pages/antwoorden/vraag_antwoord_page.html"
    parent_page_types = ["antwoorden.AntwoordIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "antwoord"
        verbose_name_plural = "antwoorden"

    def linked_pages(self):
        return [link.page for link in self.links.select_related("page") if link.page.live]


class AntwoordLink(Orderable):
    answer = ParentalKey(VraagAntwoordPage, on_delete=models.CASCADE, related_name="links")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name="pagina"
    )

    # Any page of the site: this shell app names no content app's page types.
    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = "link"
        verbose_name_plural = "links"


def answers_about(page):
    """Live, public answers that link to this page: the 'Vragen hierover' block. Most pages have
    none, so which pages have any is a fragment of the generation (links change only when an
    answer is published, which purges): those pages cost no query, the others one."""
    if page.pk not in cached("antwoorden:linked-pages", _linked_page_ids):
        return VraagAntwoordPage.objects.none()
    answers = AntwoordLink.objects.filter(page=page).values("answer")
    return live_and_public(VraagAntwoordPage.objects.filter(pk__in=answers))


def _linked_page_ids():
    return frozenset(AntwoordLink.objects.values_list("page_id", flat=True))
