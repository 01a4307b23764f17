"""Projects, research and calls in a real browser: filters by keyboard, no JavaScript needed, axe."""

import datetime

from projecten.models import ProjectPartner
from tests.factories import OnderwijsniveauFactory, ThemaFactory
from tests.projecten.factories import (
    OnderzoekIndexPageFactory,
    OnderzoekPageFactory,
    OproepIndexPageFactory,
    OproepPageFactory,
    OrganisatieFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
)

from .conftest import assert_no_axe_violations


def build(home):
    taal = ThemaFactory(slug="taalonderwijs", name="Taalonderwijs")
    lager = OnderwijsniveauFactory(slug="lager", name="Lager onderwijs")
    ucll = OrganisatieFactory(slug="ucll", name="UCLL", website="https://www.ucll.be/")
    cto = OrganisatieFactory(slug="cto", name="Centrum voor Taal en Onderwijs")
    calls = OproepIndexPageFactory(parent=home, intro="<p>Alle oproepen van Leerpunt.</p>")
    call = OproepPageFactory(
        parent=calls,
        slug="basiszorg",
        title="Brede basiszorg en verhoogde zorg",
        published_date=datetime.date(2024, 2, 23),
        awarded=True,
        budget="4,4 miljoen euro",
        body="<p>Experten gaan samen met scholen aan de slag.</p>",
        themes=[taal],
    )
    call.awarded_organisations.set([ucll])
    call.save_revision().publish()
    OproepPageFactory(parent=calls, title="Implementatieprojecten ronde 2")
    projects = ProjectIndexPageFactory(
        parent=home, intro="<p>Projecten die Leerpunt financiert.</p>"
    )
    spelkracht = ProjectPageFactory(
        parent=projects,
        title="Spelkracht",
        slug="spelkracht",
        applicant=ucll,
        call=call,
        round=1,
        start_date=datetime.date(2024, 9, 1),
        end_date=datetime.date(2025, 8, 31),
        schools_kind="kleuterscholen",
        body="<p>Spelen is leren.</p>",
        objectives=[("item", "Spelbegeleiding een vaste plek geven")],
        expected_results=[("item", "Netwerkbijeenkomsten met spelcoaches")],
        methodology=[("item", "Video-opnames in de klas")],
        themes=[taal],
        levels=[lager],
    )
    spelkracht.partners.add(ProjectPartner(organisation=cto, role="partner"))
    spelkracht.save_revision().publish()
    ProjectPageFactory(parent=projects, title="Leesmateriaal", project_type="valorisatie")
    research = OnderzoekIndexPageFactory(parent=home)
    study = OnderzoekPageFactory(
        parent=research,
        title="Kennishiaten",
        slug="kennishiaten",
        report_url="https://leerpunt.be/onderzoeken/kennishiaten-brede-basiszorg-verhoogde-zorg",
        actual_delivery="maart 2025",
        body="<p><strong>De vraag.</strong> Wat weten we nog niet?</p>",
        themes=[taal],
    )
    study.executors.set([cto])
    study.save_revision().publish()


def test_projects_filter_by_keyboard_and_every_page_passes_axe(site, live_server, page):
    build(site)

    page.goto(live_server.url + "/projecten/")
    assert page.get_by_role("heading", level=2, name="2 projecten, samen 20 scholen").is_visible()
    assert_no_axe_violations(page)

    page.locator("details.filter-panel__group:has(input[name=thema]) > summary").click()
    page.get_by_label("Taalonderwijs").check()
    page.get_by_label("Soort project").select_option("begeleiding")
    page.get_by_role("button", name="Toon projecten").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/projecten/?**thema=taalonderwijs**")
    assert page.get_by_role("heading", level=2, name="1 project, samen 10 scholen").is_visible()
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Spelkracht").click()
    page.wait_for_url("**/projecten/spelkracht/")
    assert page.get_by_role("heading", level=2, name="Doelstellingen").is_visible()
    assert_no_axe_violations(page)


def test_research_and_calls_pass_axe_filtered_and_not(site, live_server, page):
    build(site)

    for path in [
        "/onderzoeken/",
        "/onderzoeken/?status=opgeleverd&thema=taalonderwijs",
        "/onderzoeken/kennishiaten/",
        "/oproepen/",
        "/oproepen/?status=gegund&thema=taalonderwijs",
        "/oproepen/basiszorg/",
    ]:
        page.goto(live_server.url + path)
        assert page.get_by_role("heading", level=1).is_visible()
        assert_no_axe_violations(page)


def test_filters_work_without_javascript_on_a_phone(site, live_server, browser):
    build(site)
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    phone = context.new_page()

    phone.goto(live_server.url + "/oproepen/")
    phone.get_by_label("Status").select_option("gegund")
    phone.get_by_role("button", name="Toon oproepen").click()

    phone.wait_for_url("**/oproepen/?**status=gegund**")
    assert phone.get_by_role("heading", level=2, name="1 oproep").is_visible()
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
    context.close()
