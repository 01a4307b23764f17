"""The answer bank in a real browser: suggestions while typing a question, the form without
JavaScript, and axe-core on the index, an answer and the form with suggestions."""

from leerpunt_site.antwoorden.models import AntwoordLink
from leerpunt_site.vraagpunt.models import Vraag
from tests.antwoorden.factories import VraagAntwoordPageFactory, answer_bank
from tests.factories import OnderwijsniveauFactory
from tests.toolkit.factories import ToolkitItemPageFactory, toolkit_tree

from .conftest import assert_no_axe_violations


def test_typing_a_question_suggests_existing_answers(site, live_server, page):
    _, index = answer_bank(site)
    VraagAntwoordPageFactory(
        parent=index,
        title="Hoe lees je de twee toolkits?",
        question="Hoe moeten we de toolkits lezen en interpreteren?",
    )

    page.goto(live_server.url + "/vraagpunt/")
    page.get_by_label("Je vraag").press_sequentially("Hoe moet ik de toolkits lezen?", delay=10)

    suggestions = page.locator("#answer-suggestions")
    suggestions.get_by_role("link", name="Hoe lees je de twee toolkits?").wait_for()
    assert suggestions.get_by_role("heading").inner_text() == "Misschien is je vraag al beantwoord"
    assert_no_axe_violations(page)

    suggestions.get_by_role("link").click()
    page.wait_for_url("**/vraagpunt/antwoorden/hoe-lees-je-de-twee-toolkits/")
    assert page.get_by_role("heading", level=1).inner_text() == "Hoe lees je de twee toolkits?"


def test_the_form_still_submits_without_javascript(site, live_server, browser):
    OnderwijsniveauFactory(name="Lager onderwijs", slug="lager")
    answer_bank(site)
    context = browser.new_context(java_script_enabled=False, locale="nl-BE")
    page = context.new_page()

    page.goto(live_server.url + "/vraagpunt/")
    page.get_by_label("Je vraag").fill("Werkt huiswerk in het lager onderwijs?")
    page.get_by_label("Je rol").select_option(label="Leraar")
    page.get_by_label("Je e-mailadres").fill("an@school.be")
    page.get_by_label("Ik geef Leerpunt toestemming").check()
    page.get_by_role("button", name="Verstuur je vraag").click()
    page.wait_for_url("**/vraagpunt/bedankt/")
    context.close()

    assert Vraag.objects.get().question == "Werkt huiswerk in het lager onderwijs?"


def test_index_and_answer_pass_axe(site, live_server, page):
    _, toolkit = toolkit_tree(site)
    item = ToolkitItemPageFactory(parent=toolkit, title="Feedback")
    _, index = answer_bank(site)
    answer = VraagAntwoordPageFactory(
        parent=index, answered_by="Leerpunt", links=[AntwoordLink(page=item)]
    )

    for path in ("/vraagpunt/antwoorden/", "/vraagpunt/antwoorden/?q=onbestaand", answer.url):
        page.goto(live_server.url + path)
        assert page.locator("html").get_attribute("lang") == "nl-BE"
        assert_no_axe_violations(page)

    page.goto(live_server.url + item.url)
    assert page.get_by_role("heading", name="Vragen hierover").is_visible()
    assert_no_axe_violations(page)
