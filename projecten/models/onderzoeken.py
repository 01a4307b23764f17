from django import forms
from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from leerpunt_site.core.models import IndexPage, TaggedPageMixin
from leerpunt_site.core.queries import live_and_public

from ..filters import OnderzoekFilter


class OnderzoekIndexPage(IndexPage):
    quality_checked = True  # its pages go live through the Kwaliteitscheck (editorial/setup.py)
    parent_page_types = ["home.HomePage"]
    subpage_types = ["projecten.OnderzoekPage"]
    template = "pages/projecten/onderzoek_index_page.html"
    page_size = 20

    class Meta:
        verbose_name = "onderzoekenoverzicht"
        verbose_name_plural = "onderzoekenoverzichten"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        research = live_and_public(OnderzoekPage.objects.child_of(self))
        filterset = OnderzoekFilter(
            request.GET, research.prefetch_related("executors"), choices_key=self.pk
        )
        context.update(filterset=filterset, research=filterset.page(self.page_size))
        if filterset.is_varied:
            context["robots"] = "noindex, follow"
        return context


class OnderzoekPage(TaggedPageMixin, Page):
    class Status(models.TextChoices):
        LOPEND = "lopend", "Lopend"
        OPGELEVERD = "opgeleverd", "Opgeleverd"
        GEPUBLICEERD = "gepubliceerd", "Gepubliceerd"

    executors = ParentalManyToManyField(
        "projecten.Organisatie",
        blank=True,
        related_name="research",
        verbose_name="uitvoerders",
        help_text="De organisaties die het onderzoek uitvoeren. Laat leeg zolang de opdracht "
        "niet gegund is.",
    )
    status = models.CharField(
        "status",
        max_length=20,
        choices=Status.choices,
        default=Status.LOPEND,
        help_text="Opgeleverd: het rapport is bij Leerpunt. Gepubliceerd: het is openbaar.",
    )
    expected_delivery = models.DateField(
        "verwachte oplevering",
        null=True,
        blank=True,
        help_text="Wanneer het rapport verwacht wordt; leeg als dat nog niet vastligt.",
    )
    actual_delivery = models.DateField(
        "werkelijke oplevering",
        null=True,
        blank=True,
        help_text="Vul in zodra het rapport opgeleverd is.",
    )
    summary = models.TextField(
        "samenvatting",
        max_length=400,
        help_text="Eén of twee zinnen voor overzichten en zoekresultaten.",
    )
    body = RichTextField(
        "beschrijving",
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "document-link", "ul", "ol"],
        help_text="De onderzoeksvraag, de aanpak en wat het oplevert.",
    )
    report = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="rapport",
        help_text="Het onderzoeksrapport om te downloaden (bij voorkeur een toegankelijke PDF).",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("executors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("expected_delivery"), FieldPanel("actual_delivery")]),
                FieldPanel("report"),
            ],
            heading="Opdracht",
        ),
        FieldPanel("body"),
        *TaggedPageMixin.taxonomy_panels,
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("executors", [index.SearchField("name")]),
        index.FilterField("status"),
    ]

    template = "pages/projecten/onderzoek_page.html"
    parent_page_types = ["projecten.OnderzoekIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "onderzoek"
        verbose_name_plural = "onderzoeken"

    @property
    def is_planned(self):
        """Research still running shows as planned on the kennisagenda (TaggedPageMixin hook)."""
        return self.status == self.Status.LOPEND
