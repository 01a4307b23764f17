"""The werkmap in a real browser: collect, plan, share, print; with and without JavaScript."""

import re

import pytest

from tests.werkmap.factories import feedback_tree

from .conftest import assert_no_axe_violations

ENTRY_TITLES = ".werkmap__entries .werkmap-entry__title"


@pytest.fixture
def tree(site):
    return feedback_tree(site)


def test_a_team_collects_plans_shares_and_prints(browser, page, live_server, tree, tmp_path):
    werkmap, _, feedback, guide = tree
    base = live_server.url

    page.goto(base + werkmap.url)
    assert_no_axe_violations(page)  # empty

    page.goto(base + feedback.url)
    page.click("a.werkmap-bewaar__link")
    assert page.locator(".werkmap-bewaar__status").inner_text() == "Toegevoegd aan je werkmap."
    page.goto(base + guide.url)
    page.click(f'[data-werkmap-key="aanbeveling={guide.pk}-2"]')
    page.click(f'[data-werkmap-key="werkvorm={guide.pk}-1"]')

    page.goto(base + werkmap.url)  # the bare URL opens the werkmap kept in this browser
    page.wait_for_url(re.compile(r"\?v=1"))
    titles = page.locator(ENTRY_TITLES).all_inner_texts()
    assert titles == ["Feedback", "Aanbeveling 2: Aanbeveling over stap 2", "Werkvorm 1"]
    page.fill("#notitie-plan-context", "Onze leerlingen krijgen weinig gerichte feedback.")
    page.reload()
    assert page.input_value("#notitie-plan-context").startswith("Onze leerlingen")
    assert_no_axe_violations(page)  # filled

    page.emulate_media(media="print")
    assert page.locator('[data-werkmap-print-for="plan-context"]').is_visible()
    assert_no_axe_violations(page)  # printed view
    pdf = page.pdf(format="A4", path=str(tmp_path / "werkmap.pdf"))
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) >= 1

    shared = page.input_value("#werkmap-link")
    colleague = browser.new_context(locale="nl-BE")
    try:
        other = colleague.new_page()
        other.goto(shared)
        assert other.locator(ENTRY_TITLES).all_inner_texts() == titles
    finally:
        colleague.close()


def test_without_javascript_items_are_added_through_the_url(browser, live_server, tree):
    werkmap, _, feedback, guide = tree
    context = browser.new_context(locale="nl-BE", java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_server.url + feedback.url)
        page.click("a.werkmap-bewaar__link")
        assert page.locator(ENTRY_TITLES).all_inner_texts() == ["Feedback"]
        page.locator(".werkmap__suggestions a.werkmap__add").nth(1).click()  # recommendation 2
        page.locator(".werkmap__suggestions a.werkmap__add").nth(2).click()  # first activity
        assert page.locator(ENTRY_TITLES).all_inner_texts() == [
            "Feedback",
            "Aanbeveling 2: Aanbeveling over stap 2",
            "Werkvorm 1",
        ]
        assert page.locator("#stap-plan").is_visible()
    finally:
        context.close()


def test_the_follow_form_and_its_states_have_no_axe_violations(page, live_server, tree):
    _, _, feedback, _ = tree
    page.goto(live_server.url + feedback.url)
    page.click(".volg a")
    assert page.locator("h1").inner_text() == "Volg Feedback"
    assert_no_axe_violations(page)
    page.click(".public-form button[type=submit]")
    assert page.locator(".form-notice").is_visible()
    assert_no_axe_violations(page)
    page.fill("#id_email", "leraar@school.be")
    page.check("#id_consent")
    page.click(".public-form button[type=submit]")
    assert page.locator("h1").inner_text() == "Kijk in je mailbox"
    assert_no_axe_violations(page)
