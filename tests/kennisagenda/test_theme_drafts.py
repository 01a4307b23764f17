"""Theme texts have drafts: visitors see the published theme, and a theme never published nowhere.

The admin side (who drafts, who publishes, preview) is in tests/editorial/test_theme_texts.py.
"""

import datetime
import json

import pytest
import time_machine
from django.urls import reverse

from leerpunt_site.taxonomy.models import Thema
from leerpunt_site.updates.models import UpdatePage
from tests.factories import ThemaFactory
from tests.nieuwsbrief.factories import NieuwsbriefPageFactory
from toolkit.models import ToolkitItemPage

from .factories import TAGGED_PAGE_BUILDERS, build_agenda, build_tagged

pytestmark = pytest.mark.django_db

# The focus year of the draft theme below is this date's school year: the home page lists it.
TODAY = datetime.datetime(2026, 12, 3, 10, tzinfo=datetime.UTC)


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_a_draft_leaves_the_hub_as_it_is_until_it_is_published(client, home):
    agenda, themes = build_agenda(home)
    feedback = themes["feedback"]
    feedback.description = "<p>Wat vandaag online staat.</p>"
    feedback.save()
    assert "Wat vandaag online staat." in html(client, "/kennisagenda/feedback/")

    feedback.description = "<p>Een nieuw concept.</p>"
    feedback.short_description = "Een nieuwe korte tekst."
    revision = feedback.save_revision()

    for url in ("/kennisagenda/feedback/", "/kennisagenda/"):
        page = html(client, url)
        assert "Een nieuw concept." not in page and "Een nieuwe korte tekst." not in page
    assert "Wat vandaag online staat." in html(client, "/kennisagenda/feedback/")

    revision.publish()

    page = html(client, "/kennisagenda/feedback/")
    assert "Een nieuw concept." in page and "Een nieuwe korte tekst." in page


def test_unpublishing_a_theme_takes_its_hub_offline(client, home):
    build_agenda(home)

    Thema.objects.get(slug="feedback").unpublish()

    assert client.get("/kennisagenda/feedback/").status_code == 404
    assert "Feedback" not in html(client, "/kennisagenda/")


@time_machine.travel(TODAY, tick=False)
def test_a_theme_never_published_is_on_no_public_page(client, home):
    agenda, themes = build_agenda(home)
    draft = ThemaFactory(name="Leesbegrip", slug="leesbegrip", school_year="2026-2027", live=False)
    tagged = [
        build_tagged(
            model, home, themes=[themes["huiswerk"], draft], title=f"Over {model.__name__}"
        )
        for model in TAGGED_PAGE_BUILDERS
    ]
    NieuwsbriefPageFactory(parent=home)

    assert client.get("/kennisagenda/leesbegrip/").status_code == 404
    assert client.get("/kennisagenda/leesbegrip/feed/").status_code == 404
    follow = client.get(reverse("volgen:follow") + "?thema_slug=leesbegrip")
    assert follow.status_code == 404
    # The theme's own places, the pages tagged with it, their listings with their theme filter,
    # the home page's themes of this school year, the newsletter's choice of themes.
    urls = ["/", "/kennisagenda/", "/kennisagenda/huiswerk/", "/nieuwsbrief/"]
    urls += [page.url for page in tagged]
    urls += [
        listing.objects.live().get().url
        for model in TAGGED_PAGE_BUILDERS
        if (listing := model.listing_page_model()) is not None
    ]
    for url in urls:
        page = html(client, url)
        assert "Leesbegrip" not in page and "leesbegrip" not in page, url
    assert "Huiswerk" in html(client, "/")  # the live theme of the same year is there
    assert "Huiswerk" in html(client, tagged[0].url)

    update_listing = UpdatePage.listing_page_model().objects.live().get().url
    filtered = html(client, update_listing + "?thema=leesbegrip")
    assert "Over ToolkitItemPage" not in filtered and "Over UpdatePage" in filtered  # ignored

    search = html(client, "/zoeken/?q=leesbegrip")
    assert "/kennisagenda/leesbegrip/" not in search
    assert "/kennisagenda/huiswerk/" in html(client, "/zoeken/?q=huiswerk")

    toolkit = ToolkitItemPage.objects.get().get_parent()
    exported = json.loads(html(client, toolkit.url + "json/"))
    assert "leesbegrip" not in json.dumps(exported)
