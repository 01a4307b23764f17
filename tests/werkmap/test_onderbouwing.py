"""Onderbouwing: where a toolkit item's figures come from, on its page and in the JSON export."""

import decimal

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from leerpunt_site.taxonomy import demo as taxonomy_demo
from tests.toolkit.factories import ToolkitItemPageFactory, toolkit_tree
from toolkit import demo
from toolkit.models import ToolkitItemPage

pytestmark = pytest.mark.django_db


def onderbouwing_fields(client, item):
    soup = BeautifulSoup(client.get(item.url).content, "html.parser")
    details = soup.select_one("details#onderbouwing")
    assert details.summary.get_text(strip=True) == "Hoe kwamen deze cijfers tot stand?"
    terms = [dt.get_text(strip=True) for dt in details.select("dt")]
    values = [dd.get_text(" ", strip=True) for dd in details.select("dd")]
    return dict(zip(terms, values, strict=True)), details


def test_known_fields_show_and_empty_ones_do_not(home, client):
    _, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory(
        parent=toolkit,
        title="Feedback",
        impact_months=6,
        source_review="Teaching and Learning Toolkit van de EEF",
        source_version="update van mei 2025",
        source_url="https://educationendowmentfoundation.org.uk/feedback",
        references=[("referentie", {"text": "Een bron", "url": ""})],
    )

    fields, details = onderbouwing_fields(client, item)

    assert fields == {
        "Bronreview": "Teaching and Learning Toolkit van de EEF",
        "Versie": "update van mei 2025",
    }
    assert (
        details.select_one("dd a")["href"] == "https://educationendowmentfoundation.org.uk/feedback"
    )
    assert [li.get_text(strip=True) for li in details.select("li")] == ["Een bron"]


def test_an_item_without_a_version_says_so_rather_than_inventing_one(home, client):
    _, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory(parent=toolkit, source_review="Early Years Toolkit van de EEF")

    fields, details = onderbouwing_fields(client, item)

    assert fields["Versie"] == "niet vermeld in de bron"
    assert details.select("li") == []


def test_a_known_interval_shows_as_a_range_on_the_headline_figure(home, client):
    _, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory(
        parent=toolkit,
        impact_months=6,
        study_count=12,
        effect_size=decimal.Decimal("0.48"),
        effect_size_low=decimal.Decimal("0.30"),
        effect_size_high=decimal.Decimal("0.66"),
        impact_low_months=4,
        impact_high_months=8,
    )
    soup = BeautifulSoup(client.get(item.url).content, "html.parser")

    headline = soup.select_one(".toolkit-summary .figure--impact")
    assert headline.select_one(".figure__value").get_text(strip=True) == "+6 maanden"
    assert headline.select_one(".figure__range").get_text(strip=True) == "tussen +4 en +8 maanden"
    fields, _ = onderbouwing_fields(client, item)
    assert fields["Aantal studies"] == "12"
    assert fields["Gepoolde effectgrootte"] == "0,48 (betrouwbaarheidsinterval 0,30 tot 0,66)"


def test_an_interval_needs_both_ends_around_the_estimate(home):
    _, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory(parent=toolkit, impact_months=6)
    item.impact_low_months, item.impact_high_months = 7, 8

    with pytest.raises(ValidationError) as error:
        item.full_clean()

    assert set(error.value.message_dict) >= {"impact_high_months", "impact_low_months"}


def test_json_export_carries_the_onderbouwing(home, client):
    _, toolkit = toolkit_tree(home)
    ToolkitItemPageFactory(
        parent=toolkit,
        title="Feedback",
        source_review="Teaching and Learning Toolkit van de EEF",
        source_version="update van mei 2025",
    )

    record = client.get(toolkit.url + "json/").json()["aanpakken"][0]

    assert record["onderbouwing"]["bronreview"] == "Teaching and Learning Toolkit van de EEF"
    assert record["onderbouwing"]["bronversie"] == "update van mei 2025"
    assert record["onderbouwing"]["aantal_studies"] is None
    assert record["onderbouwing"]["effectgrootte_interval"] is None


def test_demo_gives_every_item_its_source_review_from_eef_strands_only(home, client):
    taxonomy_demo.load()
    demo.load()

    items = ToolkitItemPage.objects.all()
    assert items.count() == 40
    assert not items.filter(source_review="").exists()
    feedback = items.get(url_path__endswith="/leren-en-lesgeven/feedback/")
    assert feedback.source_url.endswith("/teaching-learning-toolkit/feedback")
    assert feedback.source_date.isoformat() == "2026-04-02"
    # eef_strands.tsv gives no study counts, effect sizes or search dates: none are invented.
    assert not items.exclude(study_count=None, effect_size=None, last_search=None).exists()
    fields, _ = onderbouwing_fields(client, feedback)
    assert fields["Bronreview"].startswith("Teaching and Learning Toolkit")
