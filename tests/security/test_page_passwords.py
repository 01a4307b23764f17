"""Password-protected pages: wrong guesses are limited per visitor."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_root")]


@pytest.fixture
def protected(home):
    page = StandardPageFactory(parent=home, title="Intern", slug="intern")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="juist-wachtwoord"
    )
    return reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]), page


def guess(client, url, password, address="203.0.113.5"):
    return client.post(url, {"password": password, "return_url": "/intern/"}, REMOTE_ADDR=address)


def test_after_ten_wrong_guesses_the_visitor_waits(client, protected, settings):
    url, _ = protected
    limit, _window = settings.PAGE_PASSWORD_RATE_LIMIT

    assert {guess(client, url, f"fout-{n}").status_code for n in range(limit)} == {200}
    refused = guess(client, url, "juist-wachtwoord")

    assert refused.status_code == 429
    assert refused["Retry-After"] == "900"
    assert "Te veel foute wachtwoorden" in BeautifulSoup(refused.content, "html.parser").get_text()


def test_the_limit_is_per_visitor_and_the_right_password_still_works(client, protected, settings):
    url, _ = protected
    limit, _window = settings.PAGE_PASSWORD_RATE_LIMIT
    for n in range(limit):
        guess(client, url, f"fout-{n}")

    response = guess(client, url, "juist-wachtwoord", address="198.51.100.7")

    assert response.status_code == 302
    assert response["Location"] == "/intern/"
