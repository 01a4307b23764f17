"""Bulk actions: offered only to who may do them to a listed object (publishing a page, deleting a
theme), not refused on the next screen."""

import pytest
from django.urls import reverse

from leerpunt_site.editorial import setup
from tests.factories import ThemaFactory
from tests.kennisagenda.factories import build_toolkit_item, build_update

from .factories import UserFactory

pytestmark = pytest.mark.django_db

PUBLISH = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
UNPUBLISH = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])


def explorer(client, user, section):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_explore", args=[section.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    return html[html.find("data-bulk-action-footer") :]


@pytest.fixture
def listed(home, sections):
    build_toolkit_item(home, title="Feedback")
    build_update(home, title="Nieuws")
    return sections


def test_redactie_is_not_offered_publish_anywhere(client, people, listed):
    for name in ("toolkit", "updates"):
        footer = explorer(client, people["redacteur"], listed[name])
        assert 'class="bulk-actions-buttons"' in footer
        assert PUBLISH not in footer and UNPUBLISH not in footer, name


def test_communicatie_is_offered_publish_where_it_may_publish(client, people, listed):
    assert PUBLISH in explorer(client, people["communicatie"], listed["updates"])
    assert UNPUBLISH in explorer(client, people["communicatie"], listed["updates"])
    # The toolkit goes through the Kwaliteitscheck: not there.
    assert PUBLISH not in explorer(client, people["communicatie"], listed["toolkit"])


def test_the_other_bulk_actions_stay_as_wagtail_offers_them(client, people, listed):
    footer = explorer(client, people["communicatie"], listed["toolkit"])

    assert reverse("wagtail_bulk_action", args=["wagtailcore", "page", "move"]) in footer


def test_deleting_themes_is_offered_to_beheer_only(client, people, sections):
    ThemaFactory(name="Feedback", slug="feedback")
    delete = reverse("wagtail_bulk_action", args=["taxonomy", "thema", "delete"])
    beheer = UserFactory(username="beheer", groups=[setup.BEHEER])

    def listing(user):
        client.force_login(user)
        html = client.get(reverse("wagtailsnippets_taxonomy_thema:list")).content.decode()
        return html[html.find("data-bulk-action-footer") :]

    assert delete not in listing(people["redacteur"])
    assert delete not in listing(people["communicatie"])
    assert delete in listing(beheer)
