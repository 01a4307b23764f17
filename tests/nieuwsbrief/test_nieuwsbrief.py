"""Newsletter: double opt-in, no leaks, one-click unsubscribe, export, retention, query budget."""

import csv
import datetime
import io
import re
from urllib.parse import urlsplit

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from leerpunt_site.nieuwsbrief.models import UNSUBSCRIBE_SALT, Inschrijving
from tests.factories import OnderwijsniveauFactory, ThemaFactory

from .factories import InschrijvingFactory, NieuwsbriefPageFactory

pytestmark = pytest.mark.django_db

# The page cache is off in tests; the site shell comes from its warm fragment cache,
# as on a running site (docs/performance.md). Budget: 10 queries, fixed.
FORM_QUERY_BUDGET = 10


@pytest.fixture
def nieuwsbrief(home):
    OnderwijsniveauFactory(name="Lager onderwijs", slug="lager")
    ThemaFactory(name="Feedback", slug="feedback")
    return NieuwsbriefPageFactory(parent=home)


def sign_up(client, **changes):
    data = {"email": "An@School.be", "levels": ["lager"], "themes": ["feedback"], "consent": "on"}
    data.update(changes)
    return client.post("/nieuwsbrief/", data)


def link_in(message, label):
    """The path and query of the /nieuwsbrief/<label>/?code=... link in a mail."""
    url = re.search(r"http://\S+/nieuwsbrief/" + label + r"/\?code=\S+", message.body).group(0)
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


def test_form_has_no_box_ticked_in_advance_and_links_the_privacy_page(client, nieuwsbrief):
    html = client.get("/nieuwsbrief/").content.decode()

    assert "checked" not in html
    assert 'href="/privacy/"' in html
    assert "<legend>Onderwijsniveaus</legend>" in html and "<legend>Thema&#x27;s</legend>" in html


def test_sign_up_stores_consent_time_and_interests_but_is_not_yet_subscribed(client, nieuwsbrief):
    response = sign_up(client)

    subscription = Inschrijving.objects.get()
    assert response["Location"] == "/nieuwsbrief/controleer-je-mailbox/"
    assert subscription.email == "an@school.be"
    assert subscription.consent_at is not None
    assert [level.slug for level in subscription.levels.all()] == ["lager"]
    assert [theme.slug for theme in subscription.themes.all()] == ["feedback"]
    assert not subscription.is_subscribed
    assert not Inschrijving.objects.subscribed().exists()
    [message] = mail.outbox
    assert message.to == ["an@school.be"]
    assert "/nieuwsbrief/bevestigen/?code=" in message.body


def test_interests_are_optional(client, nieuwsbrief):
    sign_up(client, levels=[], themes=[])

    assert Inschrijving.objects.get().themes.count() == 0


def test_consent_is_required(client, nieuwsbrief):
    response = sign_up(client, consent="")

    assert response.status_code == 200
    assert "Vink het vakje aan om je in te schrijven." in response.content.decode()
    assert not Inschrijving.objects.exists() and not mail.outbox


def press_the_button(client, link):
    """Open a link from a mail and submit the one form on its page, as a person does."""
    page = client.get(link)
    form = BeautifulSoup(page.content, "html.parser").select_one("main form[method=post]")
    fields = {field["name"]: field.get("value", "") for field in form.select("input[name]")}
    return client.post(form["action"], fields)


def test_confirmation_link_subscribes_and_offers_the_unsubscribe_link(client, nieuwsbrief):
    sign_up(client)

    response = press_the_button(client, link_in(mail.outbox[0], "bevestigen"))

    assert response.status_code == 200
    assert "Je bent ingeschreven" in response.content.decode()
    assert Inschrijving.objects.subscribed().get().email == "an@school.be"
    assert "/nieuwsbrief/uitschrijven/?code=" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_confirmation_link_expires(client, nieuwsbrief, settings):
    sign_up(client)
    link = link_in(mail.outbox[0], "bevestigen")

    with time_machine.travel(timezone.now() + datetime.timedelta(days=8)):
        response = client.post("/nieuwsbrief/bevestigen/", {"code": link.split("code=")[1]})

    assert response.status_code == 400
    assert "Deze link is verlopen" in response.content.decode()
    assert not Inschrijving.objects.subscribed().exists()


@pytest.mark.parametrize("code", ["", "onzin", "a:b:c", "%00", "x" * 5000])
def test_forged_or_broken_confirmation_links_confirm_nothing(client, nieuwsbrief, code):
    InschrijvingFactory()

    response = client.post("/nieuwsbrief/bevestigen/", {"code": code})

    assert response.status_code == 400
    assert "Deze link werkt niet" in response.content.decode()
    assert not Inschrijving.objects.subscribed().exists()


def test_an_unsubscribe_link_cannot_be_used_to_confirm(client, nieuwsbrief):
    subscription = InschrijvingFactory()

    response = client.post(
        "/nieuwsbrief/bevestigen/", {"code": subscription.token(UNSUBSCRIBE_SALT)}
    )

    assert response.status_code == 400
    assert not Inschrijving.objects.subscribed().exists()


