"""The Vraagpunt: a question is stored, staff hear of it, nothing is lost when mail fails."""

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from leerpunt_site.vraagpunt.models import Vraag
from tests.factories import OnderwijsniveauFactory

from .factories import VraagpuntPageFactory

pytestmark = pytest.mark.django_db

# The page cache is off in tests; the site shell comes from its warm fragment cache,
# as on a running site (docs/performance.md). Budget: 10 queries, fixed.
FORM_QUERY_BUDGET = 10


@pytest.fixture
def vraagpunt(home):
    OnderwijsniveauFactory(name="Lager onderwijs", slug="lager")
    return VraagpuntPageFactory(parent=home)


def valid_post(**changes):
    data = {
        "question": "Hoe geef ik feedback die leerlingen echt gebruiken?",
        "role": "leraar",
        "level": "",
        "email": "an@school.be",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return data


def test_form_shows_labelled_fields_consent_link_and_no_ticked_box(client, vraagpunt):
    html = client.get("/vraagpunt/").content.decode()

    assert '<label for="id_question">Je vraag</label>' in html
    assert '<label for="id_email">Je e-mailadres</label>' in html
    assert 'href="/privacy/"' in html
    assert "checked" not in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'aria-describedby="id_question_helptext"' in html


def test_a_question_is_stored_staff_are_told_and_the_visitor_sees_the_thanks(client, vraagpunt):
    level = OnderwijsniveauFactory(slug="lager")

    response = client.post("/vraagpunt/", valid_post(level=level.pk), follow=True)

    vraag = Vraag.objects.get()
    assert vraag.question == "Hoe geef ik feedback die leerlingen echt gebruiken?"
    assert vraag.level == level and vraag.email == "an@school.be"
    assert vraag.status == Vraag.Status.NIEUW and vraag.consent_at is not None
    assert response.redirect_chain == [("/vraagpunt/bedankt/", 302)]
    assert "Bedankt voor je vraag!" in response.content.decode()
    [notification] = mail.outbox
    assert notification.to == ["info@leerpunt.be"]
    assert notification.reply_to == ["an@school.be"]
    assert "Hoe geef ik feedback" in notification.body
    assert f"/admin/vraag/edit/{vraag.pk}/" in notification.body


def test_notification_address_comes_from_settings(client, vraagpunt, settings):
    settings.VRAAGPUNT_NOTIFY_EMAIL = "vragen@leerpunt.be"

    client.post("/vraagpunt/", valid_post())

    assert mail.outbox[0].to == ["vragen@leerpunt.be"]


def test_a_failing_mail_server_loses_no_question(client, vraagpunt, settings, caplog):
    settings.EMAIL_BACKEND = "tests.vraagpunt.broken_mail.BrokenBackend"

    response = client.post("/vraagpunt/", valid_post())

    assert response.status_code == 302
    assert Vraag.objects.count() == 1
    [failure] = [record for record in caplog.records if record.name == "django_tasks"]
    assert "path=leerpunt_site.vraagpunt.vraag.mail_staff state=FAILED" in failure.getMessage()


def test_invalid_form_comes_back_with_errors_and_keeps_what_was_typed(client, vraagpunt):
    response = client.post("/vraagpunt/", valid_post(email="geen-adres", consent=""))
    html = response.content.decode()

    assert response.status_code == 200
    assert Vraag.objects.count() == 0
    assert "<title>Fout: " in html
    assert "Kijk je formulier even na" in html
    assert 'href="#id_email"' in html and 'href="#id_consent"' in html
    assert 'aria-invalid="true"' in html
    assert "Hoe geef ik feedback die leerlingen echt gebruiken?" in html


def test_question_has_a_length_limit(client, vraagpunt):
    response = client.post("/vraagpunt/", valid_post(question="x" * 3001))

    assert response.status_code == 200
    assert Vraag.objects.count() == 0
    assert "3000" in response.content.decode()


def test_form_page_query_count_is_fixed_and_within_budget(client, vraagpunt):
    client.get("/vraagpunt/")
    with CaptureQueriesContext(connection) as few:
        client.get("/vraagpunt/")
    for number in range(40):
        OnderwijsniveauFactory(slug=f"niveau-extra-{number}")
    client.get("/vraagpunt/")  # saving snippets purged the cached shell; warm it again
    with CaptureQueriesContext(connection) as many:
        client.get("/vraagpunt/")

    assert len(few) == len(many) <= FORM_QUERY_BUDGET, [q["sql"] for q in many]
