from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from leerpunt_site.editorial.setup import BEHEER, COMMUNICATIE, REDACTIE


class Organisatie(index.Indexed, models.Model):
    """An organisation that applies for, carries out or partners in what Leerpunt funds."""

    class Soort(models.TextChoices):
        UNIVERSITEIT = "universiteit", "Universiteit"
        HOGESCHOOL = "hogeschool", "Hogeschool"
        BEGELEIDINGSDIENST = "begeleidingsdienst", "Pedagogische begeleidingsdienst"
        SCHOOL = "school", "School of scholengroep"
        ONDERZOEKSBUREAU = "onderzoeksbureau", "Onderzoeksbureau"
        ANDERE = "andere", "Andere"

    name = models.CharField("naam", max_length=160, unique=True)
    slug = models.SlugField(
        unique=True,
        help_text="Gebruikt in filter-URL's, bv. 'ucll'. Wijzig dit niet na publicatie: "
        "bestaande links naar gefilterde overzichten zouden breken.",
    )
    kind = models.CharField("soort", max_length=30, choices=Soort.choices, default=Soort.ANDERE)
    website = models.URLField("website", blank=True, help_text="Volledig adres, met https://.")

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("kind"), FieldPanel("website")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # Projects name their partners: whoever writes a project may add an organisation
    # (leerpunt_site/editorial/setup.py, docs/editors.md).
    staff_permissions = {
        REDACTIE: ("add", "change", "view"),
        COMMUNICATIE: ("add", "change", "view"),
        BEHEER: ("add", "change", "delete", "view"),
    }

    class Meta:
        verbose_name = "organisatie"
        verbose_name_plural = "organisaties"
        ordering = ["name"]

    def __str__(self):
        return self.name
