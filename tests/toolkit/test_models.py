"""The page tree, the validation of the figures and the version history an editor leaves behind."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from leerpunt_site.home.models import HomePage
from toolkit.models import (
    ToolkitItemPage,
    ToolkitLegendPage,
    ToolkitOverviewPage,
    ToolkitPage,
    ToolkitWijziging,
)

from .factories import ToolkitItemPageFactory, toolkit_tree

pytestmark = pytest.mark.django_db


class TestTree(WagtailPageTestCase):
    def test_the_toolkit_tree_is_locked_both_ways(self):
        self.assertAllowedParentPageTypes(ToolkitOverviewPage, {HomePage})
        self.assertAllowedSubpageTypes(ToolkitOverviewPage, {ToolkitPage, ToolkitLegendPage})
        self.assertAllowedParentPageTypes(ToolkitPage, {ToolkitOverviewPage})
        self.assertAllowedSubpageTypes(ToolkitPage, {ToolkitItemPage})
        self.assertAllowedParentPageTypes(ToolkitItemPage, {ToolkitPage})
        self.assertAllowedSubpageTypes(ToolkitItemPage, {})
        self.assertAllowedSubpageTypes(ToolkitLegendPage, {})


def test_figures_outside_their_scales_are_refused(home):
    _, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory.build(impact_months=30, cost=7, evidence=9)

    with pytest.raises(ValidationError) as error:
        item.clean()

    assert set(error.value.message_dict) == {"impact_months", "cost", "evidence"}


def test_an_impact_without_evidence_is_refused(home):
    item = ToolkitItemPageFactory.build(impact_months=3, evidence=0)

    with pytest.raises(ValidationError) as error:
        item.clean()

    assert "laat de impact leeg" in error.value.message_dict["impact_months"][0]


def test_unknown_figures_are_allowed(home):
    ToolkitItemPageFactory.build(impact_months=None, cost=None, evidence=None).clean()


def publish_with(item, **changes):
    item = ToolkitItemPage.objects.get(pk=item.pk)
    for name, value in changes.items():
        setattr(item, name, value)
    item.save_revision().publish()
    return item


def test_publishing_a_changed_figure_records_old_new_and_the_note(home):
    _, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory(parent=toolkit, impact_months=7, cost=1, evidence=4)

    publish_with(item, impact_months=8, change_note="Nieuwe studies in de update van 2025.")

    change = ToolkitWijziging.objects.get(page=item)
    assert (change.figure, change.old_value, change.new_value) == ("impact_months", 7, 8)
    assert change.note == "Nieuwe studies in de update van 2025."
    assert change.date == timezone.localdate()  # Brussels, as the model stores it
    assert (change.old_text, change.new_text) == ("+7 maanden", "+8 maanden")


def test_a_changed_figure_needs_a_new_note(home):
    _, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory(parent=toolkit, cost=2)

    with pytest.raises(ValidationError, match="leg kort uit waarom"):
        publish_with(item, cost=3)
    publish_with(item, cost=3, change_note="Opleiding inbegrepen.")
    with pytest.raises(ValidationError, match="schrijf een nieuwe"):
        publish_with(item, cost=4)


def test_drafts_and_unchanged_figures_leave_no_history(home):
    _, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory(parent=toolkit, evidence=3)

    draft = ToolkitItemPage.objects.get(pk=item.pk)
    draft.evidence = 4
    draft.change_note = "Nog niet beslist."
    draft.save_revision()
    publish_with(item, title="Nieuwe titel")

    assert not ToolkitWijziging.objects.exists()
    assert ToolkitItemPage.objects.get(pk=item.pk).evidence == 3


def test_history_is_kept_when_an_older_revision_is_published_again(home):
    _, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory(parent=toolkit, impact_months=4)
    publish_with(item, impact_months=5, change_note="Bijgewerkte meta-analyse.")
    older_revision = item.revisions.order_by("-pk").first()
    publish_with(item, impact_months=6, change_note="Nog een update.")

    older_revision.publish()  # revisions do not hold the history, so nothing is erased

    changes = list(ToolkitWijziging.objects.order_by("pk").values_list("old_value", "new_value"))
    assert changes == [(4, 5), (5, 6), (6, 5)]


def test_editors_find_the_history_in_the_admin(client, home, django_user_model):
    _, toolkit = toolkit_tree(home)
    item = ToolkitItemPageFactory(parent=toolkit, title="Feedback", impact_months=5)
    publish_with(item, impact_months=6, change_note="Nieuwe studies.")
    admin = django_user_model.objects.create_superuser("beheer", "b@example.org", "x" * 12)
    client.force_login(admin)

    html = client.get("/admin/snippets/toolkit/toolkitwijziging/").content.decode()

    assert "Impact van Feedback" in html
