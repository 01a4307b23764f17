"""Committee members never read the titles of drafts or private pages in the page chooser."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from leerpunt_site.editorial import setup
from tests.editorial.factories import UserFactory
from tests.factories import StandardPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_root")]


def chooser_titles(client, query):
    response = client.get("/admin/choose-page/search/", {"q": query})
    assert response.status_code == 200
    return {
        link.get_text(strip=True)
        for link in BeautifulSoup(response.content, "html.parser").select("td a")
    }


def test_a_committee_member_sees_live_public_pages_only(client, home):
    live = StandardPageFactory(parent=home, title="Nieuwsbericht openbaar", slug="openbaar")
    live.save_revision().publish()
    StandardPageFactory(parent=home, title="Nieuwsbericht concept", slug="concept", live=False)
    private = StandardPageFactory(parent=home, title="Nieuwsbericht intern", slug="intern")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    setup.apply()
    client.force_login(UserFactory(groups=[setup.WETENSCHAPPELIJKE_COMMISSIE]))

    titles = chooser_titles(client, "Nieuwsbericht")

    assert "Nieuwsbericht openbaar" in titles
    assert "Nieuwsbericht concept" not in titles
    assert "Nieuwsbericht intern" not in titles
