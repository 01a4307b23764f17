"""/stijlgids/ shows every figure state, and only in development."""

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_stijlgids_is_not_served_outside_development(client, home):
    assert client.get("/stijlgids/").status_code == 404


@override_settings(ROOT_URLCONF="tests.home.stijlgids_urls")
def test_stijlgids_renders_every_figure_state_and_every_icon(client, home):
    soup = BeautifulSoup(client.get("/stijlgids/").content, "html.parser")
    impacts = [
        value.get_text(strip=True) for value in soup.select(".figure--impact .figure__value")
    ]
    icons = [code.get_text() for code in soup.select(".stijlgids__icons code")]

    assert impacts[:4:2] == ["+6 maanden", "-2 maanden"]
    assert "onvoldoende evidentie" in impacts
    assert len(soup.select(".figure--cost.figure--unknown")) == 2  # compact and large
    assert {"euro-on", "euro-off", "lock-on", "lock-off", "impact", "thema-feedback"} <= set(icons)
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
