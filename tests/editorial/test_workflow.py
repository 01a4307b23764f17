"""The Kwaliteitscheck from the admin: submit, two committee steps, four eyes, re-approval."""

import json

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page, PageLogEntry, TaskState, WorkflowState
from wagtail.test.utils.form_data import rich_text

from tests.toolkit.factories import ToolkitPageFactory
from toolkit.models import ToolkitItemPage

from .conftest import ALL_CRITERIA, current_step, decide, edit_form, submit, toolkit_item_form

pytestmark = pytest.mark.django_db

CRITERIA_LINE = (
    "Bevestigde kwaliteitscriteria: wetenschappelijke deskundigheid, betrouwbaarheid, "
    "toegankelijkheid, bruikbaarheid."
)


def live_title(page):
    return Page.objects.get(pk=page.pk).title


def test_a_new_toolkit_item_goes_live_only_after_both_committees_approve(client, people, sections):
    toolkit = ToolkitPageFactory(parent=sections["toolkit"], title="Leren en lesgeven")
    toolkit.save_revision().publish()

    # An editor (Redactie) writes a toolkit item and submits it to the Kwaliteitscheck.
    client.force_login(people["redacteur"])
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["toolkit", "toolkititempage", toolkit.pk]),
        toolkit_item_form(
            "action-submit",
            title="Peer tutoring",
            slug="peer-tutoring",
            summary="Leerlingen leren van en met elkaar, in duo's of kleine groepjes.",
            impact_months="5",
            cost="1",
            evidence="4",
            what_it_is=rich_text("<p>Leerlingen geven elkaar uitleg en feedback.</p>"),
            last_reviewed="2026-03-01",
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    item = ToolkitItemPage.objects.get(slug="peer-tutoring")
    assert current_step(item) == "Wetenschappelijke check"
    assert not item.live
    assert decide(client, people["redacteur"], item, "approve", **ALL_CRITERIA).status_code == 403

    # A member of the Wetenschappelijke commissie, who also sits on the Gebruikerscommissie,
    # approves the scientific step, ticking the four criteria ...
    scientist = people["dubbel"]
    response = decide(
        client, scientist, item, "approve", **ALL_CRITERIA, comment="Cijfers kloppen met de EEF."
    )
    assert response.status_code == 200 and json.loads(response.content)["step"] == "success"
    assert current_step(item) == "Bruikbaarheidscheck"
    client.logout()
    assert client.get(item.url).status_code == 404
    assert "Peer tutoring" not in client.get(toolkit.url).content.decode()

    # ... and cannot approve the usability step as well.
    assert decide(client, scientist, item, "approve", **ALL_CRITERIA).status_code == 403
    task = Page.objects.get(pk=item.pk).current_workflow_task
    assert task.get_actions(item, scientist) == []
    assert current_step(item) == "Bruikbaarheidscheck"

    # A member of the Gebruikerscommissie approves: the item is live.
    decide(client, people["gebruiker"], item, "approve", **ALL_CRITERIA)

    assert current_step(item) is None
    approvals = PageLogEntry.objects.filter(page=item, action="wagtail.workflow.approve")
    assert [entry.data["comment"].split("\n")[0] for entry in approvals] == [CRITERIA_LINE] * 2
    item.refresh_from_db()
    assert item.live and item.impact_months == 5
    client.logout()
    assert client.get(item.url).status_code == 200
    listing = client.get(toolkit.url).content.decode()
    assert '<a href="/toolkit/leren-en-lesgeven/peer-tutoring/">Peer tutoring</a>' in listing
    call_command("update_index", verbosity=0)
    results = client.get("/zoeken/", {"q": "tutoring"}).content.decode()
    assert 'href="/toolkit/leren-en-lesgeven/peer-tutoring/"' in results


@pytest.mark.parametrize("section", ["toolkit", "leidraden", "onderzoeken"])
def test_redactie_and_communicatie_cannot_publish_in_checked_sections(
    client, people, sections, section
):
    page = sections[section]
    for role in ("redacteur", "communicatie"):
        permissions = page.permissions_for_user(people[role])
        assert permissions.can_edit() and permissions.can_submit_for_moderation()
        assert not permissions.can_publish()

    # Pressing "Publiceren" anyway saves a draft; the live page does not change.
    client.force_login(people["redacteur"])
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_form(page, "action-publish", title="Rechtstreeks online"),
    )

    assert live_title(page) == page.title
    assert Page.objects.get(pk=page.pk).get_latest_revision().as_object().title == (
        "Rechtstreeks online"
    )


