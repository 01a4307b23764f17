"""Guides (leidraden): an index and one page per guide, with a URL of its own for every recommendation."""

import json
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, When
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageLogEntry, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from leerpunt_site.core.models import IndexPage, TaggedPageMixin
from leerpunt_site.core.queries import live_and_public

from .blocks import AanbevelingenBlock, WerkvormBlock
from .filters import LeidraadFilter


class LeidraadIndexPage(IndexPage):
    search_weight = 0.6  # its place in the site search (leerpunt_site/search/ranking.py)

    quality_checked = True  # its pages go live through the Kwaliteitscheck (editorial/setup.py)
    parent_page_types = ["home.HomePage"]
    subpage_types = ["leidraden.LeidraadPage"]
    template = "pages/leidraden/leidraad_index_page.html"
    page_size = 20

    class Meta:
        verbose_name = "leidradenoverzicht"
        verbose_name_plural = "leidradenoverzichten"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filterset = LeidraadFilter(
            request.GET,
            LeidraadPage.objects.child_of(self).visible().prefetch_related("themes", "levels"),
            statuses=LeidraadPage.Status.choices,
        )
        context["filterset"] = filterset
        context["guides"] = filterset.page(self.page_size)
        if filterset.is_varied:
            context["robots"] = "noindex, follow"
        return context


class LeidraadPageQuerySet(PageQuerySet):
    def visible(self):
        return live_and_public(self)

    def in_listing_order(self):
        """Published guides first, newest first; then planned guides by title (their expected
        period is free text, as the source gives it)."""
        published = LeidraadPage.Status.GEPUBLICEERD
        return self.annotate(planned=Case(When(status=published, then=0), default=1)).order_by(
            "planned", F("published_date").desc(nulls_last=True), "title", "pk"
        )

    def linking_to(self, page):
        """The visible guides that list this page (a toolkit item) as related, in listing order."""
        return (
            self.visible()
            .filter(pk__in=LeidraadToolkitLink.objects.filter(page=page).values("leidraad"))
            .in_listing_order()
        )


@dataclass(frozen=True)
class NumberedAanbeveling:
    """A recommendation with its number, which its anchor and its own URL are built from."""

    number: int
    value: object
    full_url: str

    @property
    def anchor(self):
        return f"aanbeveling-{self.number}"

    @property
    def heading(self):
        return f"Aanbeveling {self.number}: {self.value['title']}"


