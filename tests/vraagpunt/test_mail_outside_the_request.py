"""Mail leaves through a task: with production's database queue a hung mail server costs the
visitor nothing, and the worker gives up after EMAIL_TIMEOUT."""

import time

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from leerpunt_site.nieuwsbrief.models import Inschrijving
from leerpunt_site.vraagpunt.models import Vraag
from tests.nieuwsbrief.factories import NieuwsbriefPageFactory

from .factories import VraagpuntPageFactory

# The worker closes its database connection when done, so these tests commit for real.
pytestmark = pytest.mark.django_db(transaction=True)

QUESTION = {
    "question": "Hoe geef ik feedback op schrijftaken?",
    "role": "leraar",
    "email": "an@school.be",
    "consent": "on",
}


@pytest.fixture
def database_queue(settings):
    """TASKS as in production.py: mail waits in the database for `db_worker --backend mail`."""
    settings.TASKS = {**settings.TASKS, "mail": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_mail_worker():
    call_command("db_worker", "--backend", "mail", "--batch", "--no-startup-delay", verbosity=0)


def test_with_the_mail_server_hung_a_question_is_kept_and_answered_at_once(
    client, home, database_queue, hung_mail_server, settings
):
    VraagpuntPageFactory(parent=home)
    client.get("/vraagpunt/")  # templates compiled, site shell cached

    started = time.monotonic()
    response = client.post("/vraagpunt/", QUESTION)
    seconds = time.monotonic() - started

    assert response.status_code == 302
    assert response["Location"] == "/vraagpunt/bedankt/"
    assert hung_mail_server == []  # the request never even connected to the mail server
    assert seconds < settings.EMAIL_TIMEOUT
    assert Vraag.objects.get().question == QUESTION["question"]

    started = time.monotonic()
    run_mail_worker()

    assert time.monotonic() - started < 3 * settings.EMAIL_TIMEOUT  # the time-out ended the wait
    assert DBTaskResult.objects.get().status == "FAILED"
    assert Vraag.objects.count() == 1


def test_the_worker_sends_what_the_request_queued(client, home, database_queue):
    VraagpuntPageFactory(parent=home)
    NieuwsbriefPageFactory(parent=home)

    client.post("/vraagpunt/", QUESTION)
    client.post("/nieuwsbrief/", {"email": "lezer@school.be", "consent": "on"})

    assert mail.outbox == []
    run_mail_worker()
    assert sorted(message.subject for message in mail.outbox) == [
        "Bevestig je inschrijving op de nieuwsbrief van Leerpunt",
        "Nieuwe vraag via het Vraagpunt",
    ]
    assert Inschrijving.objects.get().email == "lezer@school.be"


def test_a_sign_up_is_kept_with_the_mail_server_hung(
    client, home, database_queue, hung_mail_server
):
    NieuwsbriefPageFactory(parent=home)

    response = client.post("/nieuwsbrief/", {"email": "lezer@school.be", "consent": "on"})

    assert response.status_code == 302
    assert Inschrijving.objects.get().email == "lezer@school.be"
    assert DBTaskResult.objects.get().status == "READY"
