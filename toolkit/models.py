"""The toolkit: an overview, two toolkits (listings) with their items, and the legend page.

/toolkit/                          ToolkitOverviewPage
/toolkit/hoe-lees-je-de-toolkit/   ToolkitLegendPage
/toolkit/leren-en-lesgeven/        ToolkitPage: listing, vergelijk/, grafiek/, csv/, json/
/toolkit/leren-en-lesgeven/feedback/   ToolkitItemPage
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.http import urlencode
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from leerpunt_site.core.models import IndexPage, TaggedPageMixin
from leerpunt_site.core.queries import live_and_public
from leerpunt_site.core.serving import ServingMixin
from leerpunt_site.editorial.setup import BEHEER, COMMUNICATIE, REDACTIE
from leerpunt_site.pagecache.cache import cached

from . import chart, exports, figures
from .blocks import ReferentieBlock
from .compare import COMPARE_MAX, COMPARE_MIN, chosen_slugs
from .filters import ToolkitFilter
from .panels import LiveItemFieldPanel

RICH_TEXT_FEATURES = ["h3", "bold", "italic", "link", "document-link", "ul", "ol"]

# The eight fixed sections of every item: (field, heading, anchor on the page).
SECTIONS = [
    ("what_it_is", "Wat is het?", "wat-is-het"),
    ("key_findings", "Belangrijkste bevindingen", "belangrijkste-bevindingen"),
    ("effectiveness", "Hoe effectief is deze aanpak?", "hoe-effectief"),
    ("behind_the_average", "Achter het gemiddelde", "achter-het-gemiddelde"),
    ("closing_the_gap", "Onderwijsongelijkheid wegwerken", "onderwijsongelijkheid"),
    ("in_practice", "Hoe pas je dit toe in jouw leeromgeving?", "toepassen"),
    ("cost_details", "Hoeveel kost deze aanpak?", "kosten"),
    ("evidence_details", "Hoe overtuigend is de evidentie?", "evidentie"),
]
SECTION_FIELDS = [field for field, _, _ in SECTIONS]
FIGURE_FIELDS = ["impact_months", "cost", "evidence"]
# A Wagtail hook other apps register a function under: page -> the live pages that link to it,
# shown on an item's page (leidraden/wagtail_hooks.py: the guides).
LINKING_PAGES_HOOK = "toolkit_item_linked_from"


class LegendLinkMixin:
    """Toolkit pages link to the legend."""

    def legend(self):
        """The legend page, on every toolkit page: one lookup per generation, not per page."""
        legends = cached(
            "toolkit:legend", lambda: list(live_and_public(ToolkitLegendPage.objects)[:1])
        )
        return legends[0] if legends else None


class ToolkitOverviewPage(IndexPage):
    search_weight = 0.6  # its place in the site search (leerpunt_site/search/ranking.py)

    quality_checked = True  # its pages go live through the Kwaliteitscheck (editorial/setup.py)
    parent_page_types = ["home.HomePage"]
    subpage_types = ["toolkit.ToolkitPage", "toolkit.ToolkitLegendPage"]
    template = "pages/toolkit/toolkit_overview_page.html"

    class Meta:
        verbose_name = "toolkitoverzicht"
        verbose_name_plural = "toolkitoverzichten"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["toolkits"] = live_and_public(ToolkitPage.objects.child_of(self)).order_by("path")
        context["legend"] = self.legend()
        context["definitions"] = figures.DEFINITIONS
        return context

    def legend(self):
        return live_and_public(ToolkitLegendPage.objects.child_of(self)).first()


class ToolkitLegendPage(ServingMixin, Page):
    """'Hoe lees je de toolkit?': what the three figures mean and how the verdict is worded."""

    search_weight = 0.6  # its place in the site search (leerpunt_site/search/ranking.py)

    intro = RichTextField("inleiding", blank=True, features=RICH_TEXT_FEATURES)
    impact = RichTextField(
        "uitleg impact",
        features=RICH_TEXT_FEATURES,
        help_text="Wat 'maanden extra vooruitgang' betekent. De tabel met effectgroottes volgt erna.",
    )
    cost = RichTextField("uitleg kost", features=RICH_TEXT_FEATURES)
    evidence = RichTextField("uitleg bewijskracht", features=RICH_TEXT_FEATURES)
    unknown = RichTextField(
        "uitleg onbekend",
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text="Wat een ontbrekend cijfer betekent. De pagina toont daarvoor zelf al een tabel "
        f"met '{figures.NOT_KNOWN}' en '{figures.INSUFFICIENT}': schrijf hier wat je eraan toevoegt.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("impact"),
        InlinePanel(
            "impact_bands",
            heading="Maanden en effectgroottes",
            label="Rij",
            help_text="Welke effectgrootte bij welk aantal maanden hoort, van laag naar hoog.",
        ),
        FieldPanel("cost"),
        FieldPanel("evidence"),
        FieldPanel("unknown"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("impact"),
        index.SearchField("cost"),
        index.SearchField("evidence"),
        index.SearchField("unknown"),
    ]

    template = "pages/toolkit/toolkit_legend_page.html"
    parent_page_types = ["toolkit.ToolkitOverviewPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "uitleg bij de toolkit"
        verbose_name_plural = "uitleg bij de toolkit"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Every level of every scale and both states without a figure, in the words of
        # toolkit/figures.py: the page cannot say it differently from the rest of the site.
        rows = figures.legend_rows()
        context["impact_scale"] = rows["impact"]
        context["impact_bands"] = self.impact_bands.all()
        context["cost_scale"] = figures.Kost.choices
        context["evidence_scale"] = figures.Bewijskracht.choices
        context["recommendation_scale"] = figures.RECOMMENDATION_EVIDENCE
        context["states"] = figures.STATES
        context["example_verdict"] = figures.verdict(6, 1, 4)  # feedback
        # Part 1 of the verdict is the impact scale's own words, shown above: no second table.
        context["verdict_tables"] = [
            ("Deel 2: de kosten", rows["cost"]),
            ("Deel 3: de bewijskracht", rows["evidence"]),
        ]
        return context


class ImpactBand(Orderable):
    page = ParentalKey(ToolkitLegendPage, on_delete=models.CASCADE, related_name="impact_bands")
    months = models.SmallIntegerField("maanden")
    effect_size = models.CharField(
        "effectgrootte", max_length=40, help_text="Bijvoorbeeld '0,45 tot 0,52'."
    )

    panels = [FieldRowPanel([FieldPanel("months"), FieldPanel("effect_size")])]


class ToolkitPage(ServingMixin, LegendLinkMixin, RoutablePageMixin, Page):
    """One toolkit: its items as a filterable listing, a comparison, a chart and open data."""

    search_weight = 0.7  # its place in the site search (leerpunt_site/search/ranking.py)

    subtitle = models.CharField(
        "ondertitel",
        max_length=120,
        blank=True,
        help_text="Voor wie de toolkit is, bv. 'Lager en secundair onderwijs'.",
    )
    intro = RichTextField("inleiding", blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("subtitle"), FieldPanel("intro")]
    search_fields = Page.search_fields + [
        index.SearchField("subtitle"),
        index.SearchField("intro"),
    ]

    template = "pages/toolkit/toolkit_page.html"
    parent_page_types = ["toolkit.ToolkitOverviewPage"]
    subpage_types = ["toolkit.ToolkitItemPage"]
    page_size = 50

    class Meta:
        verbose_name = "toolkit"
        verbose_name_plural = "toolkits"

    def items(self):
        return live_and_public(ToolkitItemPage.objects.child_of(self))

    def listed_items(self):
        """The items with only what a row, the chart or an export shows: no long sections."""
        return self.items().defer(*SECTION_FIELDS, "change_note")

    @path("", name="listing")
    def listing(self, request):
        filterset = ToolkitFilter(request.GET, self.listed_items(), choices_key=self.pk)
        context = {
            "filterset": filterset,
            "items": filterset.page(self.page_size),
            "legend": self.legend(),
        }
        if filterset.is_varied:
            context["robots"] = "noindex, follow"
        return self.render(request, context_overrides=context)

    @path("vergelijk/", name="compare")
    def compare(self, request):
        slugs = chosen_slugs(request.GET.getlist("items"))
        found = {item.slug: item for item in self.items().filter(slug__in=slugs)}
        chosen = [found[slug] for slug in slugs if slug in found]
        shown = chosen[:COMPARE_MAX]
        context = {
            "columns": [
                {
                    "item": item,
                    "without": urlencode(
                        [("items", other.slug) for other in shown if other != item]
                    ),
                }
                for item in shown
            ],
            "too_many": len(chosen) > COMPARE_MAX,
            "too_few": len(shown) < COMPARE_MIN,
            "robots": "noindex, follow",
        }
        return self.render(
            request, context_overrides=context, template="pages/toolkit/toolkit_compare.html"
        )

    @path("grafiek/", name="chart")
    def chart(self, request):
        items = list(self.listed_items().order_by("title", "pk"))
        context = {"chart": chart.build(items), "items": items}
        return self.render(
            request, context_overrides=context, template="pages/toolkit/toolkit_chart.html"
        )

    @path("csv/", name="csv")
    def csv(self, request):
        return exports.csv_response(self, request)

    @path("json/", name="json")
    def json(self, request):
        return exports.json_response(self, request)


class ToolkitItemPage(LegendLinkMixin, TaggedPageMixin, Page):
    """One approach: three figures, a verdict, eight fixed sections, stories and its history."""

    search_weight = 1.0  # its place in the site search (leerpunt_site/search/ranking.py)
    featured_on_home = True  # the home page's "Uit de toolkit" chooses among these

    summary = models.TextField(
        "samenvatting",
        max_length=400,
        help_text="Eén of twee zinnen voor overzichten, zoekresultaten en deellinks.",
    )
    impact_months = models.SmallIntegerField(
        "impact (maanden)",
        null=True,
        blank=True,
        validators=[
            MinValueValidator(figures.IMPACT_MIN, "Kies minstens -12 maanden."),
            MaxValueValidator(figures.IMPACT_MAX, "Kies hoogstens +12 maanden."),
        ],
        help_text="Gemiddeld aantal maanden extra vooruitgang, van -12 tot +12; mag negatief zijn. "
        f"Laat leeg als de bron geen cijfer geeft: de site toont dan '{figures.NOT_KNOWN}' (of "
        f"'{figures.INSUFFICIENT}' bij bewijskracht 0), nooit een getal.",
    )
    cost = models.PositiveSmallIntegerField(
        "kost",
        choices=figures.Kost.choices,
        null=True,
        blank=True,
        help_text=f"Van '{figures.Kost.ZEER_LAAG.label}' tot '{figures.Kost.ZEER_HOOG.label}' (1 tot "
        "5 in de export). Laat leeg als de bron geen kost geeft: de site toont dan "
        f"'{figures.NOT_KNOWN}'.",
    )
    evidence = models.PositiveSmallIntegerField(
        "bewijskracht",
        choices=figures.Bewijskracht.choices,
        null=True,
        blank=True,
        help_text=f"Van '{figures.Bewijskracht.ONVOLDOENDE.label}' tot "
        f"'{figures.Bewijskracht.ZEER_UITGEBREID.label}' (0 tot 5 in de export). Laat leeg als de "
        f"bron geen bewijskracht geeft: de site toont dan '{figures.NOT_KNOWN}'. Kies "
        f"'{figures.INSUFFICIENT}' alleen als de bron dat zegt.",
    )
    change_note = models.TextField(
        "toelichting bij gewijzigde cijfers",
        blank=True,
        help_text="Verander je impact, kost of bewijskracht van deze gepubliceerde aanpak? Leg in "
        "een nieuwe zin uit waarom. Bij publicatie verschijnt dit onder 'Wat is er veranderd?', "
        "met de oude en nieuwe waarde.",
    )
    what_it_is = RichTextField(
        "Wat is het?",
        features=RICH_TEXT_FEATURES,
        help_text="Wat leerkrachten doen bij deze aanpak, in twee of drie zinnen, zonder jargon.",
    )
    key_findings = RichTextField(
        "Belangrijkste bevindingen",
        features=RICH_TEXT_FEATURES,
        help_text="Een korte lijst; verschijnt ook op de vergelijkingspagina.",
    )
    effectiveness = RichTextField(
        "Hoe effectief is deze aanpak?",
        features=RICH_TEXT_FEATURES,
        help_text="Wat het onderzoek over de impact zegt, met de bronnen; de cijfers hierboven "
        "moeten ermee kloppen.",
    )
    behind_the_average = RichTextField(
        "Achter het gemiddelde",
        features=RICH_TEXT_FEATURES,
        help_text="Voor wie, in welke vakken en onder welke voorwaarden het effect groter of "
        "kleiner is.",
    )
    closing_the_gap = RichTextField(
        "Onderwijsongelijkheid wegwerken",
        features=RICH_TEXT_FEATURES,
        help_text="Wat de aanpak betekent voor leerlingen met minder kansen.",
    )
    in_practice = RichTextField(
        "Hoe pas je dit toe in jouw leeromgeving?",
        features=RICH_TEXT_FEATURES,
        help_text="Concrete stappen en aandachtspunten voor een Vlaamse klas of school.",
    )
    cost_details = RichTextField(
        "Hoeveel kost deze aanpak?",
        features=RICH_TEXT_FEATURES,
        help_text="Waar de kost uit bestaat: geld, tijd, materiaal, professionalisering.",
    )
    evidence_details = RichTextField(
        "Hoe overtuigend is de evidentie?",
        features=RICH_TEXT_FEATURES,
        help_text="Hoeveel en welke studies, hoe recent en hoe eensgezind; waarom de "
        "bewijskracht is wat ze is.",
    )
    is_voorbeeld = models.BooleanField(
        "voorbeeldtekst",
        default=False,
        help_text="Aan voor demo-inhoud: de vaste rubrieken zijn dan voorbeeldtekst en de pagina "
        "zegt dat. De drie cijfers komen altijd uit de bron. Nooit aan voor echte inhoud.",
    )
    last_reviewed = models.DateField(
        "laatst herzien",
        null=True,
        blank=True,
        help_text="Wanneer de inhoud voor het laatst inhoudelijk is nagekeken.",
    )
    eef_strand = models.CharField(
        "EEF-aanpak",
        max_length=120,
        blank=True,
        help_text="De Engelse naam van deze aanpak in de toolkit van de Education Endowment "
        "Foundation, bv. 'Feedback'.",
    )
    # Onderbouwing: where the three figures come from. Fill in only what the source states.
    source_review = models.CharField(
        "bronreview",
        max_length=200,
        blank=True,
        help_text="De synthese waarop de cijfers steunen, bv. 'Teaching and Learning Toolkit van "
        "de Education Endowment Foundation (EEF)'.",
    )
    source_version = models.CharField(
        "versie van de bron",
        max_length=250,
        blank=True,
        help_text="Welke versie of update van de bron, zoals de bron het zegt. Leeg als de bron "
        "geen versie noemt: de site zegt dan 'niet vermeld'.",
    )
    source_url = models.URLField(
        "pagina bij de bron",
        blank=True,
        help_text="Bij een EEF-aanpak: de pagina van deze aanpak in de EEF-toolkit.",
    )
    source_date = models.DateField(
        "stand van de gegevens",
        null=True,
        blank=True,
        help_text="De datum van de gegevens waaruit de cijfers komen, als de bron die geeft.",
    )
    study_count = models.PositiveIntegerField(
        "aantal studies", null=True, blank=True, help_text="Leeg als de bron het niet vermeldt."
    )
    effect_size = models.DecimalField(
        "gepoolde effectgrootte",
        max_digits=4,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Bv. 0,48. Leeg als de bron het niet vermeldt.",
    )
    effect_size_low = models.DecimalField(
        "effectgrootte: ondergrens", max_digits=4, decimal_places=2, null=True, blank=True
    )
    effect_size_high = models.DecimalField(
        "effectgrootte: bovengrens",
        max_digits=4,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Het betrouwbaarheidsinterval van de effectgrootte, als de bron het geeft.",
    )
    impact_low_months = models.SmallIntegerField(
        "impact: ondergrens (maanden)", null=True, blank=True
    )
    impact_high_months = models.SmallIntegerField(
        "impact: bovengrens (maanden)",
        null=True,
        blank=True,
        help_text="Het betrouwbaarheidsinterval omgezet in maanden, zoals de bron het geeft. "
        "Alleen samen met het interval van de effectgrootte; de impact toont dan 'tussen … en …'.",
    )
    references = StreamField(
        [("referentie", ReferentieBlock())],
        verbose_name="referenties",
        blank=True,
        help_text="De publicaties en pagina's waarop de cijfers steunen.",
    )
    last_search = models.DateField(
        "laatste literatuurzoektocht",
        null=True,
        blank=True,
        help_text="Tot wanneer de bron naar studies zocht. Leeg als de bron het niet vermeldt.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel(
                            "impact_months",
                            widget=forms.NumberInput(
                                {"min": figures.IMPACT_MIN, "max": figures.IMPACT_MAX}
                            ),
                        ),
                        FieldPanel("cost"),
                        FieldPanel("evidence"),
                    ]
                ),
                LiveItemFieldPanel("change_note"),
            ],
            heading="De drie cijfers",
        ),
        MultiFieldPanel(
            [FieldPanel(field) for field in SECTION_FIELDS] + [FieldPanel("is_voorbeeld")],
            heading="Vaste rubrieken",
        ),
        InlinePanel(
            "praktijkverhalen", heading="Praktijkverhalen en Vlaams onderzoek", label="Verhaal"
        ),
        InlinePanel(
            "downloads",
            heading="Downloads",
            label="Document",
            help_text="Documenten om te downloaden, bv. een samenvatting of een poster. Zonder "
            "documenten toont de pagina geen downloads.",
        ),
        FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("eef_strand")]),
        MultiFieldPanel(
            [
                FieldPanel("source_review"),
                FieldRowPanel([FieldPanel("source_version"), FieldPanel("source_date")]),
                FieldPanel("source_url"),
                FieldRowPanel([FieldPanel("study_count"), FieldPanel("last_search")]),
                FieldRowPanel(
                    [
                        FieldPanel("effect_size"),
                        FieldPanel("effect_size_low"),
                        FieldPanel("effect_size_high"),
                    ]
                ),
                FieldRowPanel([FieldPanel("impact_low_months"), FieldPanel("impact_high_months")]),
                FieldPanel("references"),
            ],
            heading="Onderbouwing",
            help_text="Waar de cijfers vandaan komen. Vul alleen in wat de bron zegt: een leeg "
            "veld verschijnt niet op de site.",
        ),
        *TaggedPageMixin.taxonomy_panels,
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        *[index.SearchField(field) for field in SECTION_FIELDS],
        index.FilterField("impact_months"),
        index.FilterField("cost"),
        index.FilterField("evidence"),
    ]

    template = "pages/toolkit/toolkit_item_page.html"
    parent_page_types = ["toolkit.ToolkitPage"]
    subpage_types = []

    class Meta:
        verbose_name = "toolkitaanpak"
        verbose_name_plural = "toolkitaanpakken"

    @property
    def verdict(self):
        return figures.verdict(self.impact_months, self.cost, self.evidence)

    @property
    def figures(self):
        """Impact, cost and evidence, each with its state (a value, 'niet gekend' or, for
        impact, 'onvoldoende evidentie'), its words and what a screen reader reads."""
        return figures.item_figures(self.impact_months, self.cost, self.evidence)

    @property
    def impact_state(self):
        return figures.impact_state(self.impact_months, self.evidence)

    @property
    def impact_text(self):
        return figures.impact_text(self.impact_months, self.evidence)

    @property
    def impact_spoken(self):
        return figures.impact_spoken(self.impact_months, self.evidence)

    @property
    def cost_words(self):
        return figures.cost_words(self.cost)

    @property
    def evidence_words(self):
        return figures.evidence_words(self.evidence)

    @property
    def cost_text(self):
        return figures.cost_text(self.cost)

    @property
    def evidence_text(self):
        return figures.evidence_text(self.evidence)

    @property
    def impact_range_text(self):
        """'tussen +4 en +8 maanden' when the interval is known; empty otherwise."""
        return figures.impact_range_text(
            self.impact_months, self.impact_low_months, self.impact_high_months
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = [
            {"heading": heading, "anchor": anchor, "text": getattr(self, field)}
            for field, heading, anchor in SECTIONS
        ]
        context["praktijkverhalen"] = self.praktijkverhalen.all()
        # One query for every download with its document, however many there are.
        context["downloads"] = [
            (download.label, download.document)
            for download in self.downloads.select_related("document")
        ]
        context["history"] = self.figure_history.all()
        context["toolkit"] = self.get_parent()
        context["legend"] = self.legend()
        # Other apps (the guides) list what links here through a hook: no import of theirs.
        context["guides"] = [
            page
            for pages_linking_to in hooks.get_hooks(LINKING_PAGES_HOOK)
            for page in pages_linking_to(self)
        ]
        return context

    def clean(self):
        super().clean()
        errors = {}
        if self.impact_months is not None and not (
            figures.IMPACT_MIN <= self.impact_months <= figures.IMPACT_MAX
        ):
            errors["impact_months"] = (
                f"Kies een aantal maanden tussen {figures.IMPACT_MIN} en {figures.IMPACT_MAX}."
            )
        if self.cost is not None and self.cost not in figures.Kost.values:
            errors["cost"] = "Kies een kost van 1 tot 5, of laat leeg."
        if self.evidence is not None and self.evidence not in figures.Bewijskracht.values:
            errors["evidence"] = "Kies een bewijskracht van 0 tot 5, of laat leeg."
        if self.evidence == figures.Bewijskracht.ONVOLDOENDE and self.impact_months is not None:
            errors["impact_months"] = (
                f"Bij {figures.INSUFFICIENT} tonen we geen impact: laat de impact leeg."
            )
        errors.update(self.onderbouwing_errors())
        if not errors and self.figure_changes():
            errors.update(self.change_note_errors())
        if errors:
            raise ValidationError(errors)

    def onderbouwing_errors(self):
        """An interval needs both ends around its estimate; months only with the effect sizes."""
        errors = {}
        for low, estimate, high in [
            ("effect_size_low", "effect_size", "effect_size_high"),
            ("impact_low_months", "impact_months", "impact_high_months"),
        ]:
            values = [getattr(self, name) for name in (low, estimate, high)]
            if (values[0] is None) != (values[2] is None):
                errors[high] = "Vul beide grenzen van het interval in, of geen van beide."
            elif values[0] is not None and values[1] is not None:
                if not values[0] <= values[1] <= values[2]:
                    errors[high] = "De schatting moet tussen de onder- en bovengrens liggen."
        if self.impact_low_months is not None and self.effect_size_low is None:
            errors["impact_low_months"] = (
                "Geef eerst het interval van de effectgrootte: de maanden zijn daarvan afgeleid."
            )
        return errors

    def figure_changes(self):
        """Unsaved ToolkitWijziging records for every figure that differs from the live page."""
        if not self.pk:
            return []
        live = type(self).objects.filter(pk=self.pk, live=True)
        published = live.values(*FIGURE_FIELDS).first()
        if published is None:
            return []
        return [
            ToolkitWijziging(
                page=self,
                date=timezone.localdate(),
                figure=field,
                old_value=published[field],
                new_value=getattr(self, field),
                note=self.change_note,
            )
            for field in FIGURE_FIELDS
            if published[field] != getattr(self, field)
        ]

    def change_note_errors(self):
        """A changed figure needs a note of its own, not the one of the previous change."""
        note = self.change_note.strip()
        if not note:
            return {
                "change_note": "De cijfers verschillen van de gepubliceerde versie: leg kort uit waarom."
            }
        previous = self.figure_history.first()
        if previous and previous.note.strip() == note:
            return {
                "change_note": "Deze toelichting hoort bij de vorige wijziging: schrijf een nieuwe."
            }
        return {}

    def save(self, *args, **kwargs):
        # A full save of a live page is a publication (or a script): record what visitors will
        # see change. Draft saves only update a few columns and never reach the figures.
        changes = self.figure_changes() if kwargs.get("update_fields") is None else []
        super().save(*args, **kwargs)
        ToolkitWijziging.objects.bulk_create(changes)


class Praktijkverhaal(Orderable):
    """A Flemish practice story or piece of research: a short text, optionally with a link."""

    page = ParentalKey(ToolkitItemPage, on_delete=models.CASCADE, related_name="praktijkverhalen")
    title = models.CharField("titel", max_length=160)
    text = models.TextField("tekst", help_text="Enkele zinnen: wat deed de school, wat zag ze?")
    link = models.URLField(
        "link", blank=True, help_text="Optioneel: het volledige verhaal of het onderzoeksrapport."
    )

    panels = [FieldPanel("title"), FieldPanel("text"), FieldPanel("link")]

    class Meta(Orderable.Meta):
        verbose_name = "praktijkverhaal"
        verbose_name_plural = "praktijkverhalen"


class ToolkitDownload(Orderable):
    """A document on an item's page, under a label of its own.

    An inline of rows, like the stories, rather than a StreamField of document choosers: each
    row is a plain label and document, and the page reads every row with its document in one
    query whether there are none or many (an empty StreamField costs no query, a full one one,
    so the page's query count would follow its content).
    """

    page = ParentalKey(ToolkitItemPage, on_delete=models.CASCADE, related_name="downloads")
    label = models.CharField(
        "omschrijving",
        max_length=80,
        help_text="Wat het document is, bv. 'Samenvatting' of 'Poster'. Staat voor de titel van "
        "het document.",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="document",
        help_text="De site toont het bestandstype en de grootte erbij.",
    )

    panels = [FieldPanel("label"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = "download"
        verbose_name_plural = "downloads"


class ToolkitWijziging(models.Model):
    """A published change of one figure. A plain foreign key, not part of the page's revisions,
    so that publishing an older revision never erases the history."""

    page = models.ForeignKey(
        ToolkitItemPage, on_delete=models.CASCADE, related_name="figure_history"
    )
    date = models.DateField("datum")
    figure = models.CharField(
        "cijfer",
        max_length=20,
        choices=[("impact_months", "Impact"), ("cost", "Kost"), ("evidence", "Bewijskracht")],
    )
    old_value = models.SmallIntegerField("oude waarde", null=True, blank=True)
    new_value = models.SmallIntegerField("nieuwe waarde", null=True, blank=True)
    note = models.TextField("toelichting", blank=True)

    # Written on publish; editors only correct a note or a date (leerpunt_site/editorial/setup.py,
    # docs/editors.md).
    staff_permissions = dict.fromkeys([REDACTIE, COMMUNICATIE, BEHEER], ("change", "view"))

    class Meta:
        verbose_name = "wijziging van een cijfer"
        verbose_name_plural = "wijzigingen van cijfers"
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.get_figure_display()} van {self.page.title}, {self.date:%d-%m-%Y}"

    @property
    def old_text(self):
        return figures.figure_text(self.figure, self.old_value)

    @property
    def new_text(self):
        return figures.figure_text(self.figure, self.new_value)