def test_signing_up_again_looks_the_same_whether_or_not_the_address_exists(client, nieuwsbrief):
    InschrijvingFactory(email="bestaat@school.be", confirmed=True)

    known = sign_up(client, email="bestaat@school.be", themes=[])
    unknown = sign_up(client, email="nieuw@school.be")

    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert client.get(known["Location"]).content == client.get(unknown["Location"]).content
    existing = Inschrijving.objects.get(email="bestaat@school.be")
    assert existing.is_subscribed
    assert [m.subject for m in mail.outbox] == [
        "Je bent al ingeschreven op de nieuwsbrief van Leerpunt",
        "Bevestig je inschrijving op de nieuwsbrief van Leerpunt",
    ]
    assert mail.outbox[0].extra_headers["List-Unsubscribe"].startswith("<http://localhost/")


def test_signing_up_again_before_confirming_sends_a_fresh_link(client, nieuwsbrief):
    sign_up(client, themes=[])
    sign_up(client)

    subscription = Inschrijving.objects.get()
    assert len(mail.outbox) == 2
    assert [theme.slug for theme in subscription.themes.all()] == ["feedback"]


def test_one_click_unsubscribe_deletes_the_sign_up(client, nieuwsbrief):
    subscription = InschrijvingFactory(confirmed=True)
    link = f"/nieuwsbrief/uitschrijven/?code={subscription.token(UNSUBSCRIBE_SALT)}"

    response = press_the_button(client, link)
    again = press_the_button(client, link)

    assert response.status_code == again.status_code == 200
    assert "Je bent uitgeschreven" in response.content.decode()
    assert not Inschrijving.objects.exists()
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("method", ["get", "head"])
def test_opening_the_links_changes_nothing(client, nieuwsbrief, method):
    """Mail systems' link scanners open every link (GET or HEAD) before the person does."""
    sign_up(client)
    confirmed = InschrijvingFactory(email="blijft@school.be", confirmed=True)
    confirm_link = link_in(mail.outbox[0], "bevestigen")
    unsubscribe_link = f"/nieuwsbrief/uitschrijven/?code={confirmed.token(UNSUBSCRIBE_SALT)}"

    confirm_page = getattr(client, method)(confirm_link)
    unsubscribe_page = getattr(client, method)(unsubscribe_link)

    assert confirm_page.status_code == unsubscribe_page.status_code == 200
    assert not Inschrijving.objects.get(email="an@school.be").is_subscribed
    assert Inschrijving.objects.filter(email="blijft@school.be").exists()
    if method == "get":
        buttons = [
            BeautifulSoup(page.content, "html.parser").select_one("main form button").get_text()
            for page in (confirm_page, unsubscribe_page)
        ]
        assert buttons == ["Ja, schrijf me in", "Schrijf me uit"]
        assert "no-store" in confirm_page["Cache-Control"]


def test_a_failing_mail_server_keeps_the_sign_up(client, nieuwsbrief, settings):
    settings.EMAIL_BACKEND = "tests.vraagpunt.broken_mail.BrokenBackend"

    response = sign_up(client)

    assert response.status_code == 302
    assert Inschrijving.objects.count() == 1


def test_export_for_the_mailing_service_holds_confirmed_addresses_only(client, nieuwsbrief):
    confirmed = InschrijvingFactory(email="ja@school.be", confirmed=True)
    confirmed.themes.set([ThemaFactory(slug="feedback")])
    InschrijvingFactory(email="nog-niet@school.be")
    client.force_login(get_user_model().objects.create_superuser("beheer", "b@l.be", "x-123-y"))

    response = client.get("/admin/inschrijving/", {"export": "csv"})

    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == [
        "E-mailadres",
        "Onderwijsniveaus",
        "Thema's",
        "Bevestigd op",
        "Uitschrijflink",
    ]
    assert [row[0] for row in rows[1:]] == ["ja@school.be"]
    assert rows[1][2] == "Feedback"
    assert rows[1][4].startswith("http://localhost/nieuwsbrief/uitschrijven/?code=")
    listing = client.get("/admin/inschrijving/").content.decode()
    assert "nog-niet@school.be" in listing  # editors still see who did not confirm


def test_retention_deletes_old_unconfirmed_sign_ups_only():
    now = timezone.now()
    InschrijvingFactory(email="oud@school.be", consent_at=now - datetime.timedelta(days=31))
    InschrijvingFactory(
        email="trouw@school.be", consent_at=now - datetime.timedelta(days=400), confirmed=True
    )
    InschrijvingFactory(email="vers@school.be")
    out = io.StringIO()

    call_command("apply_retention", stdout=out)

    assert sorted(Inschrijving.objects.values_list("email", flat=True)) == [
        "trouw@school.be",
        "vers@school.be",
    ]
    assert "1 onbevestigde inschrijvingen gewist" in out.getvalue()


def test_form_page_query_count_is_fixed_and_within_budget(client, nieuwsbrief):
    client.get("/nieuwsbrief/")
    with CaptureQueriesContext(connection) as few:
        client.get("/nieuwsbrief/")
    for number in range(40):
        ThemaFactory(slug=f"extra-{number}")
        OnderwijsniveauFactory(slug=f"niveau-extra-{number}")
    client.get("/nieuwsbrief/")  # saving snippets purged the cached shell; warm it again
    with CaptureQueriesContext(connection) as many:
        client.get("/nieuwsbrief/")

    assert len(few) == len(many) <= FORM_QUERY_BUDGET, [q["sql"] for q in many]
