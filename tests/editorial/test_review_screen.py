"""What reviewers and editors see around a decision: where they land, what changed, why it waits."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Page

from leerpunt_site.editorial.views import COMPARE_URL_NAME, HISTORY_URL_NAME

from .conftest import ALL_CRITERIA, decide, edit_form, submit

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def messages_on(client, user, page):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return [" ".join(li.get_text(" ").split()) for li in soup(response).select(".messages li")]


def test_after_deciding_in_the_modal_a_reviewer_lands_on_the_dashboard(client, people, sections):
    submit(client, people["redacteur"], sections["toolkit"], title="Toolkit 2027")

    response = decide(client, people["wetenschap"], sections["toolkit"], "approve", **ALL_CRITERIA)

    assert json.loads(response.content)["redirect"] == reverse("wagtailadmin_home")
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_after_deciding_in_the_editor_a_committee_member_lands_where_they_may_go(
    client, people, sections
):
    toolkit = sections["toolkit"]
    submit(client, people["redacteur"], toolkit, title="Toolkit 2027")
    client.force_login(people["wetenschap"])

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[toolkit.pk]),
        {
            **edit_form(toolkit, "action-workflow-action"),
            "workflow-action-name": "reject",
            "workflow-action-extra-data": json.dumps({"comment": "Bron ontbreekt."}),
        },
    )

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert client.get(response.url).status_code == 200


def test_a_reviewer_of_a_live_page_is_offered_the_changes_against_the_live_version(
    client, people, sections
):
    toolkit = sections["toolkit"]
    submit(client, people["redacteur"], toolkit, title="Toolkit 2027")
    page = Page.objects.get(pk=toolkit.pk)
    compare_url = reverse(
        COMPARE_URL_NAME, args=[page.pk, page.live_revision_id, page.latest_revision_id]
    )

    shown = messages_on(client, people["wetenschap"], toolkit)
    assert any("Vergelijk met de live versie" in message for message in shown)
    dashboard = soup(client.get(reverse("wagtailadmin_home")))
    assert dashboard.find("a", href=compare_url) is not None

    compare = soup(client.get(compare_url))
    # The title row marks what was added to the live title.
    title_row = compare.find("div", string="Titel:").find_parent("tr")
    assert title_row.select_one(".comparison .addition").get_text() == " 2027"


def test_committee_members_may_read_the_history_others_may_not(client, people, sections):
    toolkit = sections["toolkit"]
    submit(client, people["redacteur"], toolkit, title="Toolkit 2027")
    decide(client, people["wetenschap"], toolkit, "reject", comment="Cijfers nakijken.")
    history_url = reverse(HISTORY_URL_NAME, args=[toolkit.pk])

    client.force_login(people["gebruiker"])
    assert client.get(history_url).status_code == 200
    # The scientific committee's reason is in the history the user committee reads.
    rows = [
        " ".join(row.get_text(" ").split()) for row in soup(client.get(history_url)).select("tr")
    ]
    assert any("Cijfers nakijken." in row for row in rows)

    outsider = people["communicatie"]
    outsider.groups.clear()
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    refused = client.get(history_url)  # Wagtail answers PermissionDenied with "geen toegang"
    assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")


def test_the_editor_sees_why_changes_were_requested(client, people, sections):
    toolkit = sections["toolkit"]
    submit(client, people["redacteur"], toolkit, title="Toolkit 2027")
    decide(
        client, people["wetenschap"], toolkit, "reject", comment="Bron van de cijfers ontbreekt."
    )

    shown = messages_on(client, people["redacteur"], toolkit)

    assert any(
        message.startswith("Wetenschappelijke check: wijzigingen gevraagd door Wetenschap.")
        and "Bron van de cijfers ontbreekt." in message
        for message in shown
    ), shown


def test_a_member_of_both_committees_is_told_why_the_next_step_is_locked(client, people, sections):
    toolkit = sections["toolkit"]
    submit(client, people["redacteur"], toolkit, title="Toolkit 2027")
    decide(client, people["dubbel"], toolkit, "approve", **ALL_CRITERIA)
    page = Page.objects.get(pk=toolkit.pk)

    message = page.get_lock().get_message(people["dubbel"])

    assert "Je keurde een vorige stap van deze versie al goed." in message
    assert "Gebruikerscommissie" in message


def test_a_preview_may_be_framed_by_the_admin_only(client, sections):
    toolkit = sections["toolkit"]

    preview = toolkit.make_preview_request()
    public = client.get(toolkit.url)

    assert "frame-ancestors 'self'" in preview["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in public["Content-Security-Policy"]
    # Otherwise the preview keeps the public policy: no inline scripts.
    assert "'unsafe-inline'" not in preview["Content-Security-Policy"]
