"""Staff turn a stored question into a draft answer page: the question only, no personal data."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from leerpunt_site.antwoorden.models import VraagAntwoordPage
from leerpunt_site.antwoorden.views import without_personal_data
from leerpunt_site.editorial.setup import WETENSCHAPPELIJKE_COMMISSIE
from tests.vraagpunt.factories import VraagFactory

from .factories import VraagAntwoordPageFactory, answer_bank

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home):
    return answer_bank(home)[1]


@pytest.fixture
def staff_client(client):
    user = get_user_model().objects.create_superuser("beheer", "beheer@leerpunt.be", "geheim-123")
    client.force_login(user)
    return client


def test_a_question_becomes_a_draft_answer_without_the_askers_details(staff_client, index):
    vraag = VraagFactory(
        question="Hoe pak ik huiswerk aan? Mail me op an.peeters@school.be of bel 0470 12 34 56.",
        email="an.peeters@school.be",
        internal_note="An Peeters, leraar in Gent",
    )

    response = staff_client.post(f"/admin/antwoorden/van-vraag/{vraag.pk}/")

    page = VraagAntwoordPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert not page.live and page.source_question == vraag
    assert page.question == "Hoe pak ik huiswerk aan? Mail me op [verwijderd] of bel [verwijderd]."
    stored = str(page.latest_revision.content)
    for personal in ("an.peeters", "0470", "Peeters", "Gent"):
        assert personal not in stored
        assert personal not in page.title


def test_the_confirmation_shows_existing_answers(staff_client, index):
    vraag = VraagFactory()
    VraagAntwoordPageFactory(parent=index, title="Al beantwoord", source_question=vraag)

    page = BeautifulSoup(
        staff_client.get(f"/admin/antwoorden/van-vraag/{vraag.pk}/").content, "html.parser"
    )

    assert [a.get_text(strip=True) for a in page.select("main ul a")] == ["Al beantwoord"]


def test_staff_see_which_questions_have_an_answer_page(staff_client, index):
    answered = VraagFactory(question="Beantwoorde vraag")
    VraagFactory(question="Open vraag")
    VraagAntwoordPageFactory(parent=index, source_question=answered)

    page = BeautifulSoup(staff_client.get("/admin/vraag/").content, "html.parser")

    rows = {
        row.select_one("td a").get_text(strip=True): row.get_text(" ", strip=True)
        for row in page.select("tbody tr")
    }
    assert "Gepubliceerd" in rows["Beantwoorde vraag"]
    assert "Geen" in rows["Open vraag"]


def test_users_who_cannot_add_answers_are_refused(client, index):
    user = get_user_model().objects.create_user("wetenschap", password="geheim-123")
    user.groups.add(Group.objects.get(name=WETENSCHAPPELIJKE_COMMISSIE))
    client.force_login(user)
    vraag = VraagFactory()

    response = client.post(f"/admin/antwoorden/van-vraag/{vraag.pk}/")

    assert response.status_code in (302, 403)
    assert not VraagAntwoordPage.objects.exists()


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("mail an@school.be nu", "mail [verwijderd] nu"),
        ("bel +32 9 396 71 48", "bel [verwijderd]"),
        ("zie https://example.org/x?y=1", "zie [verwijderd]"),
        ("in 2024 hadden we 30 leerlingen", "in 2024 hadden we 30 leerlingen"),
    ],
)
def test_personal_data_in_the_question_text_is_removed(text, cleaned):
    assert without_personal_data(text) == cleaned
