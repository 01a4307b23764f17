"""What `make run` shows around the content: the demo banner, and links that open locally."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from leerpunt_site.home import demo as home_demo

pytestmark = pytest.mark.django_db


def banner(client):
    page = BeautifulSoup(client.get("/").content, "html.parser")
    found = page.select_one("header.site-header .demo-banner")
    return " ".join(found.get_text(" ").split()) if found else None


def test_the_demo_banner_shows_in_the_header_only_where_development_settings_turn_it_on(
    client, home, settings
):
    assert banner(client) is None  # test and production settings: no banner

    settings.DEMO_CONTENT_BANNER = True

    assert banner(client).startswith("Demoversie. Geen website van Leerpunt")


def test_the_demo_site_answers_on_the_address_make_run_prints(home, settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"

    home_demo.load()

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8000)
    assert site.root_page.get_full_url() == "http://127.0.0.1:8000/"
