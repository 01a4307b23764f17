"""The public face in a real browser: clicks from the home page, phones (320 and 375 px), the menu
and the filter panel by keyboard, axe-core on the home page and the listings at phone size."""

import pytest
from django.test import override_settings
from wagtail.models import Site

from leerpunt_site.core.models import HeaderLink, SiteSettings
from leerpunt_site.home.models import HomeFeaturedApproach
from tests.agenda.factories import AgendaPageFactory
from tests.factories import StandardPageFactory, UpdateIndexPageFactory
from tests.kennisagenda.factories import KennisagendaPageFactory
from tests.projecten.factories import (
    OnderzoekIndexPageFactory,
    OproepIndexPageFactory,
    ProjectIndexPageFactory,
)
from toolkit.models import ToolkitItemPage, ToolkitOverviewPage

from .conftest import assert_no_axe_violations
from .test_toolkit_browser import build_toolkit

PHONE = {"width": 375, "height": 667}
SMALLEST = {"width": 320, "height": 640}


@pytest.fixture
def sections(site):
    """Every top-level section in the header menu, and Phonics previewed on the home page."""
    build_toolkit(site)
    HomeFeaturedApproach.objects.create(home=site, page=ToolkitItemPage.objects.get(slug="phonics"))
    pages = [ToolkitOverviewPage.objects.get(), site.get_children().get(slug="leidraden")]
    for factory in (
        KennisagendaPageFactory,
        ProjectIndexPageFactory,
        OnderzoekIndexPageFactory,
        OproepIndexPageFactory,
        UpdateIndexPageFactory,
        AgendaPageFactory,
    ):
        pages.append(factory(parent=site))
    pages.append(StandardPageFactory(parent=site, title="Over Leerpunt", slug="over-leerpunt"))
    settings = SiteSettings.for_site(Site.objects.get())
    for order, page in enumerate(pages):
        HeaderLink.objects.create(settings=settings, page=page, sort_order=order)
    return [page.url for page in pages]


def new_page(browser, viewport, **options):
    return browser.new_context(locale="nl-BE", viewport=viewport, **options).new_page()


def test_feedback_is_two_clicks_from_home(sections, live_server, page):
    page.goto(live_server.url + "/")

    page.get_by_role("link", name="Bekijk alle aanpakken").click()
    page.wait_for_url("**/toolkit/leren-en-lesgeven/")
    page.get_by_role("link", name="Feedback", exact=True).click()

    page.wait_for_url("**/toolkit/leren-en-lesgeven/feedback/")
    assert page.get_by_role("heading", level=1).inner_text() == "Feedback"


def test_every_section_is_one_click_from_home(sections, live_server, page):
    assert "/onderzoeken/" in sections and "/oproepen/" in sections
    for url in sections:
        page.goto(live_server.url + "/")
        page.locator(f'a[href="{url}"]').first.click()
        page.wait_for_url(live_server.url + url)
        assert page.get_by_role("heading", level=1).is_visible(), url


def test_first_approach_is_visible_without_scrolling_on_a_phone(sections, live_server, browser):
    phone = new_page(browser, PHONE)
    phone.goto(live_server.url + "/toolkit/leren-en-lesgeven/")

    first = phone.locator(".toolkit-row").first.bounding_box()
    assert first["y"] + first["height"] <= PHONE["height"]
    # The filters wait behind "Filteren"; opened, they work as on a desktop.
    assert not phone.get_by_label("Zoek in deze toolkit").is_visible()
    phone.get_by_text("Filteren", exact=True).click()
    assert phone.get_by_label("Zoek in deze toolkit").is_visible()


def test_eight_approaches_fit_the_first_desktop_screen(sections, live_server, browser):
    from tests.toolkit.factories import bulk_items

    bulk_items(ToolkitItemPage.objects.first().get_parent(), 10)
    desktop = new_page(browser, {"width": 1280, "height": 800})
    desktop.goto(live_server.url + "/toolkit/leren-en-lesgeven/")

    boxes = [row.bounding_box() for row in desktop.locator(".toolkit-row").all()]
    assert sum(box["y"] + box["height"] <= 800 for box in boxes) >= 8


