"""Leidraden in a real browser: axe-core, the copy-link button, keyboard filters, no-JS and print."""

import re

import pytest
from django.core.management import call_command

from leidraden.models import LeidraadToolkitLink
from tests.factories import (
    OnderwijsniveauFactory,
    StandardPageFactory,
    ThemaFactory,
    make_document,
)
from tests.leidraden.factories import (
    GeplandeLeidraadFactory,
    LeidraadIndexPageFactory,
    LeidraadPageFactory,
    aanbevelingen,
    werkvormen,
)

from .conftest import assert_no_axe_violations


@pytest.fixture
def guides(site):
    theme = ThemaFactory(name="Feedback", slug="feedback")
    level = OnderwijsniveauFactory(name="Lager onderwijs", slug="lager")
    index = LeidraadIndexPageFactory(parent=site, intro="<p>Praktische gidsen voor de klas.</p>")
    toolkit_item = StandardPageFactory(
        parent=site, title="Feedback (toolkit)", slug="toolkit-feedback"
    )
    published = LeidraadPageFactory(
        parent=index,
        title="Feedback",
        slug="feedback",
        recommendations=aanbevelingen(6, evidence="sterk"),
        werkvormen=werkvormen(1),
        report_document=make_document("Feedback: volledige leidraad"),
        poster_document=make_document("Feedback: poster", name="poster.pdf"),
        original_title="Teacher Feedback to Improve Pupil Learning",
        original_organisation="Education Endowment Foundation",
        licence="Met toestemming van de EEF.",
    )
    planned = GeplandeLeidraadFactory(
        parent=index, title="Inclusie", slug="inclusie", expected_period=""
    )
    for guide in (published, planned):
        guide.themes.set([theme])
        guide.levels.set([level])
        guide.save()
    LeidraadToolkitLink.objects.create(leidraad=published, page=toolkit_item)
    call_command("update_index", verbosity=0)
    return {"index": index, "published": published, "planned": planned}


def test_index_guide_recommendation_and_planned_guide_have_no_axe_violations(
    guides, live_server, page
):
    for path in [
        "/leidraden/",
        "/leidraden/?status=gepubliceerd&thema=feedback&niveau=lager",
        "/leidraden/feedback/",
        "/leidraden/feedback/aanbeveling-3/",
        "/leidraden/inclusie/",
    ]:
        page.goto(live_server.url + path)
        assert_no_axe_violations(page)


def test_copy_button_puts_the_full_deep_link_on_the_clipboard(guides, live_server, browser):
    context = browser.new_context(locale="nl-BE", permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    tab.goto(live_server.url + "/leidraden/feedback/")

    tab.get_by_role("button", name="Kopieer link naar aanbeveling 2").click()

    deep_link = live_server.url + "/leidraden/feedback/aanbeveling-2/"
    assert tab.evaluate("navigator.clipboard.readText()") == deep_link
    assert tab.locator("#aanbeveling-2 [role=status]").inner_text() == "Link gekopieerd."
    tab.goto(deep_link)
    assert tab.get_by_role("heading", level=1).inner_text().endswith("Aanbeveling over stap 2")
    context.close()


def test_without_javascript_the_deep_link_is_visible_and_there_is_no_dead_button(
    guides, live_server, browser
):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(live_server.url + "/leidraden/feedback/")

    deep_link = live_server.url + "/leidraden/feedback/aanbeveling-4/"
    assert tab.get_by_role("link", name=deep_link).is_visible()
    assert tab.get_by_role("button", name=re.compile("Kopieer link")).count() == 0
    context.close()


def test_an_anchor_opens_the_guide_at_that_recommendation(guides, live_server, page):
    page.goto(live_server.url + "/leidraden/feedback/#aanbeveling-5")

    title = page.locator("#aanbeveling-5-titel")
    assert title.is_visible()
    assert 0 <= title.bounding_box()["y"] < 200


def test_filters_work_by_keyboard(guides, live_server, page):
    page.goto(live_server.url + "/leidraden/")

    page.get_by_role("radio", name="In ontwikkeling").focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Toon leidraden").focus()
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/leidraden/\?.*status=in_ontwikkeling"))
    assert page.get_by_role("heading", level=3).all_inner_texts() == ["Inclusie"]


def test_guide_prints_its_content_without_the_page_furniture(guides, live_server, page, tmp_path):
    page.goto(live_server.url + "/leidraden/feedback/")
    page.emulate_media(media="print")

    for hidden in [".site-header", ".site-footer", ".breadcrumbs", ".deeplink__copy"]:
        assert not page.locator(hidden).first.is_visible(), hidden
    assert page.get_by_role(
        "heading", name=re.compile(r"^Aanbeveling 6\s?: Aanbeveling over stap 6$")
    ).is_visible()
    assert page.locator(".deeplink__url").first.is_visible()  # the link stays readable on paper
    colour = page.evaluate(
        "getComputedStyle(document.querySelector('.aanbeveling__summary')).color"
    )
    assert colour == "rgb(0, 0, 0)"

    pdf = tmp_path / "feedback.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=False)
    content = pdf.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page\b", content))
    assert content.startswith(b"%PDF")
    assert 2 <= pages <= 12, pages
