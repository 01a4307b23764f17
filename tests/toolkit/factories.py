"""Toolkit pages for tests: a small tree through factories, many items through bulk_items()."""

import factory
import wagtail_factories
from django.utils.text import slugify

from leerpunt_site.volume.bulk import bulk_add_children
from toolkit.models import (
    SECTION_FIELDS,
    ToolkitItemPage,
    ToolkitLegendPage,
    ToolkitOverviewPage,
    ToolkitPage,
)


class ToolkitOverviewPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ToolkitOverviewPage

    title = "Toolkit"
    slug = "toolkit"
    intro = "<p>Wat werkt in de klas, wat kost het en hoe zeker is het?</p>"


class ToolkitPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ToolkitPage

    title = "Leren en lesgeven"
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    subtitle = "Lager en secundair onderwijs"
    intro = "<p>Klaspraktijken voor het lager en secundair onderwijs.</p>"


class ToolkitLegendPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ToolkitLegendPage

    title = "Hoe lees je de toolkit?"
    slug = "hoe-lees-je-de-toolkit"
    intro = "<p>Drie cijfers per aanpak.</p>"
    impact = "<p>Maanden extra vooruitgang.</p>"
    cost = "<p>Van 1 tot 5.</p>"
    evidence = "<p>Van 0 tot 5.</p>"
    unknown = "<p>Geen cijfer zegt niet dat een aanpak niet werkt.</p>"


class ToolkitItemPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ToolkitItemPage

    title = factory.Sequence(lambda n: f"Aanpak {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    summary = "Een korte samenvatting van de aanpak."
    impact_months = 3
    cost = 2
    evidence = 3

    @factory.lazy_attribute
    def what_it_is(self):
        return f"<p>Uitleg over {self.title.lower()}.</p>"

    key_findings = "<ul><li>Een belangrijke bevinding.</li></ul>"
    effectiveness = "<p>Gemiddeld effectief.</p>"
    behind_the_average = "<p>Het hangt af van de uitvoering.</p>"
    closing_the_gap = "<p>Kansarme leerlingen winnen het meest.</p>"
    in_practice = "<p>Begin klein.</p>"
    cost_details = "<p>Vooral tijd.</p>"
    evidence_details = "<p>Veel studies.</p>"


def toolkit_tree(home):
    """The overview with its legend and one toolkit: (overview, toolkit)."""
    overview = ToolkitOverviewPageFactory(parent=home)
    ToolkitLegendPageFactory(parent=overview)
    return overview, ToolkitPageFactory(parent=overview)


def bulk_items(toolkit, count, themes=(), levels=()):
    """Add many live items below a toolkit in a handful of queries (no revisions, no search index)."""
    toolkit.refresh_from_db(fields=["numchild"])
    first = toolkit.numchild + 1
    sections = {field: "<p>Tekst.</p>" for field in SECTION_FIELDS}
    items = [
        ToolkitItemPage(
            title=f"Bulk-aanpak {position:04d}",
            slug=f"bulk-aanpak-{position}",
            summary="Samenvatting.",
            impact_months=position % 9 - 1 if position % 6 else None,
            cost=position % 5 + 1,
            evidence=position % 6,
            themes=list(themes),
            levels=list(levels),
            **sections,
        )
        for position in range(first, first + count)
    ]
    return bulk_add_children(toolkit, items)
