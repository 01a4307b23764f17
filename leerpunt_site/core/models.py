"""Building blocks shared by every page type: taxonomy tagging, index pages and site settings."""

from django import forms
from django.db import models
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .serving import ServingMixin


class TaggedPageMixin(ServingMixin, models.Model):
    """Themes and levels. Every page type that uses this mixin is gathered on the theme hubs."""

    themes = ParentalManyToManyField(
        "taxonomy.Thema",
        blank=True,
        related_name="+",
        verbose_name="thema's",
        help_text="Thema's van de kennisagenda waarover deze pagina gaat. De pagina verschijnt "
        "automatisch op de themapagina's.",
    )
    levels = ParentalManyToManyField(
        "taxonomy.Onderwijsniveau",
        blank=True,
        related_name="+",
        verbose_name="onderwijsniveaus",
        help_text="Voor welke onderwijsniveaus dit relevant is; bezoekers filteren hierop.",
    )

    taxonomy_panels = [
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("levels", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Thema's en onderwijsniveaus",
        )
    ]

    class Meta:
        abstract = True

    @property
    def live_themes(self):
        """The themes visitors see: a theme never published stays off public pages. Filtered
        here, not in the query, so prefetched themes cost nothing more."""
        return [theme for theme in self.themes.all() if theme.live]

    # Hooks for the kennisagenda (timeline and theme hubs); see docs/kennisagenda.md.
    @property
    def is_planned(self):
        """True for content that is announced but not there yet (a guide in development, a
        running research project): the kennisagenda shows it as planned, not published."""
        return False

    @classmethod
    def listing_page_model(cls):
        """The index page type whose listing filters this type on ?thema=<slug>, or None.

        The theme hubs link to its live page when there is exactly one. By default the parent
        page type, when there is only one.
        """
        parents = cls.allowed_parent_page_models()
        return parents[0] if len(parents) == 1 else None


class IndexPage(ServingMixin, Page):
    """An index or landing page: a lead text above a listing of what lives below it."""

    intro = RichTextField(
        "inleiding",
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="Korte inleiding bovenaan de pagina.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    max_count = 1

    class Meta:
        abstract = True


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """Contact details for the footer and the editable main navigation."""

    organisation_name = models.CharField("naam organisatie", max_length=120, default="Leerpunt")
    tagline = models.CharField(
        "baseline", max_length=200, blank=True, help_text="Korte zin onder het logo in de footer."
    )
    address = models.TextField("adres", blank=True, help_text="Eén regel per adresregel.")
    email = models.EmailField("e-mailadres", blank=True)
    phone = models.CharField("telefoon", max_length=40, blank=True)
    linkedin_url = models.URLField("LinkedIn", blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("tagline"),
                FieldPanel("address"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("linkedin_url"),
            ],
            heading="Contactgegevens (footer)",
        ),
        InlinePanel(
            "header_links",
            heading="Hoofdnavigatie",
            label="Link",
            help_text="De links bovenaan elke pagina, in deze volgorde.",
        ),
        InlinePanel(
            "footer_links",
            heading="Links in de footer",
            label="Link",
        ),
    ]

    class Meta:
        verbose_name = "site-instellingen"


class NavigationLink(Orderable):
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name="pagina"
    )
    label = models.CharField(
        "label",
        max_length=60,
        blank=True,
        help_text="Laat leeg om de titel van de pagina te gebruiken.",
    )

    panels = [PageChooserPanel("page"), FieldPanel("label")]

    class Meta:
        abstract = True
        ordering = ["sort_order"]

    @property
    def text(self):
        return self.label or self.page.title


class HeaderLink(NavigationLink):
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="header_links")


class FooterLink(NavigationLink):
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="footer_links")
