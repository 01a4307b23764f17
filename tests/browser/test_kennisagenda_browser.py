"""The kennisagenda page and a theme hub in a real browser: axe, a 320 px phone, no CSS, no JS."""

from pathlib import Path

from leerpunt_site.updates.models import UpdatePage
from tests.factories import ThemaFactory
from tests.kennisagenda.factories import build_agenda, build_tagged

from .conftest import assert_no_axe_violations

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
YEARS = ["Schooljaar 2024-2025", "Schooljaar 2025-2026", "Schooljaar 2026-2027"]


def build_content(home):
    agenda, themes = build_agenda(home)
    ThemaFactory(
        name="Metacognitie en zelfregulerend leren", slug="metacognitie", school_year="2024-2025"
    )
    themes["feedback"].plans = "<p>Een leidraad is in de maak.</p>"
    themes["feedback"].save()
    for number in range(3):
        build_tagged(
            UpdatePage,
            home,
            themes=[themes["feedback"], themes["borging"]],
            title=f"Nieuws {number}",
        )
    return agenda


def text_positions(text, *parts):
    return [text.index(part) for part in parts]


def test_kennisagenda_page_and_hub_have_no_axe_violations(site, live_server, page):
    build_content(site)

    page.goto(live_server.url + "/kennisagenda/")
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Feedback").click()
    page.wait_for_url("**/kennisagenda/feedback/")
    assert page.get_by_role("heading", level=1).inner_text() == "Feedback"
    assert page.get_by_role("heading", name="Updates (3)").is_visible()
    assert_no_axe_violations(page)


def test_timeline_reads_in_order_on_a_320_px_phone(site, live_server, browser):
    build_content(site)
    context = browser.new_context(viewport={"width": 320, "height": 640})
    phone = context.new_page()
    phone.goto(live_server.url + "/kennisagenda/")
    timeline = phone.locator("ol.timeline")

    ARTIFACTS.mkdir(exist_ok=True)
    timeline.screenshot(path=str(ARTIFACTS / "kennisagenda-timeline-320.png"))

    assert phone.evaluate("document.documentElement.scrollWidth") <= 320  # no sideways scrolling
    tops = [phone.get_by_role("heading", name=year).bounding_box()["y"] for year in YEARS]
    assert tops == sorted(tops)
    assert (
        phone.get_by_role("link", name="Metacognitie en zelfregulerend leren").bounding_box()[
            "width"
        ]
        < 320
    )
    context.close()


def test_timeline_reads_in_order_with_css_off(site, live_server, page):
    build_content(site)
    page.goto(live_server.url + "/kennisagenda/")

    page.evaluate(
        "document.querySelectorAll('link[rel=stylesheet], style').forEach(el => el.remove())"
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "kennisagenda-timeline-zonder-css.png"), full_page=True)

    text = page.locator("ol.timeline").inner_text()
    order = [YEARS[0], "Feedback", "3 gepubliceerd", YEARS[1], "Wiskunde", YEARS[2], "Huiswerk"]
    assert text_positions(text, *order) == sorted(text_positions(text, *order))
    assert "Borging" not in text


def test_hub_is_reachable_by_keyboard_and_without_javascript(site, live_server, browser):
    build_content(site)
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(live_server.url + "/kennisagenda/")

    link = plain.get_by_role("link", name="Wiskunde")
    link.focus()
    plain.keyboard.press("Enter")
    plain.wait_for_url("**/kennisagenda/wiskunde/")

    assert plain.get_by_role("heading", level=1).inner_text() == "Wiskunde"
    assert plain.get_by_text("Leerpunt heeft nog niets gepubliceerd over dit thema").is_visible()
    context.close()
