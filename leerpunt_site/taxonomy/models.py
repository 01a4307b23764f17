"""The two taxonomies every content type is tagged with: kennisagenda themes and school levels."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index


class Thema(index.Indexed, models.Model):
    class Schooljaar(models.TextChoices):
        SJ_2024_2025 = "2024-2025", "2024-2025"
        SJ_2025_2026 = "2025-2026", "2025-2026"
        SJ_2026_2027 = "2026-2027", "2026-2027"
        OVERKOEPELEND = "overkoepelend", "Overkoepelend (evidence-informed werken)"

    name = models.CharField("naam", max_length=120, unique=True)
    slug = models.SlugField(
        unique=True,
        help_text="Deel van de URL van de themapagina, bv. 'feedback'. Wijzig dit niet na publicatie: "
        "bestaande links zouden breken.",
    )
    school_year = models.CharField(
        "focusschooljaar",
        max_length=20,
        choices=Schooljaar.choices,
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
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("school_year"),
        FieldPanel("short_description"),
        FieldPanel("description"),
        FieldPanel("plans"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("short_description"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = "thema"
        verbose_name_plural = "thema's"
        ordering = ["school_year", "sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def url(self):
        """The theme's hub page, served by the kennisagenda page."""
        return f"/kennisagenda/{self.slug}/"

    @property
    def is_focus_area(self):
        return self.school_year == self.Schooljaar.OVERKOEPELEND


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
