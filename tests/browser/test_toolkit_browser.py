"""The toolkit in a real browser: axe-core (an item with its guides and downloads too),
keyboard-only filtering and comparing, no JavaScript, print."""

import datetime
import re

from leidraden.models import LeidraadToolkitLink
from tests.factories import OnderwijsniveauFactory, ThemaFactory, make_document
from tests.leidraden.factories import (
    GeplandeLeidraadFactory,
    LeidraadIndexPageFactory,
    LeidraadPageFactory,
)
from tests.toolkit.factories import ToolkitItemPageFactory, toolkit_tree
from toolkit.models import Praktijkverhaal, ToolkitDownload, ToolkitWijziging

from .conftest import assert_no_axe_violations


def build_toolkit(home):
    feedback = ThemaFactory(name="Feedback", slug="feedback")
    language = ThemaFactory(name="Taalonderwijs", slug="taalonderwijs")
    primary = OnderwijsniveauFactory(name="Lager onderwijs", slug="lager")
    secondary = OnderwijsniveauFactory(name="Secundair onderwijs", slug="secundair")
    _, toolkit = toolkit_tree(home)
    items = {}
    for title, impact, cost, evidence, themes, levels in [
        ("Feedback", 6, 1, 4, [feedback], [primary, secondary]),
        ("Phonics", 5, 1, 4, [language], [primary]),
        ("Zittenblijven", -2, 5, 2, [], [primary, secondary]),
        ("Leerstijlen", None, 1, 0, [feedback], [secondary]),
        ("Ontluikende gecijferdheid", None, None, None, [], [primary]),
    ]:
        items[title] = ToolkitItemPageFactory(
            parent=toolkit,
            title=title,
            impact_months=impact,
            cost=cost,
            evidence=evidence,
            themes=themes,
            levels=levels,
            last_reviewed=datetime.date(2025, 5, 20),
        )
    Praktijkverhaal.objects.create(
        page=items["Feedback"], title="Feedback in het vierde leerjaar", text="Een school in Gent."
    )
    ToolkitDownload.objects.create(
        page=items["Feedback"], label="Samenvatting", document=make_document("Feedback in het kort")
    )
    ToolkitWijziging.objects.create(
        page=items["Feedback"],
        date=datetime.date(2025, 5, 15),
        figure="impact_months",
        old_value=5,
        new_value=6,
        note="Nieuwe studies.",
    )
    guides = LeidraadIndexPageFactory(parent=home)
    for guide in (
        LeidraadPageFactory(parent=guides, title="Feedback", slug="feedback"),
        GeplandeLeidraadFactory(parent=guides, title="Metacognitie", slug="metacognitie"),
    ):
        LeidraadToolkitLink.objects.create(leidraad=guide, page=items["Feedback"])
    return toolkit


def test_every_toolkit_page_type_has_no_axe_violations(site, live_server, page):
    toolkit = build_toolkit(site)
    base = live_server.url + toolkit.url

    for url in [
        live_server.url + "/toolkit/",
        base,
        base + "?thema=feedback&niveau=secundair&sorteer=impact",
        base + "?q=niets-te-vinden",
        base + "feedback/",
        base + "ontluikende-gecijferdheid/",
        base + "vergelijk/?items=feedback&items=phonics&items=zittenblijven",
        base + "vergelijk/?items=feedback",
        base + "grafiek/",
        live_server.url + "/toolkit/hoe-lees-je-de-toolkit/",
    ]:
        response = page.goto(url)
        assert response.status == 200, url
        assert_no_axe_violations(page)


def tab_to(page, selector, limit=120):
    """Press Tab until the element matching the CSS selector has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_filter_and_compare_by_keyboard_alone(site, live_server, page):
    toolkit = build_toolkit(site)
    page.goto(live_server.url + toolkit.url)

    tab_to(page, ".filter-panel__group:has(input[name=thema]) > summary")
    page.keyboard.press("Enter")  # open the themes
    tab_to(page, "input[name=thema][value=feedback]")
    page.keyboard.press("Space")
    tab_to(page, ".filter-panel button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"thema=feedback"))
    rows = page.locator(".toolkit-row__title")
    assert rows.all_inner_texts() == ["Feedback", "Leerstijlen"]

    page.goto(live_server.url + toolkit.url + "?sorteer=impact")
    assert page.locator(".toolkit-row__title").first.inner_text() == "Feedback"
    tab_to(page, "#vergelijk-feedback")
    page.keyboard.press("Space")
    tab_to(page, "#vergelijk-zittenblijven")
    page.keyboard.press("Space")
    assert page.locator("[data-compare-status]").inner_text() == "2 van maximaal 4 gekozen."
    tab_to(page, ".compare-bar button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"vergelijk/\?items=feedback&items=zittenblijven"))
    headers = page.locator(".compare-card h3").all_inner_texts()
    assert headers == ["Feedback", "Zittenblijven"]


def test_figure_definitions_show_on_keyboard_focus(site, live_server, page):
    toolkit = build_toolkit(site)
    page.goto(live_server.url + toolkit.url + "feedback/")
    definition = page.locator("#item-cost-definition")
    assert not definition.is_visible()

    tab_to(page, "[aria-describedby=item-cost-definition]")

    assert definition.is_visible()
    page.keyboard.press("Escape")
    assert not definition.is_visible()


def test_listing_filters_and_compare_work_without_javascript(site, live_server, browser):
    toolkit = build_toolkit(site)
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(live_server.url + toolkit.url)

    plain.locator("summary", has_text="Onderwijsniveau").click()
    plain.get_by_label("Lager onderwijs").check()
    plain.get_by_label("Sorteer op").select_option("kost")
    plain.get_by_role("button", name="Toon aanpakken").click()
    plain.wait_for_url(re.compile(r"sorteer=kost"))
    assert "niveau=lager" in plain.url
    assert plain.locator(".toolkit-row__title").all_inner_texts() == [
        "Feedback",
        "Phonics",
        "Zittenblijven",
        "Ontluikende gecijferdheid",
    ]
    plain.get_by_label("Vergelijk Feedback").check()
    plain.get_by_label("Vergelijk Phonics").check()
    plain.get_by_role("button", name="Vergelijk gekozen aanpakken").click()
    plain.wait_for_url(re.compile(r"vergelijk/"))
    assert "Hoge impact voor zeer lage kosten" in plain.locator(".compare-grid").inner_text()
    context.close()


def test_item_page_prints_on_a4_without_the_site_furniture(site, live_server, page):
    toolkit = build_toolkit(site)
    page.goto(live_server.url + toolkit.url + "feedback/")

    page.emulate_media(media="print")

    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".toc").is_visible()
    assert page.get_by_text("Hoge impact voor zeer lage kosten").is_visible()
    assert page.get_by_role("heading", name="Hoe overtuigend is de evidentie?").is_visible()
    assert page.get_by_role("heading", name="Leidraden over deze aanpak").is_visible()
    pdf = page.pdf(format="A4", print_background=False)
    assert pdf.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 6
    assert len(pdf) > 20_000
