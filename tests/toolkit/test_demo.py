"""The toolkit's demo loader: every item with its exact figures, once."""

import pytest

from leerpunt_site.demo.content import read_yaml
from leerpunt_site.taxonomy import demo as taxonomy_demo
from toolkit import demo, figures
from toolkit.models import ToolkitItemPage, ToolkitPage, ToolkitWijziging

pytestmark = pytest.mark.django_db


def test_demo_loads_both_toolkits_with_exact_figures_and_history_once(home):
    taxonomy_demo.load()

    assert demo.load() == "40 nieuwe toolkitaanpakken"
    assert demo.load() == "0 nieuwe toolkitaanpakken"

    counts = {kit.slug: kit.get_children().live().count() for kit in ToolkitPage.objects.all()}
    assert counts == {"leren-en-lesgeven": 30, "kleuters": 10}
    feedback = ToolkitItemPage.objects.get(url_path__endswith="/leren-en-lesgeven/feedback/")
    assert (feedback.impact_months, feedback.cost, feedback.evidence) == (6, 1, 4)
    gecijferdheid = ToolkitItemPage.objects.get(slug="ontluikende-gecijferdheid")
    assert (gecijferdheid.impact_months, gecijferdheid.cost, gecijferdheid.evidence) == (
        None,
        None,
        None,
    )
    assert ToolkitItemPage.objects.get(slug="zittenblijven").impact_months == -2
    # Leerpunt's own names where the seeds give them; the URLs stay short.
    assert feedback.title == "Feedback geven aan leerlingen"
    assert ToolkitItemPage.objects.get(slug="phonics").title == "Phonics-aanpak"
    assert feedback.themes.exists()
    # No invented stories, review dates or dated changes; the sections say they are examples.
    items = ToolkitItemPage.objects.all()
    assert not any(item.praktijkverhalen.exists() or item.last_reviewed for item in items)
    assert not any(item.downloads.exists() for item in items)  # the demo has no real documents
    assert not ToolkitWijziging.objects.exists()
    assert all(item.is_voorbeeld for item in items)


def test_the_scales_the_demo_records_from_its_source_are_the_sites_words():
    legend = read_yaml("toolkit/toolkit.yaml")["legend"]

    assert legend["cost_labels"] == dict(figures.Kost.choices)
    assert legend["evidence_labels"] == dict(figures.Bewijskracht.choices)
