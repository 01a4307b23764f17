"""The two taxonomies every content type is tagged with: kennisagenda themes and school levels."""

from django import forms
from django.db import models
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index


class Schooljaar(models.Model):
    """A school year of the kennisagenda (a theme's focus year), or the overarching focus areas.
    Editable data: the next agenda adds its years here, without code or a migration."""

    slug = models.SlugField(
        "code",
        max_length=20,
        unique=True,
        help_text="Het schooljaar als '2027-2028' (de tijdlijn leest er de maanden uit), of "
        "'overkoepelend'. Wijzig dit niet na publicatie: links naar de tijdlijn gebruiken het.",
    )
    name = models.CharField("naam", max_length=80, help_text="Bv. '2027-2028'.")
    overarching = models.BooleanField(
        "overkoepelend",
        default=False,
        help_text="Aanvinken voor de aandachtspunten van evidence-informed werken: geen "
        "schooljaar op de tijdlijn, maar een eigen rubriek.",
    )

    panels = [FieldPanel("slug"), FieldPanel("name"), FieldPanel("overarching")]

    class Meta:
        verbose_name = "schooljaar"
        verbose_name_plural = "schooljaren"
        ordering = ["overarching", "slug"]

    def __str__(self):
        return self.name


class ThemaQuerySet(models.QuerySet):
    def live(self):
        """The published themes: the only ones visitors see (filters, hubs, home, search)."""
        return self.filter(live=True)


class ThemaManager(models.Manager.from_queryset(ThemaQuerySet)):
    def get_queryset(self):
        # Every theme shown says its school year or whether it is a focus area: join it.
        return super().get_queryset().select_related("school_year")


# Who may change what makes a theme part of the taxonomy (its name, address, school year and
# order): Beheer, who adds and deletes themes. The texts are for whoever may edit themes.
TAXONOMY_PERMISSION = "taxonomy.add_thema"


class Thema(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    models.Model,
):
    """A kennisagenda theme. Its texts are drafted, previewed as the hub and published like a
    page (docs/editorial.md): the row holds what is live, a draft waits in a revision, and a theme
    never published has `live=False` and stays off every public page."""

    name = models.CharField("naam", max_length=120, unique=True)
    slug = models.SlugField(
        unique=True,
        help_text="Deel van de URL van de themapagina, bv. 'feedback'. Wijzig dit niet na publicatie: "
        "bestaande links zouden breken.",
    )
    school_year = models.ForeignKey(
        Schooljaar,
        on_delete=models.PROTECT,
        to_field="slug",
        db_column="school_year",
        related_name="themes",
        verbose_name="focusschooljaar",
        help_text="Het schooljaar waarin Leerpunt dit thema prioriteert, of 'overkoepelend' voor de "
        "drie aandachtspunten van evidence-informed werken.",
    )
    short_description = models.CharField(
        "korte beschrijving",
        max_length=240,
        help_text="Eén of twee zinnen voor kaartjes en overzichten.",
    )
    description = RichTextField(
        "beschrijving",
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="Waarover gaat dit thema? Verschijnt bovenaan de themapagina.",
    )
    plans = RichTextField(
        "wat doet Leerpunt?",
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="Wat Leerpunt rond dit thema doet of plant: leidraad in ontwikkeling, onderzoek, oproepen.",
    )
    sort_order = models.PositiveSmallIntegerField(
        "volgorde", default=0, help_text="Volgorde binnen het schooljaar; laagste eerst."
    )

    panels = [
        FieldPanel("name", permission=TAXONOMY_PERMISSION),
        FieldPanel("slug", permission=TAXONOMY_PERMISSION),
        # A plain select: Wagtail's snippet chooser looks the value up by pk, and this foreign
        # key holds the school year's slug.
        FieldPanel("school_year", permission=TAXONOMY_PERMISSION, widget=forms.Select),
        FieldPanel("short_description"),
        FieldPanel("description"),
        FieldPanel("plans"),
        FieldPanel("sort_order", permission=TAXONOMY_PERMISSION),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("short_description"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("live"),
    ]

    objects = ThemaManager()

    class Meta:
        verbose_name = "thema"
        verbose_name_plural = "thema's"
        ordering = ["school_year", "sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def url(self):
        """The theme's hub page, from the app that serves it (the kennisagenda registers a
        `theme_url` hook); None when no app does."""
        for theme_url in hooks.get_hooks("theme_url"):
            if url := theme_url(self):
                return url
        return None

    @property
    def is_focus_area(self):
        return self.school_year.overarching

    def serve_preview(self, request, mode_name):
        """The hub as it will look, from the app that serves hubs (a `theme_preview` hook: the
        shell names no content app); the texts on their own while no app does."""
        for preview in hooks.get_hooks("theme_preview"):
            if (response := preview(self, request)) is not None:
                return response
        return super().serve_preview(request, mode_name)

    def get_preview_template(self, request, mode_name):
        return "taxonomy/thema_preview.html"


class Onderwijsniveau(models.Model):
    name = models.CharField("naam", max_length=60, unique=True)
    slug = models.SlugField(unique=True, help_text="Gebruikt in filter-URL's, bv. 'lager'.")
    sort_order = models.PositiveSmallIntegerField("volgorde", default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = "onderwijsniveau"
        verbose_name_plural = "onderwijsniveaus"
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name
