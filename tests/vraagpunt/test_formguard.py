"""Abuse protection on both public forms: honeypot, rate limit, CSRF, malformed posts."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.test import Client

from leerpunt_site.nieuwsbrief.models import Inschrijving
from leerpunt_site.vraagpunt.models import Vraag
from tests.factories import OnderwijsniveauFactory, ThemaFactory
from tests.nieuwsbrief.factories import NieuwsbriefPageFactory

from .factories import VraagpuntPageFactory

pytestmark = pytest.mark.django_db

FORMS = {
    "vraagpunt": {
        "url": "/vraagpunt/",
        "model": Vraag,
        "valid": {
            "question": "Wat zegt onderzoek over huiswerk?",
            "role": "leraar",
            "email": "an@school.be",
            "consent": "on",
        },
    },
    "nieuwsbrief": {
        "url": "/nieuwsbrief/",
        "model": Inschrijving,
        "valid": {"email": "an@school.be", "themes": ["feedback"], "consent": "on"},
    },
}


@pytest.fixture(params=FORMS)
def form(request, home):
    OnderwijsniveauFactory(slug="lager")
    ThemaFactory(slug="feedback")
    VraagpuntPageFactory(parent=home)
    NieuwsbriefPageFactory(parent=home)
    return FORMS[request.param]


def post(client, form, address="192.0.2.10", **changes):
    data = {**form["valid"], **changes}
    return client.post(form["url"], data, REMOTE_ADDR=address)


def test_honeypot_is_hidden_from_people_and_assistive_technology(client, form):
    html = client.get(form["url"]).content.decode()

    assert '<div class="form-trap" aria-hidden="true">' in html
    assert 'name="website"' in html and 'tabindex="-1"' in html
    assert "Laat dit veld leeg" in html


def test_filled_honeypot_stores_nothing_and_looks_like_success(client, form):
    response = post(client, form, website="http://spam.example")

    assert response.status_code == 302
    assert form["model"].objects.count() == 0
    assert mail.outbox == []


def test_empty_honeypot_is_accepted(client, form):
    response = post(client, form, website="")

    assert response.status_code == 302
    assert form["model"].objects.count() == 1


def test_sixth_post_in_ten_minutes_gets_a_friendly_429(client, form):
    for number in range(5):
        assert post(client, form, email=f"persoon{number}@school.be").status_code == 302

    response = post(client, form, email="zesde@school.be")

    assert response.status_code == 429
    assert response["Retry-After"] == "600"
    assert "Probeer het over tien minuten opnieuw" in response.content.decode()
    assert form["model"].objects.count() == 5


def test_rate_limit_counts_per_client_address_and_per_form(client, form):
    for number in range(5):
        post(client, form, email=f"persoon{number}@school.be")

    other_address = post(client, form, address="198.51.100.7", email="ander@school.be")

    assert other_address.status_code == 302
    other_form = FORMS["nieuwsbrief" if form["url"] == "/vraagpunt/" else "vraagpunt"]
    assert post(client, other_form, email="elders@school.be").status_code == 302


def test_rate_limit_window_ends(client, form, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = (1, 600)
    post(client, form, email="een@school.be")
    assert post(client, form, email="twee@school.be").status_code == 429

    with time_machine.travel(datetime.timedelta(minutes=11)):
        response = post(client, form, email="drie@school.be")

    assert response.status_code == 302


def test_forwarded_for_headers_do_not_dodge_the_limit(client, form):
    for number in range(5):
        client.post(
            form["url"],
            {**form["valid"], "email": f"p{number}@school.be"},
            REMOTE_ADDR="192.0.2.10",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{number}",
        )

    response = client.post(
        form["url"], form["valid"], REMOTE_ADDR="192.0.2.10", HTTP_X_FORWARDED_FOR="10.9.9.9"
    )

    assert response.status_code == 429


def test_behind_the_proxy_each_visitor_has_a_limit_of_their_own(client, form, settings):
    """Through Caddy every request comes from the proxy's address; X-Forwarded-For tells them apart."""
    settings.TRUSTED_PROXY_COUNT = 1
    settings.TRUSTED_PROXY_NETWORKS = ["172.16.0.0/12"]

    def via_proxy(visitor, number):
        return client.post(
            form["url"],
            {**form["valid"], "email": f"p{number}@school.be"},
            REMOTE_ADDR="172.18.0.5",
            HTTP_X_FORWARDED_FOR=visitor,
        )

    assert [via_proxy(f"198.51.100.{n}", n).status_code for n in range(8)] == [302] * 8
    assert [via_proxy("203.0.113.9", n).status_code for n in range(6)] == [302] * 5 + [429]


def test_post_without_csrf_token_is_refused(form):
    csrf_client = Client(enforce_csrf_checks=True)

    response = csrf_client.post(form["url"], form["valid"])

    assert response.status_code == 403
    assert form["model"].objects.count() == 0


MALFORMED = [
    {"email": "an\x00@school.be"},
    {"question": "nul\x00byte", "email": "x\x00"},
    {"question": "x" * 100_000},
    {"email": "a" * 10_000 + "@school.be"},
    {"website": "x" * 10_000},
    {"role": "koning"},
    {"level": "999999999999999999999"},
    {"level": "abc"},
    {"themes": ["bestaat-niet"]},
    {"themes": ["feedback"] * 500},
    {"levels": ["\x00"]},
    {"consent": "misschien"},
    {"onbekend": "veld", "csrfmiddlewaretoken": "vals"},
    {"email": ["een@school.be", "twee@school.be"]},
    {"email": "=cmd|' /C calc'!A0@school.be"},
]


@pytest.mark.parametrize("changes", MALFORMED)
def test_malformed_fields_never_give_a_server_error(client, form, changes):
    response = post(client, form, **changes)

    assert response.status_code in (200, 302, 400)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"email=\xff\xfe%ZZ&consent=on", "application/x-www-form-urlencoded"),
        (b"email=an%40sch%F6ol.be", "application/x-www-form-urlencoded; charset=latin-9"),
        (b"email=%ED%A0%80%40school.be", "application/x-www-form-urlencoded"),
        (b"\x00\x01\x02", "application/x-www-form-urlencoded"),
        (b"--grens\r\nkapot", "multipart/form-data; boundary=grens"),
        (b"--grens\r\nkapot", "multipart/form-data"),
        (b'{"email": "an@school.be"}', "application/json"),
        (b"x" * 3_000_000, "application/x-www-form-urlencoded"),
    ],
)
def test_malformed_bodies_never_give_a_server_error(client, form, body, content_type):
    response = client.generic(
        "POST", form["url"], body, content_type=content_type, REMOTE_ADDR="192.0.2.99"
    )

    assert response.status_code in (200, 400)
    assert form["model"].objects.count() == 0
