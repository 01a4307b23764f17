"""Editors can add every page type and choose organisations from the snippet listing."""

import pytest
from django.contrib.auth import get_user_model

from .factories import OrganisatieFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("beheer", "beheer@example.org", "wachtwoord")
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("index_fixture", "model"),
    [
        ("project_index", "projectpage"),
        ("research_index", "onderzoekpage"),
        ("call_index", "oproeppage"),
    ],
)
def test_add_forms_open_for_each_page_type(editor_client, request, index_fixture, model):
    index = request.getfixturevalue(index_fixture)

    response = editor_client.get(f"/admin/pages/add/projecten/{model}/{index.pk}/")

    assert response.status_code == 200


def test_organisations_are_listed_and_choosable(editor_client):
    OrganisatieFactory(name="Arteveldehogeschool")

    listing = editor_client.get("/admin/snippets/projecten/organisatie/")
    chooser = editor_client.get("/admin/snippets/choose/projecten/organisatie/")

    assert "Arteveldehogeschool" in listing.content.decode()
    assert chooser.status_code == 200