@pytest.mark.parametrize("javascript", [True, False])
def test_no_page_scrolls_sideways_at_320_px(sections, live_server, browser, javascript):
    phone = new_page(browser, SMALLEST, java_script_enabled=javascript)
    toolkit = "/toolkit/leren-en-lesgeven/"
    for url in [
        "/",
        *sections,
        toolkit,
        toolkit + "feedback/",
        toolkit + "vergelijk/?items=feedback&items=phonics&items=zittenblijven",
        toolkit + "grafiek/",
        "/toolkit/hoe-lees-je-de-toolkit/",
        "/zoeken/?q=feedback",
    ]:
        phone.goto(live_server.url + url)
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= SMALLEST["width"], url


def test_menu_and_filters_by_keyboard_on_a_phone(sections, live_server, browser):
    phone = new_page(browser, PHONE)
    phone.goto(live_server.url + "/toolkit/leren-en-lesgeven/")
    menu = phone.get_by_role("button", name="Menu")
    assert not phone.get_by_role("link", name="Oproepen").is_visible()

    menu.focus()
    phone.keyboard.press("Enter")
    assert menu.get_attribute("aria-expanded") == "true"
    assert phone.get_by_role("link", name="Oproepen").is_visible()

    phone.locator(".filter-drawer__toggle").focus()
    phone.keyboard.press("Enter")
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.name") == "q"


def test_home_and_listings_have_no_axe_violations_on_a_phone(sections, live_server, browser):
    phone = new_page(browser, PHONE)
    for url in ["/", "/projecten/", "/toolkit/leren-en-lesgeven/"]:
        phone.goto(live_server.url + url)
        assert_no_axe_violations(phone)
    phone.get_by_text("Filteren", exact=True).click()
    assert_no_axe_violations(phone)


def overlapping(boxes):
    return [
        (a, b)
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and b["y"] < a["y"] + a["height"]
    ]


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_chart_labels_never_overlap_and_stay_legible(sections, live_server, browser, width):
    from tests.toolkit.factories import ToolkitItemPageFactory

    toolkit = ToolkitItemPage.objects.first().get_parent()
    for n, (impact, cost) in enumerate([(6, 1), (6, 1), (5, 1), (7, 1), (6, 2), (5, 2)]):
        ToolkitItemPageFactory(
            parent=toolkit, title=f"Dicht bij {n}", impact_months=impact, cost=cost
        )
    phone = new_page(browser, {"width": width, "height": 800})
    phone.goto(live_server.url + toolkit.url + "grafiek/")

    boxes = [label.bounding_box() for label in phone.locator(".chart__point text").all()]
    assert len(boxes) == 9  # 3 of build_toolkit's items have a known impact and cost
    assert overlapping(boxes) == []
    assert min(box["height"] for box in boxes) >= 9  # the numbers stay readable
    assert phone.evaluate("document.documentElement.scrollWidth") <= width


@override_settings(ROOT_URLCONF="tests.home.stijlgids_urls")
@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}])
def test_stijlgids_has_no_axe_violations(site, live_server, browser, viewport):
    guide = new_page(browser, viewport)
    guide.goto(live_server.url + "/stijlgids/")
    assert_no_axe_violations(guide)


def test_print_button_appears_with_javascript_only(sections, live_server, browser):
    item = "/toolkit/leren-en-lesgeven/feedback/"
    with_js = new_page(browser, PHONE)
    with_js.goto(live_server.url + item)
    without_js = new_page(browser, PHONE, java_script_enabled=False)
    without_js.goto(live_server.url + item)

    assert with_js.get_by_role("button", name="Print of bewaar als PDF").is_visible()
    assert without_js.get_by_role("button", name="Print of bewaar als PDF").count() == 0