def test_communicatie_publishes_updates_and_standard_pages_redactie_submits_them(
    client, people, sections
):
    for page in (sections["updates"], sections["over"]):
        assert page.permissions_for_user(people["communicatie"]).can_publish()
        assert not page.permissions_for_user(people["redacteur"]).can_publish()

    updates = sections["updates"]
    submit(client, people["redacteur"], updates, title="Nieuws van Leerpunt")
    assert current_step(updates) == "Nakijken door Communicatie"

    decide(client, people["communicatie"], updates, "approve", comment="Mag online.")

    assert live_title(updates) == "Nieuws van Leerpunt"


def test_the_submitter_cannot_approve_even_as_a_committee_member(client, people, sections):
    author = people["wetenschap"]
    author.groups.add(*people["redacteur"].groups.all())
    toolkit = sections["toolkit"]

    submit(client, author, toolkit, title="Toolkit 2027")

    task = Page.objects.get(pk=toolkit.pk).current_workflow_task
    assert task.get_actions(toolkit, author) == []
    assert decide(client, author, toolkit, "approve", **ALL_CRITERIA).status_code == 403
    assert "wacht-op-beoordeling" not in client.get(reverse("wagtailadmin_home")).content.decode()
    # Another member of the committee can.
    assert [name for name, _, _ in task.get_actions(toolkit, people["dubbel"])] == [
        "reject",
        "approve",
    ]


def test_approving_requires_all_four_criteria(client, people, sections):
    toolkit = sections["toolkit"]
    submit(client, people["redacteur"], toolkit, title="Toolkit 2027")
    three = {name: "on" for name in list(ALL_CRITERIA)[:3]}

    response = decide(client, people["wetenschap"], toolkit, "approve", **three)

    assert "Bevestig de bruikbaarheid." in json.loads(response.content)["html"]
    assert current_step(toolkit) == "Wetenschappelijke check"


def test_approval_and_criteria_are_kept_in_the_page_history(client, people, sections):
    toolkit = sections["toolkit"]
    submit(client, people["redacteur"], toolkit, title="Toolkit 2027")

    decide(
        client,
        people["wetenschap"],
        toolkit,
        "approve",
        **ALL_CRITERIA,
        comment="Sterk onderbouwd.",
    )

    state = TaskState.objects.filter(status="approved").get().specific
    assert state.finished_by == people["wetenschap"]
    assert state.confirmed_criteria() == [
        "wetenschappelijke deskundigheid",
        "betrouwbaarheid",
        "toegankelijkheid",
        "bruikbaarheid",
    ]
    entry = PageLogEntry.objects.get(page=toolkit, action="wagtail.workflow.approve")
    assert entry.data["comment"] == CRITERIA_LINE + "\nSterk onderbouwd."
    client.force_login(people["redacteur"])
    history = client.get(reverse("wagtailadmin_pages:history", args=[toolkit.pk])).content
    assert "Sterk onderbouwd." in history.decode()


def test_requesting_changes_needs_a_reason(client, people, sections):
    toolkit = sections["toolkit"]
    submit(client, people["redacteur"], toolkit, title="Toolkit 2027")

    response = decide(client, people["wetenschap"], toolkit, "reject")
    assert "Leg uit wat er moet veranderen." in json.loads(response.content)["html"]

    decide(client, people["wetenschap"], toolkit, "reject", comment="Cijfers nakijken.")
    workflow_state = WorkflowState.objects.get()
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert workflow_state.current_task_state.specific.get_comment() == "Cijfers nakijken."