class LeidraadPage(RoutablePageMixin, TaggedPageMixin, Page):
    search_weight = 0.9  # its place in the site search (leerpunt_site/search/ranking.py)

    class Status(models.TextChoices):
        IN_ONTWIKKELING = "in_ontwikkeling", "In ontwikkeling"
        GEPUBLICEERD = "gepubliceerd", "Gepubliceerd"

    class Bron(models.TextChoices):
        EEF = "eef", "EEF"
        NRO = "nro", "NRO"
        LEERPUNT = "leerpunt", "Leerpunt"

    summary = models.TextField(
        "samenvatting",
        max_length=400,
        help_text="Eén of twee zinnen voor het overzicht, zoekresultaten en deellinks.",
    )
    intro = RichTextField(
        "inleiding",
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="Waarover de leidraad gaat en voor wie. Bij een leidraad in ontwikkeling: wat hij "
        "zal behandelen.",
    )
    # Derived from the publication fields in save(), never typed: a guide is published exactly
    # when it has a publication date. Stored so that listings can filter and sort on it.
    status = models.CharField(
        "status",
        max_length=20,
        choices=Status.choices,
        default=Status.IN_ONTWIKKELING,
        editable=False,
    )
    published_date = models.DateField(
        "verschenen op",
        null=True,
        blank=True,
        help_text="De dag waarop de leidraad verscheen. Met een verschijningsdatum (of -periode) "
        "is de leidraad gepubliceerd; zonder is hij in ontwikkeling.",
    )
    published_period = models.CharField(
        "verschenen (periode)",
        max_length=80,
        blank=True,
        help_text="Alleen als de bron geen dag geeft, zoals de bron het zegt, bv. 'vóór juni 2025'.",
    )
    expected_period = models.CharField(
        "verwacht",
        max_length=120,
        blank=True,
        help_text="Wanneer de leidraad verwacht wordt, zoals de bron het zegt, bv. 'voorjaar 2026 "
        "(onder voorbehoud)'. Leeg als dat nog niet bekend is.",
    )
    is_voorbeeld = models.BooleanField(
        "voorbeeldtekst",
        default=False,
        help_text="Aan voor demo-inhoud: inleiding, aanbevelingen en werkvormen zijn dan "
        "voorbeeldtekst en de pagina zegt dat. Nooit aan voor echte inhoud.",
    )
    authors = models.CharField(
        "auteurs",
        max_length=250,
        blank=True,
        help_text="Wie de leidraad schrijft of schreef, bv. 'Leerpunt, met een werkgroep van onderzoekers'.",
    )
    source = models.CharField(
        "bron",
        max_length=20,
        choices=Bron.choices,
        default=Bron.LEERPUNT,
        help_text="Een bewerking van een gids van de EEF of het NRO, of een eigen leidraad van Leerpunt.",
    )
    original_title = models.CharField(
        "oorspronkelijke titel",
        max_length=250,
        blank=True,
        help_text="Titel van de gids waarop deze leidraad gebaseerd is. Leeg bij een eigen leidraad.",
    )
    original_organisation = models.CharField(
        "oorspronkelijke uitgever",
        max_length=200,
        blank=True,
        help_text="Bv. 'Education Endowment Foundation'.",
    )
    adapted_by = models.CharField(
        "bewerkt voor Vlaanderen door",
        max_length=250,
        blank=True,
        help_text="Wie de gids vertaalde of bewerkte. Leeg bij een eigen leidraad.",
    )
    licence = models.CharField(
        "licentie",
        max_length=250,
        blank=True,
        help_text="Bv. 'CC BY-NC-SA 4.0' of de toestemming van de oorspronkelijke uitgever.",
    )
    recommendations = StreamField(
        AanbevelingenBlock(),
        verbose_name="aanbevelingen",
        blank=True,
        help_text="Getoond in deze volgorde, elk met een vast nummer en een eigen link "
        "(…/aanbeveling-3/). De volgorde veranderen breekt geen links.",
    )
    werkvormen = StreamField(
        [("werkvorm", WerkvormBlock())],
        verbose_name="werkvormen",
        blank=True,
        help_text="Activiteiten om als team met de leidraad aan de slag te gaan.",
    )
    report_document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="volledige leidraad",
        help_text="Het volledige rapport, meestal als pdf.",
    )
    poster_document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="poster",
        help_text="De aanbevelingen samengevat op één pagina.",
    )

    objects = PageManager.from_queryset(LeidraadPageQuerySet)()

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("published_date"), FieldPanel("published_period")]),
                FieldPanel("expected_period"),
                FieldPanel("authors"),
                FieldPanel("is_voorbeeld"),
            ],
            heading="Verschijning",
        ),
        FieldPanel("intro"),
        FieldPanel("recommendations"),
        FieldPanel("werkvormen"),
        MultiFieldPanel(
            [FieldPanel("report_document"), FieldPanel("poster_document")], heading="Downloads"
        ),
        MultiFieldPanel(
            [
                FieldPanel("source"),
                FieldPanel("original_title"),
                FieldPanel("original_organisation"),
                FieldPanel("adapted_by"),
                FieldPanel("licence"),
            ],
            heading="Bron",
        ),
        InlinePanel(
            "toolkit_links",
            heading="Gerelateerde toolkit-items",
            label="Toolkit-item",
            help_text="Ze verschijnen op deze leidraad, en de leidraad verschijnt op hun pagina.",
        ),
        *TaggedPageMixin.taxonomy_panels,
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("intro"),
        index.SearchField("recommendations"),
        index.SearchField("werkvormen"),
        index.FilterField("status"),
        index.FilterField("source"),
    ]

    template = "pages/leidraden/leidraad_page.html"
    parent_page_types = ["leidraden.LeidraadIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "leidraad"
        verbose_name_plural = "leidraden"

    def clean(self):
        super().clean()
        if self.published_date and self.published_date > timezone.localdate():
            raise ValidationError(
                {
                    "published_date": "Deze datum ligt in de toekomst. Vul hem in zodra de "
                    "leidraad verschenen is; plan je de publicatie, gebruik dan 'verwacht'."
                }
            )
        if self.is_published and self.expected_period:
            raise ValidationError(
                {
                    "expected_period": "Een verschenen leidraad wordt niet meer verwacht: maak dit leeg."
                }
            )

    def save(self, *args, **kwargs):
        self.status = self.derived_status()
        super().save(*args, **kwargs)

    def derived_status(self):
        published = self.published_date or self.published_period
        return self.Status.GEPUBLICEERD if published else self.Status.IN_ONTWIKKELING

    @property
    def is_published(self):
        """From the publication fields, so a preview of unsaved changes is right too."""
        return self.derived_status() == self.Status.GEPUBLICEERD

    @property
    def is_planned(self):
        """A guide in development shows as planned on the kennisagenda (TaggedPageMixin hook)."""
        return not self.is_published

    def numbered_recommendations(self, request):
        """The recommendations with their stored numbers, once the guide is published; none before.

        Deep links use the host the visitor asked for, so the link they copy is the one they see.
        """
        if not self.is_published:
            return []
        page_url = self.get_url(request)
        return [
            NumberedAanbeveling(
                number=number,
                value=block.value,
                full_url=request.build_absolute_uri(
                    page_url + self.reverse_subpage("aanbeveling", kwargs={"number": number})
                ),
            )
            for number, block in recommendation_numbers(self.recommendations)
        ]

    def renumbered_recommendation(self, number):
        """The current number of the recommendation that was published under this number, or None.

        Looks through the published revisions (Wagtail's publish log), newest first, for the block
        that carried the number; blocks keep their id through edits and moves.
        """
        current = {block.id: own for own, block in recommendation_numbers(self.recommendations)}
        published = PageLogEntry.objects.filter(page=self, action="wagtail.publish").values(
            "revision"
        )
        for revision in self.revisions.filter(pk__in=published).order_by("-created_at", "-pk"):
            stream = json.loads(revision.content.get("recommendations") or "[]")
            for own, block in recommendation_numbers(stream):
                if own == number and block["id"] in current:
                    return current[block["id"]]
        return None

    def breadcrumb_ancestors(self):
        """Home down to the index, from the parents routing already fetched: no query when served."""
        ancestors = []
        page = self
        while page.depth > 2:
            page = page.get_parent()
            ancestors.insert(0, page)
        return ancestors

    def downloads(self):
        """The report and the poster that are set, with their label, in one query."""
        wanted = [
            ("Volledige leidraad", self.report_document_id),
            ("Poster", self.poster_document_id),
        ]
        ids = [pk for _, pk in wanted if pk]
        documents = get_document_model().objects.in_bulk(ids) if ids else {}
        return [(label, documents[pk]) for label, pk in wanted if pk in documents]

    def related_toolkit_pages(self):
        """The live pages chosen as related toolkit items, in the editor's order (one query)."""
        return [link.page for link in self.toolkit_links.select_related("page") if link.page.live]

    @path("")
    def guide(self, request):
        return self.render(
            request,
            context_overrides={
                "recommendations": self.numbered_recommendations(request),
                "downloads": self.downloads() if self.is_published else [],
                "related_pages": self.related_toolkit_pages(),
            },
        )

    @re_path(r"^aanbeveling-(?P<number>[1-9][0-9]{0,3})/$", name="aanbeveling")
    def recommendation(self, request, number):
        recommendations = self.numbered_recommendations(request)
        numbers = [recommendation.number for recommendation in recommendations]
        if int(number) not in numbers:
            renumbered = self.renumbered_recommendation(int(number)) if recommendations else None
            if renumbered is None:
                raise Http404("Deze leidraad heeft geen aanbeveling met dat nummer.")
            url = self.get_url(request) + self.reverse_subpage(
                "aanbeveling", kwargs={"number": renumbered}
            )
            return HttpResponsePermanentRedirect(url)
        position = numbers.index(int(number))
        return self.render(
            request,
            template="pages/leidraden/aanbeveling_page.html",
            context_overrides={
                "recommendation": recommendations[position],
                "recommendations": recommendations,
                "previous": recommendations[position - 1] if position > 0 else None,
                "next": recommendations[position + 1]
                if position + 1 < len(recommendations)
                else None,
            },
        )


def recommendation_numbers(stream):
    """(number, block) for each recommendation of a stream or its raw JSON list.

    A recommendation saved before numbers were stored counts by its position, as its link did.
    """
    numbered = []
    for position, block in enumerate(stream, start=1):
        value = block["value"] if isinstance(block, dict) else block.value
        numbered.append((value.get("number") or position, block))
    return numbered


class LeidraadToolkitLink(Orderable):
    """A related toolkit item. The FK points at any page so this app's models and migrations do not
    depend on the toolkit; the admin chooser offers toolkit items only."""

    leidraad = ParentalKey(LeidraadPage, on_delete=models.CASCADE, related_name="toolkit_links")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="leidraad_links",
        verbose_name="toolkit-item",
    )

    panels = [PageChooserPanel("page", page_type="toolkit.ToolkitItemPage")]

    class Meta(Orderable.Meta):
        verbose_name = "gerelateerd toolkit-item"
        verbose_name_plural = "gerelateerde toolkit-items"
