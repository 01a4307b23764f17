from django import forms
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils import timezone
from django.utils.formats import date_format
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from leerpunt_site.core.models import IndexPage, TaggedPageMixin
from leerpunt_site.core.queries import live_and_public

from ..filters import OproepFilter


class OproepStatus(models.TextChoices):
    OPEN = "open", "Open"
    GESLOTEN = "gesloten", "Gesloten"
    GEGUND = "gegund", "Gegund"


def open_condition(now):
    """When a call still takes applications, as a database condition.

    Not awarded, and either its deadline lies ahead or, without a deadline, it was published
    this calendar year: a call without a deadline closes at the end of its publication year.
    `OproepPage.status_at()` applies the same rule to one page in Python.
    """
    year = timezone.localtime(now).year
    return Q(awarded=False) & (
        Q(deadline__gt=now) | Q(deadline__isnull=True, published_date__year__gte=year)
    )


class OproepQuerySet(PageQuerySet):
    def with_status(self, now=None):
        now = now or timezone.now()
        return self.annotate(
            current_status=Case(
                When(awarded=True, then=Value(OproepStatus.GEGUND.value)),
                When(open_condition(now), then=Value(OproepStatus.OPEN.value)),
                default=Value(OproepStatus.GESLOTEN.value),
                output_field=models.CharField(),
            )
        )

    def open_first(self):
        """Open calls first (soonest deadline first), then the rest, newest first."""
        is_open = Case(
            When(current_status=OproepStatus.OPEN.value, then=Value(0)),
            default=Value(1),
        )
        return self.order_by(
            is_open, models.F("deadline").asc(nulls_last=True), "-published_date", "pk"
        )


class OproepIndexPage(RoutablePageMixin, IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["projecten.OproepPage"]
    template = "pages/projecten/oproep_index_page.html"
    page_size = 20
    feed_size = 20

    class Meta:
        verbose_name = "oproepenoverzicht"
        verbose_name_plural = "oproepenoverzichten"

    def calls(self):
        return live_and_public(OproepPage.objects.child_of(self)).with_status()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Choices keyed on this page, not on the SQL (which holds the time of the request).
        filterset = OproepFilter(request.GET, self.calls(), choices_key=self.pk)
        context.update(filterset=filterset, calls=filterset.page(self.page_size))
        if filterset.is_varied:
            context["robots"] = "noindex, follow"
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from ..feeds import OproepFeed

        return OproepFeed(self)(request)


class OproepPage(TaggedPageMixin, Page):
    search_weight = 0.5  # its place in the site search (leerpunt_site/search/ranking.py)

    Status = OproepStatus

    published_date = models.DateField(
        "publicatiedatum",
        default=timezone.localdate,
        help_text="De dag waarop de oproep verscheen. Bepaalt de volgorde in de RSS-feed.",
    )
    deadline = models.DateTimeField(
        "deadline",
        null=True,
        blank=True,
        help_text="Datum en uur tot wanneer aanvragen binnen mogen. Daarna toont de site de "
        "oproep vanzelf als gesloten. Zonder deadline blijft de oproep open tot het einde van "
        "het jaar van publicatie.",
    )
    eligible = models.TextField(
        "wie kan indienen?", blank=True, help_text="Welke organisaties of scholen mogen indienen."
    )
    budget = models.CharField(
        "budget",
        max_length=400,
        blank=True,
        help_text="Het beschikbare bedrag in woorden, bv. '4,4 miljoen euro voor ...'.",
    )
    summary = models.TextField(
        "samenvatting",
        max_length=400,
        help_text="Eén of twee zinnen voor overzichten, de RSS-feed en zoekresultaten.",
    )
    body = RichTextField(
        "beschrijving",
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "document-link", "ul", "ol"],
        help_text="Waarover gaat de oproep, welke percelen, hoe dien je in.",
    )
    documents = StreamField(
        [("document", DocumentChooserBlock(label="document"))],
        blank=True,
        verbose_name="documenten",
        help_text="Het oproepdocument, het aanvraagformulier en andere bijlagen.",
    )
    awarded = models.BooleanField(
        "gegund",
        default=False,
        help_text="Vink aan zodra de oproep toegekend is. De status wordt dan 'gegund', los van "
        "de deadline.",
    )
    awarded_organisations = ParentalManyToManyField(
        "projecten.Organisatie",
        blank=True,
        related_name="awarded_calls",
        verbose_name="gegund aan",
        help_text="De organisaties die financiering kregen. De projecten zelf verschijnen "
        "vanzelf als ze deze oproep vermelden.",
    )

    objects = PageManager.from_queryset(OproepQuerySet)()

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("published_date"),
                FieldPanel("deadline"),
                FieldPanel("eligible"),
                FieldPanel("budget"),
            ],
            heading="Oproep",
        ),
        FieldPanel("body"),
        FieldPanel("documents"),
        MultiFieldPanel(
            [
                FieldPanel("awarded"),
                FieldPanel("awarded_organisations", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Toekenning",
        ),
        *TaggedPageMixin.taxonomy_panels,
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("eligible"),
        index.SearchField("body"),
        index.FilterField("published_date"),
    ]

    template = "pages/projecten/oproep_page.html"
    parent_page_types = ["projecten.OproepIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "oproep"
        verbose_name_plural = "oproepen"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["projects"] = (
            live_and_public(self.projects.all()).select_related("applicant").order_by("title")
        )
        context["downloads"] = [("", block.value) for block in self.documents if block.value]
        return context

    def status_at(self, now):
        """The status at a moment; the same rule as `open_condition()` in the database."""
        if self.awarded:
            return OproepStatus.GEGUND
        if self.deadline:
            is_open = now < self.deadline
        else:
            is_open = self.published_date.year >= timezone.localtime(now).year
        return OproepStatus.OPEN if is_open else OproepStatus.GESLOTEN

    @property
    def deadline_label(self):
        """'15 maart 2025 om 12.00 uur' in Belgian time, or 'nog niet bekend'."""
        if not self.deadline:
            return "nog niet bekend"
        return date_format(timezone.localtime(self.deadline), r"j F Y \o\m H.i \u\u\r")

    @property
    def status(self):
        """Computed at request time: nobody has to close a call by hand."""
        return OproepStatus(getattr(self, "current_status", None) or self.status_at(timezone.now()))
