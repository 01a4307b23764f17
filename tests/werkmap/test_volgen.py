"""Volg deze aanpak: double opt-in, one digest a day when figures change, one-click unsubscribe."""

import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from tests.editorial.conftest import ALL_CRITERIA, decide, people, sections  # noqa: F401
from tests.toolkit.factories import ToolkitItemPageFactory, ToolkitPageFactory
from volgen.models import Melding, Volger, Volging

pytestmark = pytest.mark.django_db


def follow(client, page, email):
    return client.post(f"/volgen/?pagina={page.pk}", {"email": email, "consent": "on"})


def link_in(message, path):
    return re.search(rf"http://\S+{path}\?code=\S+", message.body)[0]


@pytest.fixture
def feedback(sections):  # noqa: F811
    toolkit = ToolkitPageFactory(parent=sections["toolkit"])
    toolkit.save_revision().publish()
    item = ToolkitItemPageFactory(parent=toolkit, title="Feedback", impact_months=6)
    item.save_revision().publish()
    return item


def test_the_toolkit_item_links_to_its_follow_form(client, feedback):
    soup = BeautifulSoup(client.get(feedback.url).content, "html.parser")
    link = soup.select_one(".volg a")
    assert link.get_text(strip=True) == "Volg deze aanpak"
    form = BeautifulSoup(client.get(link["href"]).content, "html.parser")
    assert form.h1.get_text(strip=True) == "Volg Feedback"


def test_bad_input_gets_a_clear_message(client, feedback):
    assert client.get("/volgen/?pagina=99999999").status_code == 404
    response = client.post(f"/volgen/?pagina={feedback.pk}", {"email": "geen adres"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 400
    assert [a.get_text() for a in soup.select(".form-notice a")] == [
        "Vul een geldig e-mailadres in, bv. naam@school.be.",
        "Vink het vakje aan om te volgen.",
    ]
    assert client.get("/volgen/bevestigen/?code=vals").status_code == 400


def test_a_changed_impact_mails_one_digest_to_confirmed_followers_only(
    client,
    people,  # noqa: F811 - the editorial fixture, imported above
    feedback,
):
    follow(client, feedback, "bevestigd@school.be")
    follow(client, feedback, "onbevestigd@school.be")
    confirm_mail = next(m for m in mail.outbox if m.to == ["bevestigd@school.be"])
    assert client.get(link_in(confirm_mail, "/volgen/bevestigen/")).status_code == 200
    mail.outbox.clear()

    # Feedback's impact changes through the Kwaliteitscheck: both committees approve.
    item = Page.objects.get(pk=feedback.pk).specific
    item.impact_months = 7
    item.change_note = "Nieuwe studies in de update van de bron."
    item.save_revision(user=people["redacteur"])
    item.get_workflow().start(item, people["redacteur"])
    decide(client, people["dubbel"], item, "approve", **ALL_CRITERIA)
    decide(client, people["gebruiker"], item, "approve", **ALL_CRITERIA)
    assert Page.objects.get(pk=item.pk).specific.impact_months == 7
    mail.outbox.clear()  # the workflow's own notices to the reviewers

    call_command("send_follow_digests")
    call_command("send_follow_digests")  # the same day: no second mail

    assert [message.to for message in mail.outbox] == [["bevestigd@school.be"]]
    digest = mail.outbox[0]
    assert "Feedback: impact gewijzigd van +6 maanden naar +7 maanden." in digest.body
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # One click: a POST without a CSRF cookie, as a mail client sends it.
    unsubscribe = link_in(digest, "/volgen/uitschrijven/")
    client.logout()
    assert client.get(unsubscribe).status_code == 200  # shows the button, deletes nothing
    assert Volger.objects.filter(email="bevestigd@school.be").exists()
    response = client.post(unsubscribe, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Volger.objects.filter(email="bevestigd@school.be").exists()
    assert not Volging.objects.filter(volger__email="bevestigd@school.be").exists()


def test_a_new_digest_comes_the_next_day_for_new_events_only(client, feedback):
    follow(client, feedback, "leraar@school.be")
    client.get(link_in(mail.outbox[0], "/volgen/bevestigen/"))
    volger = Volger.objects.get()
    volger.last_digest_at = timezone.now() - timedelta(days=1)
    volger.save()
    mail.outbox.clear()

    call_command("send_follow_digests")  # nothing happened since: no mail
    Melding.objects.create(key="test", page=feedback, text="Er is iets veranderd.", url="http://x/")
    call_command("send_follow_digests")

    assert len(mail.outbox) == 1


def test_retention_erases_follows_never_confirmed(client, feedback):
    follow(client, feedback, "vergeten@school.be")
    Volging.objects.update(consent_at=timezone.now() - timedelta(days=31))

    call_command("apply_retention")

    assert not Volger.objects.exists()
