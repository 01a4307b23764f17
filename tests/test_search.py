"""Site search: Dutch stemming, grouping, pagination, promotions and bad input."""

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from .factories import StandardPageFactory, UpdateIndexPageFactory, UpdatePageFactory

pytestmark = pytest.mark.django_db


def test_search_for_leerlingen_finds_a_page_about_de_leerling(client, home):
    if connection.vendor != "postgresql":
        pytest.skip("Dutch stemming needs PostgreSQL; CI always runs on PostgreSQL")
    StandardPageFactory(parent=home, title="Welbevinden", intro="Elke leerling telt.")
    call_command("update_index", verbosity=0)

    html = client.get("/zoeken/", {"q": "leerlingen"}).content.decode()

    assert "Welbevinden" in html


def test_results_are_grouped_by_type(client, home):
    StandardPageFactory(parent=home, title="Feedback in de klas")
    updates = UpdateIndexPageFactory(parent=home)
    UpdatePageFactory(parent=updates, title="Nieuwe leidraad feedback")
    call_command("update_index", verbosity=0)

    html = client.get("/zoeken/", {"q": "feedback"}).content.decode()

    assert "Standaardpagina&#x27;s" in html or "Standaardpagina's" in html
    assert "Updates</h2>" in html
    assert "Feedback in de klas" in html and "Nieuwe leidraad feedback" in html


def test_search_promotion_is_shown_above_results(client, home):
    page = StandardPageFactory(parent=home, title="Hoe lees je de toolkit?")
    SearchPromotion.objects.create(
        query=Query.get("toolkit"), page=page, description="Start hier.", sort_order=0
    )

    html = client.get("/zoeken/", {"q": "Toolkit"}).content.decode()

    assert "Aanbevolen" in html and "Start hier." in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 5000},
        {"q": "feedback", "pagina": "-1"},
        {"q": "feedback", "pagina": "99999999999999999999"},
        {"q": "feedback", "pagina": "abc"},
        {"q": "\x00"},
        {"q": "' OR 1=1 --"},
        {"q": "(((!!!)))"},
        {"q": "ééé 😀 ﷽"},
    ],
)
def test_bad_search_input_gives_a_normal_page(client, home, params):
    response = client.get("/zoeken/", params)

    assert response.status_code == 200
    assert "Zoeken" in response.content.decode()


def test_search_results_are_not_indexed(client, home):
    html = client.get("/zoeken/", {"q": "feedback"}).content.decode()

    assert '<meta name="robots" content="noindex, follow">' in html
