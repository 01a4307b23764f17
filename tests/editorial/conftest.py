import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from leerpunt_site.editorial import setup
from leerpunt_site.editorial.forms import KwaliteitsbeoordelingForm
from tests.factories import StandardPageFactory, UpdateIndexPageFactory
from toolkit.models import SECTION_FIELDS

from .factories import (
    LeidraadIndexPageFactory,
    OnderzoekIndexPageFactory,
    ToolkitOverviewPageFactory,
    UserFactory,
)

ALL_CRITERIA = dict.fromkeys(KwaliteitsbeoordelingForm.CRITERIA, "on")


@pytest.fixture
def sections(home):
    """The site's sections, with the editorial setup applied as production does after building them."""
    built = {
        "toolkit": ToolkitOverviewPageFactory(parent=home),
        "leidraden": LeidraadIndexPageFactory(parent=home),
        "onderzoeken": OnderzoekIndexPageFactory(parent=home),
        "updates": UpdateIndexPageFactory(parent=home),
        "over": StandardPageFactory(parent=home, title="Over Leerpunt", slug="over-leerpunt"),
    }
    for page in built.values():
        page.save_revision().publish()  # a live revision, as pages published in the admin have
    setup.apply()
    return built


@pytest.fixture
def people(sections):
    return {
        "redacteur": UserFactory(username="redacteur", groups=[setup.REDACTIE]),
        "communicatie": UserFactory(username="communicatie", groups=[setup.COMMUNICATIE]),
        "wetenschap": UserFactory(
            username="wetenschap", groups=[setup.WETENSCHAPPELIJKE_COMMISSIE]
        ),
        "gebruiker": UserFactory(username="gebruiker", groups=[setup.GEBRUIKERSCOMMISSIE]),
        # Sits on both committees: the four-eyes rule must still stop them approving twice.
        "dubbel": UserFactory(
            username="dubbel",
            groups=[setup.WETENSCHAPPELIJKE_COMMISSIE, setup.GEBRUIKERSCOMMISSIE],
        ),
    }


def edit_form(page, action=None, **changes):
    """The POST data of the page editor for an index page, with `action` as the pressed button."""
    fields = {
        "title": page.title,
        "slug": page.slug,
        "intro": rich_text(page.intro),
        "seo_title": "",
        "search_description": "",
        "comments": inline_formset([]),
        **changes,
    }
    if action:
        fields[action] = "1"
    return nested_form_data(fields)


def toolkit_item_form(action, **fields):
    """The POST data of the page editor for a new toolkit item, with `action` as the pressed button."""
    data = {
        "summary": "",
        "impact_months": "",
        "cost": "",
        "evidence": "",
        "change_note": "",
        **{field: rich_text("") for field in SECTION_FIELDS},
        "praktijkverhalen": inline_formset([]),
        "downloads": inline_formset([]),
        "references": streamfield([]),
        "last_reviewed": "",
        "eef_strand": "",
        "seo_title": "",
        "search_description": "",
        "comments": inline_formset([]),
        **fields,
        action: "1",
    }
    return nested_form_data(data)


def submit(client, user, page, **changes):
    """Edit the page in the admin and press "Indienen bij ..." as this user."""
    client.force_login(user)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_form(page, "action-submit", **changes),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


def decide(client, user, page, action, **data):
    """Approve or reject the page's current step through the review modal, as this user."""
    page = Page.objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    client.force_login(user)
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        data,
        headers={"x-requested-with": "XMLHttpRequest"},
    )


def current_step(page):
    task = Page.objects.get(pk=page.pk).current_workflow_task
    return task.name if task else None
