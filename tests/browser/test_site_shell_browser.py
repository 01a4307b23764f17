"""The shell in a real browser: navigation, search, keyboard and axe-core."""

from django.core.management import call_command
from wagtail.models import Site

from leerpunt_site.core.models import HeaderLink, SiteSettings
from tests.factories import StandardPageFactory

from .conftest import assert_no_axe_violations


def build_shell(home):
    settings = SiteSettings.for_site(Site.objects.get())
    settings.email = "info@leerpunt.be"
    settings.save()
    about = StandardPageFactory(
        parent=home,
        title="Over Leerpunt",
        slug="over-leerpunt",
        intro="Leerpunt maakt onderzoek bruikbaar voor elke leerling.",
        body=[
            ("heading", {"text": "Wie zijn we?", "level": "h2"}),
            ("paragraph", "<p>Een onafhankelijk kenniscentrum.</p>"),
            ("quote", {"text": "Kennis die werkt.", "attribution": "Leerpunt"}),
        ],
    )
    HeaderLink.objects.create(settings=settings, page=about, sort_order=0)
    call_command("update_index", verbosity=0)
    return about


def test_home_navigation_and_search(site, live_server, page):
    build_shell(site)

    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "nl-BE"
    assert_no_axe_violations(page)

    page.get_by_role("navigation", name="Hoofdnavigatie").get_by_role(
        "link", name="Over Leerpunt"
    ).click()
    page.wait_for_url("**/over-leerpunt/")
    assert page.get_by_role("heading", level=1).inner_text() == "Over Leerpunt"
    assert_no_axe_violations(page)

    page.get_by_label("Zoek op de site").fill("onafhankelijk")
    page.keyboard.press("Enter")
    page.wait_for_url("**/zoeken/?q=onafhankelijk")
    assert page.get_by_role("link", name="Over Leerpunt").count() >= 1
    assert_no_axe_violations(page)


def test_skip_link_is_the_first_tab_stop(site, live_server, page):
    page.goto(live_server.url + "/")

    page.keyboard.press("Tab")

    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Ga naar de inhoud"


def test_404_page_has_no_axe_violations(site, live_server, page):
    response = page.goto(live_server.url + "/bestaat-niet/")

    assert response.status == 404
    assert "Deze pagina bestaat niet" in page.content()
    assert_no_axe_violations(page)


def test_mobile_menu_toggles_and_works_without_javascript(site, live_server, browser):
    build_shell(site)
    context = browser.new_context(viewport={"width": 360, "height": 740})
    phone = context.new_page()
    phone.goto(live_server.url + "/")
    link = phone.get_by_role("navigation", name="Hoofdnavigatie").get_by_role(
        "link", name="Over Leerpunt"
    )
    assert not link.is_visible()
    phone.get_by_role("button", name="Menu").click()
    assert link.is_visible()
    context.close()

    no_js = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    plain = no_js.new_page()
    plain.goto(live_server.url + "/")
    assert plain.get_by_role("link", name="Over Leerpunt").is_visible()
    no_js.close()
