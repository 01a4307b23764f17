"""The two public forms end to end in a real browser, with axe-core on their error states."""

import csv
import io
import re
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.core import mail

from leerpunt_site.nieuwsbrief.models import Inschrijving
from tests.factories import OnderwijsniveauFactory, ThemaFactory
from tests.nieuwsbrief.factories import NieuwsbriefPageFactory
from tests.vraagpunt.factories import VraagpuntPageFactory

from .conftest import assert_no_axe_violations


def test_question_from_the_browser_reaches_the_admin_and_the_export(site, live_server, page):
    OnderwijsniveauFactory(name="Lager onderwijs", slug="lager")
    VraagpuntPageFactory(parent=site)
    get_user_model().objects.create_superuser("beheer", "beheer@leerpunt.be", "lang-geheim-123")

    page.goto(live_server.url + "/vraagpunt/")
    assert_no_axe_violations(page)

    page.get_by_role("button", name="Verstuur je vraag").click()
    page.wait_for_load_state()
    assert page.title().startswith("Fout: ")
    assert page.get_by_role("alert").get_by_role("link", name="Schrijf je vraag op.").is_visible()
    assert_no_axe_violations(page)

    page.get_by_label("Je vraag").fill("Hoe maak ik huiswerk zinvol voor elke leerling?")
    page.get_by_label("Je rol").select_option(label="Leraar")
    page.get_by_label("Onderwijsniveau").select_option(label="Lager onderwijs")
    page.get_by_label("Je e-mailadres").fill("an@school.be")
    page.get_by_label("Ik geef Leerpunt toestemming").check()
    page.get_by_role("button", name="Verstuur je vraag").click()
    page.wait_for_url("**/vraagpunt/bedankt/")
    assert page.get_by_role("heading", level=1).inner_text() == "Je vraag is verstuurd"
    assert mail.outbox[-1].subject == "Nieuwe vraag via het Vraagpunt"

    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("beheer")
    page.locator("#id_password").fill("lang-geheim-123")
    page.locator("#id_password").press("Enter")
    page.wait_for_url("**/admin/")
    page.goto(live_server.url + "/admin/vraag/")
    row = page.get_by_role("row").filter(has_text="Hoe maak ik huiswerk zinvol")
    assert "Nieuw" in row.inner_text()

    export = page.request.get(live_server.url + "/admin/vraag/?export=csv")
    rows = list(csv.reader(io.StringIO(export.text())))
    assert rows[1][6] == "Hoe maak ik huiswerk zinvol voor elke leerling?"
    assert rows[1][7] == "an@school.be"


def local_link(message, step):
    """A link from a mail, pointed at the live server (mails carry the site's own host)."""
    url = re.search(r"http://\S+/nieuwsbrief/" + step + r"/\?code=\S+", message.body).group(0)
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


def test_sign_up_confirm_and_unsubscribe_end_to_end(site, live_server, page):
    OnderwijsniveauFactory(name="Secundair onderwijs", slug="secundair")
    ThemaFactory(name="Feedback", slug="feedback")
    NieuwsbriefPageFactory(parent=site)

    page.goto(live_server.url + "/nieuwsbrief/")
    assert page.locator("input:checked").count() == 0
    assert_no_axe_violations(page)

    page.get_by_label("Je e-mailadres").fill("lezer@school.be")
    page.get_by_role("button", name="Schrijf je in").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").is_visible()
    assert_no_axe_violations(page)

    page.get_by_label("Secundair onderwijs").check()
    page.get_by_label("Feedback").check()
    page.get_by_label("Ik wil de nieuwsbrief van Leerpunt ontvangen").check()
    page.get_by_role("button", name="Schrijf je in").click()
    page.wait_for_url("**/nieuwsbrief/controleer-je-mailbox/")
    assert_no_axe_violations(page)
    assert not Inschrijving.objects.subscribed().exists()

    page.goto(live_server.url + local_link(mail.outbox[-1], "bevestigen"))
    assert not Inschrijving.objects.subscribed().exists()  # opening the link is not confirming
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Ja, schrijf me in").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Je bent ingeschreven"
    assert Inschrijving.objects.subscribed().get().email == "lezer@school.be"
    assert_no_axe_violations(page)

    page.get_by_role("link", name="uitschrijven").click()
    page.wait_for_url("**/nieuwsbrief/uitschrijven/**")
    page.get_by_role("button", name="Schrijf me uit").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Je bent uitgeschreven"
    assert not Inschrijving.objects.exists()
    assert_no_axe_violations(page)
