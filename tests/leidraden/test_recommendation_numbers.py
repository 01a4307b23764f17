"""A recommendation keeps its number and its link through moves, edits and renumbering."""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.blocks.stream_block import StreamBlockValidationError

from leidraden.blocks import AanbevelingenBlock
from leidraden.models import LeidraadPage
from tests.editorial.factories import UserFactory

from .factories import LeidraadIndexPageFactory, LeidraadPageFactory, aanbevelingen

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(home):
    index = LeidraadIndexPageFactory(parent=home)
    # Numbered as the page editor stores them (AanbevelingenBlock.clean).
    recommendations = [
        (kind, {**value, "number": n}) for n, (kind, value) in enumerate(aanbevelingen(3), start=1)
    ]
    guide = LeidraadPageFactory(
        parent=index, title="Feedback", slug="feedback", recommendations=recommendations
    )
    guide.save_revision().publish()
    return LeidraadPage.objects.get(pk=guide.pk)


def heading(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").h1.get_text(" ", strip=True)


def republish(guide, blocks):
    """Publish the guide with its recommendations as the editor arranged them (raw stream data)."""
    guide.recommendations = [dict(block) for block in blocks]
    guide.save_revision().publish()
    return LeidraadPage.objects.get(pk=guide.pk)


def recommendation_url(guide, number):
    return f"{guide.url}aanbeveling-{number}/"


def test_moving_a_recommendation_keeps_every_link_on_the_same_recommendation(client, guide):
    before = {n: heading(client, recommendation_url(guide, n)) for n in (1, 2, 3)}
    first, second, third = list(guide.recommendations.raw_data)

    guide = republish(guide, [second, first, third])

    assert {n: heading(client, recommendation_url(guide, n)) for n in (1, 2, 3)} == before
    # The guide shows them in the new order, each with its own number.
    page = BeautifulSoup(client.get(guide.url).content, "html.parser")
    numbers = [span.get_text(strip=True) for span in page.select(".aanbeveling__number")]
    assert numbers == [
        "Aanbeveling 2:",
        "Aanbeveling 1:",
        "Aanbeveling 3:",
    ]


def test_an_old_link_of_a_renumbered_recommendation_redirects_to_it(client, guide):
    first, second, third = [dict(block) for block in guide.recommendations.raw_data]
    title = third["value"]["title"]
    third["value"] = {**third["value"], "number": 7}

    guide = republish(guide, [first, second, third])

    response = client.get(recommendation_url(guide, 3))
    assert response.status_code == 301
    assert response["Location"] == recommendation_url(guide, 7)
    assert title in heading(client, recommendation_url(guide, 7))
    assert client.get(recommendation_url(guide, 4)).status_code == 404


def test_numbers_are_unique_within_a_guide_and_new_ones_get_the_next_free_number():
    block = AanbevelingenBlock()
    stream = aanbevelingen(3)
    stream[0][1]["number"] = 4
    stream[1][1]["number"] = 4
    with pytest.raises(StreamBlockValidationError):
        block.clean(block.to_python([{"type": t, "value": v} for t, v in stream]))

    stream[1][1]["number"] = 2
    cleaned = block.clean(block.to_python([{"type": t, "value": v} for t, v in stream]))
    assert [child.value["number"] for child in cleaned] == [4, 2, 5]


def test_the_admin_shows_each_recommendations_number(client, guide):
    client.force_login(UserFactory(is_superuser=True))

    response = client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk]))

    # The StreamField editor is drawn from its block data: a number field, filled in per item.
    field = BeautifulSoup(response.content, "html.parser").find(id="recommendations")
    definition = json.loads(field["data-w-block-data-value"])
    children, _ = json.loads(field["data-w-block-arguments-value"])
    assert "nummer" in json.dumps(definition)
    assert [child["value"]["number"] for child in children] == ["1", "2", "3"]
