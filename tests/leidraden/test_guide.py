"""A guide page, a planned guide, and every recommendation's anchor and own URL."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from leerpunt_site.home.models import HomePage
from leidraden.models import LeidraadIndexPage, LeidraadPage, LeidraadToolkitLink
from tests.factories import ThemaFactory, make_document
from tests.toolkit.factories import ToolkitItemPageFactory, toolkit_tree

from .factories import (
    GeplandeLeidraadFactory,
    LeidraadIndexPageFactory,
    LeidraadPageFactory,
    aanbevelingen,
    werkvormen,
)

pytestmark = pytest.mark.django_db

# The page cache is off in tests; the site shell comes from its warm fragment cache,
# as on a running site (docs/performance.md). Budget: 10 queries, fixed.
# Wagtail's own routing (2 queries per URL segment) and view-restriction checks (docs/performance.md).
GUIDE_QUERY_BUDGET = 14
RECOMMENDATION_QUERY_BUDGET = 14


@pytest.fixture
def index(home):
    return LeidraadIndexPageFactory(parent=home)


@pytest.fixture
def toolkit(home):
    return toolkit_tree(home)[1]


@pytest.fixture
def guide(index):
    return LeidraadPageFactory(parent=index, title="Feedback", slug="feedback")


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_guide_shows_numbered_recommendations_with_anchors_and_a_table_of_contents(client, guide):
    html = html_of(client, guide.url)

    for number in (1, 2, 3):
        assert f'id="aanbeveling-{number}"' in html
        assert (
            f'<a href="#aanbeveling-{number}">{number}. Aanbeveling over stap {number}</a>' in html
        )
    assert (
        'Aanbeveling 2<span class="visually-hidden">:</span></span> Aanbeveling over stap 2' in html
    )
    assert "Waarom stap 2 werkt." in html and "Voorbeeld bij stap 2." in html
    assert "In de praktijk" in html


def test_every_recommendation_shows_its_full_deep_link_and_a_copy_button(client, guide):
    html = html_of(client, guide.url)

    link = "http://testserver/leidraden/feedback/aanbeveling-2/"
    assert f'<a class="deeplink__url" href="{link}">{link}</a>' in html
    assert f'data-copy-link="{link}" hidden>Kopieer link' in html


def test_evidence_strength_is_drawn_as_locks_with_words(client, index):
    guide = LeidraadPageFactory(parent=index, recommendations=aanbevelingen(1, evidence="sterk"))
    unrated = LeidraadPageFactory(parent=index, recommendations=aanbevelingen(1, evidence=""))

    html = html_of(client, guide.url)

    assert "Bewijskracht:" in html
    assert '<span class="visually-hidden">3 van 3</span>' in html
    # The stored 'sterk' reads in the toolkit's words (leerpunt_site/core/vocabulary.py).
    assert '<span class="rating__text">uitgebreide evidentie</span>' in html
    assert "Bewijskracht:" not in html_of(client, unrated.url)


def test_werkvormen_downloads_and_source_are_shown(client, index):
    report = make_document("Feedback: volledige leidraad", size=2 * 1024 * 1024)
    poster = make_document("Feedback: poster", name="poster.pdf", size=300 * 1024)
    guide = LeidraadPageFactory(
        parent=index,
        werkvormen=werkvormen(1),
        report_document=report,
        poster_document=poster,
        original_title="Teacher Feedback to Improve Pupil Learning",
        original_organisation="Education Endowment Foundation",
        adapted_by="Leerpunt en Universiteit Gent",
        licence="Met toestemming van de EEF.",
    )

    html = html_of(client, guide.url)

    assert '<h2 id="werkvormen-titel">Werkvormen voor je team</h2>' in html
    assert "<h3>Werkvorm 1</h3>" in html and "<dd>45 minuten</dd>" in html
    assert "<li>Bespreek een voorbeeld.</li>" in html
    assert "Feedback: volledige leidraad" in html and "(PDF, 2,0\xa0MB)" in html
    assert "Feedback: poster" in html and "(PDF, 300,0\xa0KB)" in html
    assert "<cite>Teacher Feedback to Improve Pupil Learning</cite>" in html
    assert "Een Vlaamse bewerking van een gids van Education Endowment Foundation" in html
    assert "<dd>Leerpunt en Universiteit Gent</dd>" in html
    assert "<dd>Met toestemming van de EEF.</dd>" in html


def test_linking_to_finds_the_live_guides_of_an_item_in_two_queries(index, guide, toolkit):
    toolkit_item = ToolkitItemPageFactory(parent=toolkit, title="Feedback", slug="feedback")
    LeidraadToolkitLink.objects.create(leidraad=guide, page=toolkit_item)
    other = LeidraadPageFactory(parent=index, title="Metacognitie")
    LeidraadToolkitLink.objects.create(leidraad=other, page=toolkit_item)
    LeidraadPageFactory(parent=index, title="Niet gelinkt")
    hidden = LeidraadPageFactory(parent=index, title="Concept", live=False)
    LeidraadToolkitLink.objects.create(leidraad=hidden, page=toolkit_item)

    with CaptureQueriesContext(connection) as queries:
        linking = [page.title for page in LeidraadPage.objects.linking_to(toolkit_item)]
    assert sorted(linking) == ["Feedback", "Metacognitie"]
    assert len(queries) == 2  # the private sections (Wagtail's .public()), then the guides


def test_planned_guide_says_what_it_will_cover_when_and_who_writes_it(client, index):
    planned = GeplandeLeidraadFactory(
        parent=index,
        title="Inclusie",
        intro="<p>Hoe elke leerling mee kan in de klas.</p>",
        authors="Leerpunt, met een werkgroep",
        expected_period="voorjaar 2026 (onder voorbehoud)",
        recommendations=aanbevelingen(2),
        werkvormen=werkvormen(1),
    )

    html = html_of(client, planned.url)

    assert "Deze leidraad is in ontwikkeling" in html
    assert "<dd>voorjaar 2026 (onder voorbehoud)</dd>" in html
    assert "<dd>Leerpunt, met een werkgroep</dd>" in html
    assert "Wat deze leidraad zal behandelen" in html and "Hoe elke leerling mee kan" in html
    # Drafted recommendations and activities stay hidden until the guide itself is published.
    assert "aanbeveling-1" not in html and "Werkvorm 1" not in html
    assert client.get(planned.url + "aanbeveling-1/").status_code == 404


def test_publishing_a_planned_guide_keeps_its_url(client, index):
    planned = GeplandeLeidraadFactory(
        parent=index, slug="inclusie", recommendations=aanbevelingen(2)
    )
    url = planned.url

    planned.published_date = datetime.date(2025, 12, 1)
    planned.expected_period = ""
    planned.save_revision().publish()

    html = html_of(client, url)
    assert "Deze leidraad is in ontwikkeling" not in html
    assert 'id="aanbeveling-2"' in html


def test_recommendation_has_its_own_page_with_title_description_and_preview_tags(client, guide):
    html = html_of(client, guide.url + "aanbeveling-2/")

    url = "http://testserver/leidraden/feedback/aanbeveling-2/"
    assert "<title>Aanbeveling 2: Aanbeveling over stap 2 | Feedback | Leerpunt</title>" in html
    assert '<meta name="description" content="Korte samenvatting van stap 2.">' in html
    assert f'<link rel="canonical" href="{url}">' in html
    assert '<meta property="og:title" content="Aanbeveling 2: Aanbeveling over stap 2">' in html
    assert '<meta property="og:description" content="Korte samenvatting van stap 2.">' in html
    assert f'<meta property="og:url" content="{url}">' in html
    assert re.search(r"<h1 [^>]*>.*Aanbeveling over stap 2</h1>", html)
    assert "aanbeveling 2 van 3" in html
    assert 'href="/leidraden/feedback/#aanbeveling-2"' in html
    assert 'rel="prev"' in html and "1. Aanbeveling over stap 1" in html
    assert 'rel="next"' in html and "3. Aanbeveling over stap 3" in html
    assert '<a href="/leidraden/feedback/">Feedback</a>' in html  # the guide in the breadcrumbs
    assert f'<a href="{url}" aria-current="page">Aanbeveling 2</a>' in html


def test_first_and_last_recommendation_have_one_neighbour(client, guide):
    first = html_of(client, guide.url + "aanbeveling-1/")
    last = html_of(client, guide.url + "aanbeveling-3/")

    assert 'rel="prev"' not in first and 'rel="next"' in first
    assert 'rel="prev"' in last and 'rel="next"' not in last


@pytest.mark.parametrize(
    "suffix",
    [
        "aanbeveling-4/",
        "aanbeveling-0/",
        "aanbeveling-01/",
        "aanbeveling--1/",
        "aanbeveling-x/",
        "aanbeveling-" + "9" * 5000 + "/",
        "aanbeveling-2/extra/",
        "bestaat-niet/",
    ],
)
def test_unknown_or_out_of_range_recommendation_gives_404(client, guide, suffix):
    assert client.get(guide.url + suffix).status_code == 404


def test_anchor_and_own_url_survive_a_title_edit(client, guide):
    guide.recommendations[1].value["title"] = "Een heel andere titel"
    guide.save_revision().publish()

    html = html_of(client, guide.url)
    own = html_of(client, guide.url + "aanbeveling-2/")

    assert '<a href="#aanbeveling-2">2. Een heel andere titel</a>' in html
    assert 'id="aanbeveling-2"' in html
    assert "Aanbeveling 2: Een heel andere titel" in own


def test_guide_meta_description_falls_back_to_the_summary(client, guide):
    html = html_of(client, guide.url)

    assert '<meta name="description" content="Een praktische leidraad voor de klas.">' in html
    assert '<meta property="og:url" content="http://localhost/leidraden/feedback/">' in html


def count_queries(client, url):
    client.get(url)  # warm the site-root-paths cache, as in production
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), [query["sql"] for query in queries]


def make_rich_guide(index, toolkit, slug, count):
    guide = LeidraadPageFactory(
        parent=index,
        slug=slug,
        recommendations=aanbevelingen(count),
        werkvormen=werkvormen(count),
        report_document=make_document(f"Rapport {slug}"),
        poster_document=make_document(f"Poster {slug}", name="poster.pdf"),
    )
    guide.themes.set([ThemaFactory() for _ in range(count)])
    guide.save()
    for number in range(count):
        LeidraadToolkitLink.objects.create(
            leidraad=guide, page=ToolkitItemPageFactory(parent=toolkit), sort_order=number
        )
    return guide


def test_guide_and_recommendation_pages_cost_the_same_queries_for_3_and_30_recommendations(
    client, index, toolkit
):
    few = make_rich_guide(index, toolkit, "weinig", 3)
    many = make_rich_guide(index, toolkit, "veel", 30)

    guide_few, _ = count_queries(client, few.url)
    guide_many, sql = count_queries(client, many.url)
    assert guide_few == guide_many <= GUIDE_QUERY_BUDGET, sql

    own_few, _ = count_queries(client, few.url + "aanbeveling-2/")
    own_many, sql = count_queries(client, many.url + "aanbeveling-29/")
    assert own_few == own_many <= RECOMMENDATION_QUERY_BUDGET, sql


def test_status_follows_the_publication_date_and_is_never_typed(index):
    guide = GeplandeLeidraadFactory(parent=index, title="Feedback")
    assert guide.status == "in_ontwikkeling" and not guide.is_published

    guide.published_date = datetime.date(2025, 7, 1)
    assert guide.is_published  # before saving, so a preview shows it as published
    guide.expected_period = ""
    guide.save()
    guide.refresh_from_db()

    assert guide.status == "gepubliceerd"
    assert "status" not in LeidraadPage.get_edit_handler().get_form_class()().fields


def test_a_future_publication_date_or_a_published_guide_still_expected_is_refused(index):
    future = LeidraadPage(
        title="A", slug="a", summary="s", published_date=datetime.date.today().replace(year=2999)
    )
    expected = LeidraadPage(
        title="B",
        slug="b",
        summary="s",
        published_date=datetime.date(2025, 7, 1),
        expected_period="juli 2025",
    )

    with pytest.raises(ValidationError) as future_error:
        future.full_clean()
    with pytest.raises(ValidationError) as expected_error:
        expected.full_clean()

    assert "published_date" in future_error.value.message_dict
    assert "expected_period" in expected_error.value.message_dict


def test_a_guide_with_only_a_source_period_is_published_without_a_day(client, index):
    guide = LeidraadPageFactory(
        parent=index, title="Differentiatie", published_date=None, published_period="vóór juni 2025"
    )

    html = html_of(client, guide.url)

    assert guide.status == "gepubliceerd"
    assert "Gepubliceerd</span> vóór juni 2025" in html


class TestTree(WagtailPageTestCase):
    def test_guides_live_only_below_the_single_index(self):
        self.assertCanCreateAt(HomePage, LeidraadIndexPage)
        self.assertCanCreateAt(LeidraadIndexPage, LeidraadPage)
        self.assertCanNotCreateAt(HomePage, LeidraadPage)
        self.assertAllowedSubpageTypes(LeidraadPage, {})
        self.assertEqual(LeidraadIndexPage.max_count, 1)


def test_editor_can_open_the_add_and_edit_forms_in_dutch(admin_client, index, guide):
    add = admin_client.get(f"/admin/pages/add/leidraden/leidraadpage/{index.pk}/")
    edit = admin_client.get(f"/admin/pages/{guide.pk}/edit/")

    assert add.status_code == 200 and edit.status_code == 200
    html = edit.content.decode()
    assert "Gerelateerde toolkit-items" in html
    assert "Bewijskracht" in html or "bewijskracht" in html
