"""Theme texts of the kennisagenda: drafted, previewed as the hub and published like a page.

Redactie drafts and submits them to the Publicatiecheck, Communicatie publishes them (directly or
by approving), Beheer owns the taxonomy: docs/editorial.md.
"""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text

from leerpunt_site.editorial import setup
from leerpunt_site.taxonomy.models import Thema
from tests.factories import ThemaFactory
from tests.kennisagenda.factories import build_agenda

from .factories import UserFactory

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"wagtailsnippets_taxonomy_thema:{name}", args=args)


def theme_form(theme, action=None, **changes):
    """The POST data of the theme editor as Redactie and Communicatie see it: the texts only."""
    fields = {
        "short_description": theme.short_description,
        "description": rich_text(theme.description),
        "plans": rich_text(theme.plans),
        **changes,
    }
    if action:
        fields[action] = "1"
    return nested_form_data(fields)


@pytest.fixture
def agenda(home, sections):
    agenda, themes = build_agenda(home)
    feedback = themes["feedback"]
    feedback.description = "<p>Wat vandaag online staat.</p>"
    feedback.save()
    return feedback


@pytest.fixture
def beheer(sections):
    return UserFactory(username="beheer", groups=[setup.BEHEER])


def hub(client):
    client.logout()
    return client.get("/kennisagenda/feedback/").content.decode()


def test_redactie_saves_a_draft_that_visitors_do_not_see(client, people, agenda):
    client.force_login(people["redacteur"])

    response = client.post(
        url("edit", agenda.pk),
        theme_form(agenda, description=rich_text("<p>Een nieuw concept.</p>")),
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    theme = Thema.objects.get(pk=agenda.pk)
    assert theme.live and theme.has_unpublished_changes
    assert "Een nieuw concept." in theme.get_latest_revision_as_object().description
    html = hub(client)
    assert "Wat vandaag online staat." in html and "Een nieuw concept." not in html


def test_redactie_cannot_publish_and_communicatie_can(client, people, agenda):
    client.force_login(people["redacteur"])
    client.post(
        url("edit", agenda.pk),
        theme_form(agenda, "action-publish", description=rich_text("<p>Door de redactie.</p>")),
    )
    assert "Door de redactie." not in hub(client)

    client.force_login(people["communicatie"])
    response = client.post(
        url("edit", agenda.pk),
        theme_form(agenda, "action-publish", description=rich_text("<p>Nu online.</p>")),
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert "Nu online." in hub(client)
    assert people["communicatie"].has_perm("taxonomy.publish_thema")
    assert not people["redacteur"].has_perm("taxonomy.publish_thema")


def test_the_editor_offers_publish_to_communicatie_only(client, people, agenda):
    client.force_login(people["redacteur"])
    redactie = client.get(url("edit", agenda.pk)).content.decode()
    client.force_login(people["communicatie"])
    communicatie = client.get(url("edit", agenda.pk)).content.decode()

    assert 'name="action-publish"' not in redactie
    assert 'name="action-submit"' in redactie  # to the Publicatiecheck
    assert 'name="action-publish"' in communicatie


def test_a_submitted_theme_text_waits_for_communicatie_and_goes_live_on_approval(
    client, people, agenda
):
    client.force_login(people["redacteur"])
    client.post(
        url("edit", agenda.pk),
        theme_form(agenda, "action-submit", description=rich_text("<p>Graag nakijken.</p>")),
    )
    theme = Thema.objects.get(pk=agenda.pk)
    assert theme.workflow_in_progress
    assert theme.current_workflow_task.name == "Nakijken door Communicatie"

    client.force_login(people["communicatie"])
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = dashboard[dashboard.find('id="wacht-op-beoordeling-section"') :]
    assert "Feedback" in panel and "thema" in panel and "Nakijken door Communicatie" in panel
    assert url("edit", agenda.pk) in panel
    assert url("workflow_preview", agenda.pk, theme.current_workflow_task.pk) in panel
    assert "Graag nakijken." not in hub(client)

    client.force_login(people["communicatie"])
    response = client.post(
        url("workflow_action", agenda.pk, "approve", theme.current_workflow_task_state.pk),
        {"comment": ""},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.status_code == 200, response.content.decode()[:2000]
    assert theme.workflow_states.get().status == WorkflowState.STATUS_APPROVED
    assert "Graag nakijken." in hub(client)


def test_the_taxonomy_fields_are_beheers(client, people, agenda, beheer):
    client.force_login(people["communicatie"])
    form = client.get(url("edit", agenda.pk)).content.decode()
    assert 'name="short_description"' in form
    assert 'name="slug"' not in form and 'name="name"' not in form

    client.post(
        url("edit", agenda.pk),
        theme_form(agenda, "action-publish", name="Anders", slug="anders"),
    )
    theme = Thema.objects.get(pk=agenda.pk)
    assert (theme.name, theme.slug) == ("Feedback", "feedback")

    client.force_login(beheer)
    assert 'name="slug"' in client.get(url("edit", agenda.pk)).content.decode()
    assert beheer.has_perm("taxonomy.publish_thema") and beheer.has_perm("taxonomy.add_thema")
    assert not people["communicatie"].has_perm("taxonomy.add_thema")


@pytest.mark.parametrize("person", ["redacteur", "communicatie"])
def test_the_preview_shows_the_hub_with_the_drafted_text(client, people, agenda, person):
    client.force_login(people[person])
    preview_url = url("preview_on_edit", agenda.pk)

    posted = client.post(
        preview_url, theme_form(agenda, description=rich_text("<p>Zo wordt het.</p>"))
    )
    assert posted.json()["is_valid"]
    response = client.get(preview_url)
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1>Feedback</h1>" in html
    assert "Zo wordt het." in html
    assert "Alles over dit thema" in html  # the hub's own template, not a stand-in
    assert "Zo wordt het." not in hub(client)


def test_a_new_theme_saved_as_draft_is_not_live(client, beheer, agenda):
    client.force_login(beheer)

    response = client.post(
        url("add"),
        nested_form_data(
            {
                "name": "Leesbegrip",
                "slug": "leesbegrip",
                "school_year": "2026-2027",
                "short_description": "Begrijpend lezen.",
                "description": rich_text(""),
                "plans": rich_text(""),
                "sort_order": "0",
            }
        ),
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert not Thema.objects.get(slug="leesbegrip").live
    client.logout()
    assert client.get("/kennisagenda/leesbegrip/").status_code == 404


def test_without_a_kennisagenda_page_the_preview_shows_the_texts_alone(client, people):
    theme = ThemaFactory(name="Feedback", slug="feedback", description="<p>Oud.</p>")
    client.force_login(people["communicatie"])
    preview_url = url("preview_on_edit", theme.pk)

    client.post(preview_url, theme_form(theme, description=rich_text("<p>Zo wordt het.</p>")))
    html = client.get(preview_url).content.decode()

    assert "<h1>Feedback</h1>" in html and "Zo wordt het." in html
    assert "Voorbeeld van een thema van de kennisagenda" in html


def test_the_theme_listing_says_which_themes_are_live(client, beheer):
    ThemaFactory(name="Feedback", slug="feedback")
    ThemaFactory(name="Leesbegrip", slug="leesbegrip", live=False)
    client.force_login(beheer)

    rows = client.get(url("list")).content.decode().split("<tr")

    assert "live" in next(row for row in rows if "Feedback" in row)
    assert "concept" in next(row for row in rows if "Leesbegrip" in row)
