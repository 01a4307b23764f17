"""Building blocks shared by every page type: taxonomy tagging, index pages and site settings."""

from django import forms
from django.db import models
from django.db.models import Value
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from leerpunt_site.pagecache.cache import cached

from .serving import ServingMixin

TAGS = ("themes", "levels")


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

    @cached_property
    def tags(self):
        """(live themes, levels) for the tags below a page. On a listing they come from the
        prefetched rows, in a preview from the edited page; on a page of its own, one query
        reads the ids of both, and the themes and levels themselves, a few rows every page
        shows, are a fragment of the generation (a theme or level saved purges it)."""
        own = set(TAGS) & (
            set(getattr(self, "_prefetched_objects_cache", {}))
            | set(getattr(self, "_cluster_related_objects", {}))
        )
        if own or self.pk is None:
            return self.live_themes, list(self.levels.all())
        chosen = {"themes": set(), "levels": set()}
        for name, pk in self._tag_ids():
            chosen[name].add(pk)
        themes, levels = cached("taxonomy:themes-and-levels", self._all_themes_and_levels)
        return (
            [theme for theme in themes if theme.pk in chosen["themes"] and theme.live],
            [level for level in levels if level.pk in chosen["levels"]],
        )

    def _all_themes_and_levels(self):
        return [list(self._meta.get_field(name).related_model.objects.all()) for name in TAGS]

    def _tag_ids(self):
        """(field name, id) of every theme and level of this page, in one query."""
        rows = []
        for name in TAGS:
            field = self._meta.get_field(name)
            through = field.remote_field.through.objects.filter(**{field.m2m_field_name(): self.pk})
            rows.append(through.values_list(Value(name), field.m2m_reverse_field_name()))
        return rows[0].union(rows[1], all=True)

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
