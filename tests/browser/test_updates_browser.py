"""Updates and agenda in a real browser: filter by keyboard, event page, axe-core."""

import datetime
import re

from django.utils import timezone

from tests.agenda.factories import AgendaPageFactory, EventPageFactory
from tests.factories import ThemaFactory
from tests.updates.factories import ImageFactory, UpdateIndexPageFactory, UpdatePageFactory

from .conftest import assert_no_axe_violations


def test_updates_listing_filter_and_update_page(site, live_server, page):
    feedback = ThemaFactory(name="Feedback", slug="feedback")
    index = UpdateIndexPageFactory(parent=site, intro="<p>Nieuws van Leerpunt.</p>")
    UpdatePageFactory(
        parent=index, title="Leidraad feedback", themes=[feedback], listing_image=ImageFactory()
    )
    UpdatePageFactory(parent=index, title="Jaarverslag")

    page.goto(live_server.url + "/updates/")
    assert_no_axe_violations(page)

    page.locator("details.filter-panel__group:has(input[name=thema]) > summary").click()
    page.get_by_label("Feedback").check()
    page.get_by_role("button", name="Toon updates").press("Enter")
    page.wait_for_url(re.compile(r"/updates/\?.*thema=feedback"))
    listing = page.get_by_role("main").get_by_role("heading", level=2)
    assert listing.all_inner_texts() == ["Filter de updates", "Leidraad feedback"]
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Leidraad feedback").click()
    page.wait_for_url("**/updates/leidraad-feedback/")
    assert page.get_by_role("heading", level=1).inner_text() == "Leidraad feedback"
    assert_no_axe_violations(page)


def test_agenda_archive_and_event_page(site, live_server, page):
    agenda = AgendaPageFactory(parent=site, intro="<p>Webinars en studiedagen.</p>")
    EventPageFactory(
        parent=agenda, title="LeerSNACK huiswerk", registration_url="https://example.org/"
    )
    EventPageFactory(
        parent=agenda,
        title="LeerSTART",
        start=timezone.now() - datetime.timedelta(days=30),
        recording_url="https://vimeo.com/1",
    )

    page.goto(live_server.url + "/agenda/")
    assert page.get_by_role("link", name="LeerSNACK huiswerk").is_visible()
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Archief: voorbije events en opnames").click()
    page.wait_for_url("**/agenda/archief/")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="LeerSTART").click()
    assert page.get_by_role("link", name="Bekijk de opname").is_visible()
    assert_no_axe_violations(page)

    page.goto(live_server.url + "/agenda/")
    page.get_by_role("link", name="LeerSNACK huiswerk").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Zet in je agenda").click()
    assert download.value.suggested_filename.endswith(".ics")
    assert_no_axe_violations(page)
