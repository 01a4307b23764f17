"""A guide and a toolkit item show each other (issue 4, criterion 3)."""

import datetime
import re

import pytest
from wagtail.models import PageViewRestriction

from leidraden.models import LeidraadToolkitLink
from tests.toolkit.factories import ToolkitItemPageFactory, toolkit_tree

from .factories import GeplandeLeidraadFactory, LeidraadIndexPageFactory, LeidraadPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home):
    return LeidraadIndexPageFactory(parent=home)


@pytest.fixture
def item(home):
    _, toolkit = toolkit_tree(home)
    return ToolkitItemPageFactory(parent=toolkit, title="Feedback", slug="feedback")


def link(guide, page, order=0):
    return LeidraadToolkitLink.objects.create(leidraad=guide, page=page, sort_order=order)


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def guides_section(html):
    """The text of the item page's section about guides, without tags and extra spaces."""
    start = html.index('<h2 id="leidraden">')
    section = html[start : html.index("</section>", start)]
    return " ".join(re.sub(r"<[^>]+>", " ", section).split())


def test_a_guide_and_a_toolkit_item_show_each_other(client, index, item):
    guide = LeidraadPageFactory(
        parent=index,
        title="Feedback",
        slug="feedback",
        summary="Acht aanbevelingen voor feedback die leren vooruithelpt.",
        published_date=datetime.date(2025, 7, 1),
    )
    link(guide, item)

    guide_html = html_of(client, guide.url)
    item_html = html_of(client, item.url)

    assert '<a href="/toolkit/leren-en-lesgeven/feedback/">Feedback</a>' in guide_html
    assert '<li><a href="#leidraden">Leidraden over deze aanpak</a></li>' in item_html
    assert '<a href="/leidraden/feedback/">Feedback</a>' in item_html
    assert guides_section(item_html) == (
        "Leidraden over deze aanpak "
        "Hoe je deze aanpak als school of team in de praktijk brengt, in aanbevelingen met "
        "voorbeelden. "
        "Feedback Gepubliceerd 1 juli 2025 "
        "Acht aanbevelingen voor feedback die leren vooruithelpt."
    )


def test_the_item_lists_published_guides_first_then_planned_ones_never_drafts(client, index, item):
    older = LeidraadPageFactory(
        parent=index, title="Metacognitie", published_date=datetime.date(2024, 3, 1)
    )
    newer = LeidraadPageFactory(
        parent=index, title="Digitalisering", published_date=datetime.date(2025, 9, 1)
    )
    planned = GeplandeLeidraadFactory(
        parent=index, title="Inclusie", expected_period="februari 2027 (onder voorbehoud)"
    )
    draft = LeidraadPageFactory(parent=index, title="Nog een concept", live=False)
    unpublished = LeidraadPageFactory(parent=index, title="Teruggetrokken")
    unpublished.unpublish()
    LeidraadPageFactory(parent=index, title="Over iets anders")
    for guide in (planned, draft, older, unpublished, newer):
        link(guide, item)

    section = guides_section(html_of(client, item.url))

    assert re.findall(r"(\w+) (Gepubliceerd|In ontwikkeling)", section) == [
        ("Digitalisering", "Gepubliceerd"),
        ("Metacognitie", "Gepubliceerd"),
        ("Inclusie", "In ontwikkeling"),
    ]
    assert "In ontwikkeling Verwacht: februari 2027 (onder voorbehoud)" in section
    for hidden in ("Nog een concept", "Teruggetrokken", "Over iets anders"):
        assert hidden not in section


def test_guides_in_a_private_section_stay_off_the_item_page(client, index, item):
    link(LeidraadPageFactory(parent=index, title="Besloten leidraad"), item)
    PageViewRestriction.objects.create(page=index, restriction_type="password", password="geheim")

    html = html_of(client, item.url)

    assert "Besloten leidraad" not in html
    assert "Leidraden over deze aanpak" not in html


def test_an_item_without_guides_has_no_guides_section_and_no_guide_styles(client, item):
    html = html_of(client, item.url)

    assert "Leidraden over deze aanpak" not in html
    assert "leidraden.css" not in html


def test_a_guide_leaves_out_an_item_that_is_not_live(client, index, item):
    guide = LeidraadPageFactory(parent=index)
    draft = ToolkitItemPageFactory(parent=item.get_parent(), title="Nog niet live", live=False)
    link(guide, draft, order=0)
    link(guide, item, order=1)

    html = html_of(client, guide.url)

    assert "Nog niet live" not in html
    assert 'href="/toolkit/leren-en-lesgeven/feedback/"' in html


def test_the_admin_chooser_offers_only_toolkit_items(admin_client, index):
    guide = LeidraadPageFactory(parent=index)

    html = html_of(admin_client, f"/admin/pages/{guide.pk}/edit/")

    assert '{"modelNames": ["toolkit.toolkititempage"]' in html
    assert "Kies een pagina (Toolkitaanpak)" in html
