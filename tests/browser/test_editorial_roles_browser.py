"""Each role's daily task in the admin, end to end: no "geen toegang", a preview that shows the
page, a checks panel that counted words, and for the committees the changes before deciding."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.models import Page

from leerpunt_site.editorial import setup
from leerpunt_site.editorial.forms import KwaliteitsbeoordelingForm
from leerpunt_site.taxonomy.models import Thema
from tests.editorial.factories import PASSWORD, ToolkitOverviewPageFactory, UserFactory
from tests.factories import StandardPageFactory
from tests.kennisagenda.factories import build_agenda
from tests.toolkit.factories import ToolkitItemPageFactory, ToolkitPageFactory
from toolkit.models import RICH_TEXT_FEATURES, SECTION_FIELDS, ToolkitItemPage

ROLES = {
    "redacteur": [setup.REDACTIE],
    "communicatie": [setup.COMMUNICATIE],
    "wetenschap": [setup.WETENSCHAPPELIJKE_COMMISSIE],
    "gebruiker": [setup.GEBRUIKERSCOMMISSIE],
    "beheer": [setup.BEHEER],
}


@pytest.fixture
def tree(site):
    toolkit_section = ToolkitOverviewPageFactory(parent=site)
    toolkit = ToolkitPageFactory(parent=toolkit_section, title="Leren en lesgeven")
    item = ToolkitItemPageFactory(parent=toolkit, title="Feedback", impact_months=6)
    about = StandardPageFactory(parent=site, title="Over Leerpunt", slug="over-leerpunt")
    for page in (toolkit_section, toolkit, item, about):
        page.save_revision().publish()
    setup.apply()
    people = {name: UserFactory(username=name, groups=groups) for name, groups in ROLES.items()}
    return {"item": item, "about": about, "people": people}


def log_in(page, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(live_server.url + "/admin/")


def assert_allowed(page):
    """Wagtail answers a refused view with a redirect and "Sorry, je hebt geen toegang ..."."""
    expect(page.locator(".messages")).not_to_contain_text("geen toegang")


def assert_preview_and_checks(page, title):
    """The preview panel's frame shows the page; the checks panel counted its words."""
    page.locator("[data-side-panel-toggle=preview]").click()
    # Wagtail loads the preview in a second frame and swaps it in once it has loaded.
    loaded = page.locator(
        "[data-side-panel=preview] iframe[src*=in_preview_panel]:not(.w-preview__proxy)"
    )
    expect(loaded).to_have_count(1, timeout=20_000)
    expect(loaded.content_frame.locator("h1")).to_have_text(title, timeout=20_000)
    page.locator("[data-side-panel-toggle=checks]").click()
    count = page.locator("[data-content-word-count]")
    expect(count).to_have_text(re.compile(r"^\d+$"), timeout=20_000)
    assert int(count.inner_text()) > 0
    expect(page.locator("[data-side-panel=checks]")).not_to_contain_text(
        "Paragrafen gebruikt als koppen"
    )


def as_the_editor_stores_it(html):
    """Rich text as Draftail saves it (with block keys): a text made by a script differs, and the
    editor form would count the reviewer's approval as an edit and restart the check."""
    converter = ContentstateConverter(features=RICH_TEXT_FEATURES)
    return converter.to_database_format(converter.from_database_format(html))


def submit_update(item, editor, impact):
    """An editor changes a live item's impact and submits it, as the redacteur test does."""
    item = ToolkitItemPage.objects.get(pk=item.pk)
    for field in SECTION_FIELDS:
        setattr(item, field, as_the_editor_stores_it(getattr(item, field)))
    item.impact_months = impact
    item.change_note = "Een nieuwe meta-analyse."
    item.save_revision(user=editor)
    item.get_workflow().start(item, editor)


def review_and_approve(page, live_server, item):
    """From the dashboard: see what changed, open the page, preview, check and approve."""
    page.get_by_role("link", name=re.compile(f"^Wijzigingen in {item.title}")).click()
    impact = page.locator("tr", has=page.get_by_text("Impact (maanden):"))
    expect(impact.locator(".deletion")).to_have_text("6")
    expect(impact.locator(".addition")).to_have_text("7")
    assert_allowed(page)

    page.goto(live_server.url + "/admin/")
    page.get_by_role("link", name=re.compile(f"^Beoordelen.*{item.title}")).click()
    assert_allowed(page)
    assert_preview_and_checks(page, item.title)
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    page.get_by_role("button", name="Goedkeuren").click()
    modal = page.locator(".modal-content")
    for name in KwaliteitsbeoordelingForm.CRITERIA:
        modal.locator(f"input[name={name}]").check()
    modal.get_by_role("button", name="Goedkeuren").click()
    page.wait_for_url(live_server.url + "/admin/")
    assert_allowed(page)


