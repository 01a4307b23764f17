"""Editors handle questions in the admin: list, filters, status, CSV export; retention."""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from leerpunt_site.vraagpunt.models import Vraag
from tests.factories import OnderwijsniveauFactory, ThemaFactory

from .factories import VraagFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("beheer", "beheer@leerpunt.be", "geheim-123")
    client.force_login(user)
    return client


def exported_rows(response):
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


def test_questions_are_listed_with_their_status_newest_first(editor_client):
    VraagFactory(question="Oudere vraag over huiswerk")
    VraagFactory(question="Nieuwe vraag over feedback", status=Vraag.Status.IN_BEHANDELING)

    html = editor_client.get("/admin/vraag/").content.decode()

    assert html.index("Nieuwe vraag over feedback") < html.index("Oudere vraag over huiswerk")
    assert "In behandeling" in html and "Nieuw" in html


def test_list_filters_by_status(editor_client):
    VraagFactory(question="Nog te bekijken")
    VraagFactory(question="Al beantwoord", status=Vraag.Status.BEANTWOORD)

    html = editor_client.get("/admin/vraag/", {"status": "beantwoord"}).content.decode()

    assert "Al beantwoord" in html and "Nog te bekijken" not in html


def test_csv_export_holds_every_question_with_role_level_and_themes(editor_client):
    vraag = VraagFactory(
        question="Hoe pak ik huiswerk aan?", level=OnderwijsniveauFactory(name="Secundair")
    )
    vraag.themes.set([ThemaFactory(name="Huiswerk")])

    response = editor_client.get("/admin/vraag/", {"export": "csv"})

    rows = exported_rows(response)
    assert response["Content-Disposition"] == 'attachment; filename="vraagpunt-vragen.csv"'
    assert rows[0][:6] == [
        "Ontvangen op",
        "Status",
        "Beantwoord op",
        "Rol",
        "Onderwijsniveau",
        "Thema's",
    ]
    assert rows[1][3:8] == [
        "Leraar",
        "Secundair",
        "Huiswerk",
        "Hoe pak ik huiswerk aan?",
        vraag.email,
    ]


def test_csv_export_neutralises_spreadsheet_formulas_from_visitors(editor_client):
    VraagFactory(question='=HYPERLINK("http://kwaad.example","klik")')

    rows = exported_rows(editor_client.get("/admin/vraag/", {"export": "csv"}))

    assert rows[1][6].startswith("'=HYPERLINK")


def test_editor_sets_status_theme_and_note_but_not_the_visitors_words(editor_client):
    vraag = VraagFactory(question="Originele vraag")
    theme = ThemaFactory()

    response = editor_client.post(
        f"/admin/vraag/edit/{vraag.pk}/",
        {
            "status": "beantwoord",
            "themes": [theme.pk],
            "internal_note": "Doorverwezen naar de leidraad.",
            "question": "Aangepast",
        },
    )

    vraag.refresh_from_db()
    assert response.status_code == 302
    assert vraag.status == "beantwoord" and vraag.answered_at is not None
    assert list(vraag.themes.all()) == [theme]
    assert vraag.question == "Originele vraag"


def test_questions_cannot_be_created_in_the_admin(editor_client):
    assert editor_client.get("/admin/vraag/new/").status_code in (302, 403)
    assert "/admin/vraag/new/" not in editor_client.get("/admin/vraag/").content.decode()


def test_retention_anonymises_old_questions_and_keeps_recent_ones(settings):
    now = timezone.now()
    old_answer = VraagFactory(
        status=Vraag.Status.BEANTWOORD, internal_note="Jan van school X gebeld"
    )
    Vraag.objects.filter(pk=old_answer.pk).update(answered_at=now - datetime.timedelta(days=731))
    never_answered = VraagFactory(created_at=now - datetime.timedelta(days=800))
    recent_answer = VraagFactory(status=Vraag.Status.BEANTWOORD)
    out = io.StringIO()

    call_command("apply_retention", stdout=out)

    old_answer.refresh_from_db()
    never_answered.refresh_from_db()
    recent_answer.refresh_from_db()
    assert old_answer.email == "" and old_answer.internal_note == ""
    assert old_answer.question  # kept, without who asked it, for the kennisagenda
    assert never_answered.email == ""
    assert recent_answer.email != ""
    assert out.getvalue().startswith("2 vragen geanonimiseerd")
