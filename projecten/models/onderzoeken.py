from django import forms
from django.core.exceptions import ValidationError
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
    search_weight = 0.5  # its place in the site search (leerpunt_site/search/ranking.py)

    class Status(models.TextChoices):
        IN_DE_PIJPLIJN = "in_de_pijplijn", "In de pijplijn"
        LOPEND = "lopend", "Lopend"
        OPGELEVERD = "opgeleverd", "Opgeleverd"

    executors = ParentalManyToManyField(
        "projecten.Organisatie",
        blank=True,
        related_name="research",
        verbose_name="uitvoerders",
        help_text="De organisaties die het onderzoek uitvoeren. Laat leeg zolang de opdracht "
        "niet gegund is.",
    )
    # Derived in save(), never typed: delivered exactly when its report is here (a document or
    # a link); running once it has an executor; before that in the pipeline. Stored so that the
    # listing can filter on it.
    status = models.CharField(
        "status", max_length=20, choices=Status.choices, default=Status.LOPEND, editable=False
    )
    expected_delivery = models.CharField(
        "verwachte oplevering",
        max_length=120,
        blank=True,
        help_text="Zoals de bron het zegt, bv. 'begin 2026' of 'voorjaar 2025'. Leeg als dat nog "
        "niet bekend is.",
    )
    actual_delivery = models.CharField(
        "opgeleverd",
        max_length=120,
        blank=True,
        help_text="Wanneer het rapport verscheen, zo precies als de bron het zegt, bv. 'maart "
        "2025'. Alleen met een rapport.",
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
        help_text="Het onderzoeksrapport om te downloaden (bij voorkeur een toegankelijke PDF). "
        "Met een rapport (of een link ernaar) is het onderzoek opgeleverd.",
    )
    report_url = models.URLField(
        "rapport (link)",
        blank=True,
        help_text="Als het rapport elders staat: de openbare link ernaar.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("executors", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("expected_delivery"), FieldPanel("actual_delivery")]),
                FieldRowPanel([FieldPanel("report"), FieldPanel("report_url")]),
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

    def clean(self):
        super().clean()
        if self.actual_delivery and not self.is_delivered:
            raise ValidationError(
                {
                    "actual_delivery": "Opgeleverd kan pas met een rapport: kies het rapport of "
                    "geef de link ernaar."
                }
            )

    def save(self, *args, **kwargs):
        self.status = self.derived_status()
        super().save(*args, **kwargs)

    def derived_status(self):
        if self.is_delivered:
            return self.Status.OPGELEVERD
        # The executors are held in memory until the page is saved (modelcluster).
        return self.Status.LOPEND if self.executors.all() else self.Status.IN_DE_PIJPLIJN

    @property
    def is_delivered(self):
        """From the report itself, so a preview of unsaved changes is right too."""
        return bool(self.report_id or self.report_url)

    @property
    def is_planned(self):
        """Research still running shows as planned on the kennisagenda (TaggedPageMixin hook)."""
        return not self.is_delivered