def test_redacteur_updates_a_toolkit_item_and_adds_an_organisation(tree, live_server, page):
    item = tree["item"]
    log_in(page, live_server, "redacteur")
    page.goto(f"{live_server.url}/admin/pages/{item.pk}/edit/")
    assert_allowed(page)

    page.locator("input[name=impact_months]").fill("7")
    page.locator("textarea[name=change_note]").fill("Een nieuwe meta-analyse.")
    page.get_by_role("button", name="Bewaar concept").click()
    expect(page.locator(".messages")).to_contain_text("is gewijzigd")
    assert_preview_and_checks(page, "Feedback")

    page.goto(live_server.url + "/admin/snippets/projecten/organisatie/add/")
    assert_allowed(page)
    page.locator("input[name=name]").fill("Universiteit Gent")
    page.locator("input[name=slug]").fill("ugent")
    page.locator("footer button[type=submit]").first.click()
    expect(page.locator(".messages")).to_contain_text("Universiteit Gent")


def test_communicatie_publishes_a_standard_page_and_exports_the_questions(tree, live_server, page):
    about = tree["about"]
    log_in(page, live_server, "communicatie")
    page.goto(f"{live_server.url}/admin/pages/{about.pk}/edit/")
    assert_allowed(page)
    assert_preview_and_checks(page, "Over Leerpunt")

    for url in ("/admin/vraag/", "/admin/inschrijving/"):
        page.goto(live_server.url + url)
        assert_allowed(page)
        # The header's download menu offers it once there are rows; the export itself:
        download = page.request.get(live_server.url + url + "?export=csv")
        assert download.ok and download.headers["content-type"].startswith("text/csv")


def test_communicatie_previews_and_publishes_a_theme_text(tree, live_server, page):
    build_agenda(tree["about"].get_parent())
    theme = Thema.objects.get(slug="feedback")
    log_in(page, live_server, "communicatie")
    page.goto(f"{live_server.url}/admin/snippets/taxonomy/thema/edit/{theme.pk}/")
    assert_allowed(page)

    page.locator("input[name=short_description]").fill("Feedback helpt leerlingen vooruit.")
    assert_preview_and_checks(page, "Feedback")
    frame = page.locator("[data-side-panel=preview] iframe:not(.w-preview__proxy)").content_frame
    expect(frame.locator(".lead")).to_have_text("Feedback helpt leerlingen vooruit.")
    expect(frame.locator("#inhoud")).to_have_text("Alles over dit thema")  # the hub itself
    assert "vooruit" not in page.request.get(live_server.url + "/kennisagenda/feedback/").text()

    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    page.get_by_role("button", name="Publiceren").click()
    expect(page.locator(".messages")).to_contain_text("gepubliceerd")
    assert "vooruit" in page.request.get(live_server.url + "/kennisagenda/feedback/").text()


def test_wetenschap_sees_the_changes_and_approves_the_first_step(tree, live_server, page):
    item, people = tree["item"], tree["people"]
    submit_update(item, people["redacteur"], 7)
    log_in(page, live_server, "wetenschap")

    review_and_approve(page, live_server, item)

    task = Page.objects.get(pk=item.pk).current_workflow_task
    assert task.name == "Bruikbaarheidscheck"


def test_gebruiker_approves_the_last_step_and_the_change_goes_live(tree, live_server, page):
    item, people = tree["item"], tree["people"]
    submit_update(item, people["redacteur"], 7)
    state = Page.objects.get(pk=item.pk).current_workflow_task_state
    state.task.specific.on_action(
        state,
        people["wetenschap"],
        "approve",
        **dict.fromkeys(KwaliteitsbeoordelingForm.CRITERIA, True),
    )
    log_in(page, live_server, "gebruiker")

    review_and_approve(page, live_server, item)

    assert ToolkitItemPage.objects.get(pk=item.pk).impact_months == 7


def test_beheer_reads_the_toolkit_overview_and_the_handbook(tree, live_server, page):
    log_in(page, live_server, "beheer")
    page.get_by_role("link", name="lees de handleiding").click()
    assert_allowed(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Handleiding voor de redactie")

    page.goto(live_server.url + "/admin/toolkit_overzicht/?ordering=-impact_months")
    assert_allowed(page)
    expect(page.locator("table.listing tbody tr").first).to_contain_text("+6 maanden")

    page.goto(f"{live_server.url}/admin/pages/{tree['about'].pk}/edit/")
    assert_preview_and_checks(page, "Over Leerpunt")
    page.goto(live_server.url + "/admin/users/")
    assert_allowed(page)
