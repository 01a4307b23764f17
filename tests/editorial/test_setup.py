"""Groups, permissions and workflow assignments: created once, repeatable, following new sections."""

import io
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from modelcluster.fields import ParentalKey
from wagtail.models import GroupPagePermission, Page, WorkflowPage, WorkflowTask
from wagtail.test.utils.form_data import nested_form_data, streamfield

from leerpunt_site.editorial import setup
from leerpunt_site.home.models import StandardPage
from leerpunt_site.taxonomy.models import Thema

pytestmark = pytest.mark.django_db


def test_the_checked_sections_get_the_kwaliteitscheck_and_the_rest_the_publicatiecheck(
    sections, home
):
    for name in ("toolkit", "leidraden", "onderzoeken"):
        workflow = sections[name].get_workflow()
        assert workflow.name == "Kwaliteitscheck"
        assert [task.name for task in workflow.tasks] == [
            "Wetenschappelijke check",
            "Bruikbaarheidscheck",
        ]
    for page in (home, sections["updates"], sections["over"]):
        assert page.get_workflow().name == "Publicatiecheck"


def test_wagtails_starter_groups_are_replaced(sections):
    assert set(Group.objects.values_list("name", flat=True)) == {
        "Redactie",
        "Communicatie",
        "Wetenschappelijke commissie",
        "Gebruikerscommissie",
        "Beheer",
    }


def test_running_the_setup_again_changes_nothing(sections):
    def snapshot():
        return (
            Group.objects.count(),
            GroupPagePermission.objects.count(),
            WorkflowTask.objects.count(),
            sorted(WorkflowPage.objects.values_list("page_id", "workflow__name")),
        )

    before = snapshot()
    setup.apply()
    call_command("setup_editorial", stdout=io.StringIO())

    assert snapshot() == before


def test_setup_editorial_reports_where_each_rule_applies(sections):
    output = io.StringIO()

    call_command("setup_editorial", stdout=output)

    assert "Kwaliteitscheck op: /home/toolkit/, /home/leidraden/, /home/onderzoeken/" in (
        output.getvalue()
    )
    assert "/home/updates/" in output.getvalue()


def test_a_new_top_level_page_can_be_published_by_communicatie(client, people, home):
    client.force_login(people["communicatie"])

    client.post(
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk]),
        nested_form_data(
            {
                "title": "Vacatures",
                "slug": "vacatures",
                "intro": "",
                "body": streamfield([]),
                "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
                "action-publish": "1",
            }
        ),
    )

    page = StandardPage.objects.get(slug="vacatures")
    assert not page.live  # Communicatie may not publish on the home page itself ...
    assert page.permissions_for_user(people["communicatie"]).can_publish()  # ... but here now
    assert not page.permissions_for_user(people["redacteur"]).can_publish()


def test_committee_members_only_reach_the_admin(people, sections):
    member = people["wetenschap"]
    assert member.has_perm("wagtailadmin.access_admin")
    for page in Page.objects.filter(depth__gt=1):
        assert not page.permissions_for_user(member).can_edit()


def project_models():
    """Every concrete model of Leerpunt's own apps (not Django's, Wagtail's or a package's)."""
    base = Path(settings.BASE_DIR)
    return [
        model
        for config in apps.get_app_configs()
        if Path(config.path).is_relative_to(base) and ".venv" not in Path(config.path).parts
        for model in config.get_models()
    ]


def edited_through_its_parent(model):
    """Pages are owned through page permissions; their inline rows and settings' links with them."""
    return issubclass(model, Page) or any(
        isinstance(field, ParentalKey) for field in model._meta.get_fields()
    )


def test_every_model_has_an_owning_group(sections):
    owned = {
        f"{permission.content_type.app_label}.{permission.content_type.model}"
        for permission in Permission.objects.filter(group__isnull=False).select_related(
            "content_type"
        )
    }
    models = {model._meta.label_lower: model for model in project_models()}
    assert "projecten.organisatie" in models  # the discovery itself works

    unowned = [
        label
        for label, model in models.items()
        if not edited_through_its_parent(model)
        and label not in owned
        and label not in setup.NOT_EDITED_BY_STAFF
    ]

    assert unowned == [], "Give these models a group in editorial/setup.py and docs/editors.md"


def test_each_staff_task_is_owned_by_the_group_docs_editors_md_names(people):
    def may(person, permission):
        return people[person].has_perm(permission)

    assert may("redacteur", "projecten.add_organisatie")
    assert may("redacteur", "toolkit.change_toolkitwijziging")
    assert not may("redacteur", "vraagpunt.view_vraag")
    assert may("communicatie", "vraagpunt.change_vraag")
    assert may("communicatie", "nieuwsbrief.view_inschrijving")
    assert not may("communicatie", "nieuwsbrief.delete_inschrijving")
    assert not may("wetenschap", "projecten.add_organisatie")
    # Theme texts: Redactie drafts, Communicatie publishes, Beheer owns the taxonomy.
    assert may("redacteur", "taxonomy.change_thema")
    assert not may("redacteur", "taxonomy.publish_thema")
    assert may("communicatie", "taxonomy.publish_thema")
    assert not may("communicatie", "taxonomy.add_thema")
    assert not may("wetenschap", "taxonomy.change_thema")


def test_theme_texts_go_through_the_publicatiecheck(sections):
    assert Thema.get_default_workflow().name == "Publicatiecheck"
