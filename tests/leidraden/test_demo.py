"""The demo loader: every guide from demo/leidraden/*.yaml, idempotent, links to toolkit items that exist."""

import pytest

from leerpunt_site.taxonomy import demo as taxonomy_demo
from leidraden import demo
from leidraden.models import LeidraadPage
from tests.toolkit.factories import ToolkitItemPageFactory, ToolkitPageFactory, toolkit_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def toolkit_item(home):
    overview, toolkit = toolkit_tree(home)
    # A toolkit whose slug is a related item's: only items are linked, never a toolkit.
    ToolkitPageFactory(parent=overview, title="Zelfregulatie", slug="zelfregulatie")
    return ToolkitItemPageFactory(parent=toolkit, title="Feedback", slug="feedback")


def test_demo_loads_every_guide_once_and_keeps_editor_changes(home, toolkit_item):
    taxonomy_demo.load()

    demo.load()
    feedback = LeidraadPage.objects.get(slug="feedback")
    feedback.title = "Feedback (herwerkt)"
    feedback.save_revision().publish()
    summary = demo.load()

    guides = LeidraadPage.objects.live()
    assert summary == "0 nieuwe leidraden"
    assert guides.count() == 14
    # Only the three guides the June 2025 presentation calls developed are published, and no
    # source gives their day: they say so in words, never with an invented date.
    published = guides.filter(status="gepubliceerd")
    assert sorted(published.values_list("slug", flat=True)) == [
        "differentiatie-om-onderwijsachterstanden-weg-te-werken",
        "onderwijs-vanuit-hoge-verwachtingen",
        "wetenschappen-in-het-secundair-onderwijs",
    ]
    assert LeidraadPage.objects.get(slug="feedback").title == "Feedback (herwerkt)"
    for guide in published:
        assert 4 <= len(guide.recommendations) <= 7, guide.slug
        assert guide.published_date is None and guide.published_period == "vóór juni 2025"
    assert all(guide.is_voorbeeld for guide in guides)
    assert not any(guide.authors or guide.licence for guide in guides)
    expected = dict(guides.filter(status="in_ontwikkeling").values_list("slug", "expected_period"))
    assert expected["feedback"] == "juli 2025 (onder voorbehoud)"
    assert expected["inclusie"] == ""
    assert sum(len(guide.werkvormen) for guide in guides) == 3
    # Only the toolkit item that exists is linked; the other slugs are skipped without an error.
    linking = set(LeidraadPage.objects.linking_to(toolkit_item).values_list("slug", flat=True))
    assert linking == {
        "onderwijs-vanuit-hoge-verwachtingen",
        "wetenschappen-in-het-secundair-onderwijs",
        "feedback",
        "metacognitie-en-zelfregulerend-leren",
        "digitalisering",
    }
    assert [page.title for page in feedback.related_toolkit_pages()] == ["Feedback"]
    metacognitie = LeidraadPage.objects.get(slug="metacognitie-en-zelfregulerend-leren")
    assert [page.title for page in metacognitie.related_toolkit_pages()] == ["Feedback"]