def test_an_edit_after_approval_sends_the_page_through_the_whole_check_again(
    client, people, sections
):
    onderzoeken = sections["onderzoeken"]
    submit(client, people["redacteur"], onderzoeken, title="Onderzoeken 2026")
    decide(client, people["wetenschap"], onderzoeken, "approve", **ALL_CRITERIA)
    decide(client, people["gebruiker"], onderzoeken, "reject", comment="Te veel jargon.")

    # The editor changes the text and resubmits: the usability step comes back first ...
    submit(client, people["redacteur"], onderzoeken, title="Onderzoeken van Leerpunt")
    assert current_step(onderzoeken) == "Bruikbaarheidscheck"
    decide(client, people["gebruiker"], onderzoeken, "approve", **ALL_CRITERIA)

    # ... and the scientific approval of the old text no longer counts.
    assert current_step(onderzoeken) == "Wetenschappelijke check"
    assert live_title(onderzoeken) == "Onderzoeken"

    decide(client, people["wetenschap"], onderzoeken, "approve", **ALL_CRITERIA)

    assert current_step(onderzoeken) is None
    assert live_title(onderzoeken) == "Onderzoeken van Leerpunt"


def test_a_reviewer_who_edits_while_approving_restarts_the_check(client, people, sections):
    toolkit = sections["toolkit"]
    submit(client, people["redacteur"], toolkit, title="Toolkit 2027")
    decide(client, people["wetenschap"], toolkit, "approve", **ALL_CRITERIA)

    # What the editor's "Goedkeuren" does: save the edits, then approve with the modal's data.
    client.force_login(people["gebruiker"])
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[toolkit.pk]),
        {
            **edit_form(toolkit, "action-workflow-action", title="Toolkit voor de klas"),
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps(dict.fromkeys(ALL_CRITERIA, True)),
        },
    )

    assert response.status_code == 302
    assert current_step(toolkit) == "Wetenschappelijke check"
    assert live_title(toolkit) == "Toolkit"


def test_the_page_editor_cannot_approve_without_the_criteria(client, people, sections):
    toolkit = sections["toolkit"]
    submit(client, people["redacteur"], toolkit, title="Toolkit 2027")
    client.force_login(people["wetenschap"])

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[toolkit.pk]),
        {
            **edit_form(toolkit, "action-workflow-action"),
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps({"betrouwbaarheid": True}),
        },
    )

    # Wagtail's admin answers a PermissionDenied with a redirect to the dashboard.
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert current_step(toolkit) == "Wetenschappelijke check"
    assert not TaskState.objects.filter(status=TaskState.STATUS_APPROVED).exists()


def test_reviewers_open_the_page_in_their_step_and_others_find_it_locked(client, people, sections):
    toolkit = sections["toolkit"]
    submit(client, people["redacteur"], toolkit, title="Toolkit 2027")
    edit_url = reverse("wagtailadmin_pages:edit", args=[toolkit.pk])

    client.force_login(people["wetenschap"])
    reviewer_view = client.get(edit_url).content.decode()
    client.force_login(people["gebruiker"])
    other_committee = client.get(edit_url)

    assert "Goedkeuren" in reviewer_view and "Wijzigingen vragen" in reviewer_view
    assert other_committee.status_code == 302  # no access: the page is not in their step


def test_each_committee_is_mailed_when_its_step_starts(client, people, sections, mailoutbox):
    submit(client, people["redacteur"], sections["toolkit"], title="Toolkit 2027")

    assert {to for mail in mailoutbox for to in mail.to} >= {
        "wetenschap@example.org",
        "dubbel@example.org",
    }
    assert "gebruiker@example.org" not in {to for mail in mailoutbox for to in mail.to}
    mailoutbox.clear()

    decide(client, people["wetenschap"], sections["toolkit"], "approve", **ALL_CRITERIA)

    assert "gebruiker@example.org" in {to for mail in mailoutbox for to in mail.to}
