"""What the committees review: the preview of a draft looks like the site and passes axe-core."""

from wagtail.models import Page

from leerpunt_site.editorial import setup
from tests.editorial.factories import PASSWORD, ToolkitOverviewPageFactory, UserFactory

from .conftest import assert_no_axe_violations


def log_in(page, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(live_server.url + "/admin/")


def test_a_reviewer_previews_a_submitted_draft_without_axe_violations(site, live_server, page):
    toolkit = ToolkitOverviewPageFactory(parent=site)
    toolkit.save_revision().publish()
    setup.apply()
    editor = UserFactory(username="redacteur", groups=[setup.REDACTIE])
    UserFactory(username="wetenschap", groups=[setup.WETENSCHAPPELIJKE_COMMISSIE])
    toolkit.title = "Toolkit: wat werkt in de klas"
    toolkit.intro = "<p>Dertig aanpakken, met hun impact, kost en bewijskracht.</p>"
    toolkit.save_revision(user=editor)
    toolkit.get_workflow().start(toolkit, editor)
    task = Page.objects.get(pk=toolkit.pk).current_workflow_task

    log_in(page, live_server, "wetenschap")
    # The dashboard panel's preview link opens the draft in a new tab.
    with page.context.expect_page() as new_tab:
        page.get_by_role("link", name="Voorbeeld van Toolkit: wat werkt in de klas").click()
    preview = new_tab.value
    preview.wait_for_load_state()

    assert preview.url.endswith(f"/admin/pages/workflow/preview/{toolkit.pk}/{task.pk}/")
    assert preview.locator("html").get_attribute("lang") == "nl-BE"
    assert preview.get_by_role("heading", level=1).inner_text() == "Toolkit: wat werkt in de klas"
    # Wagtail's userbar is an editors' tool that visitors never get. Its links sit in a shadow
    # root, which makes axe-core stop recognising the skip link ("region"): check the page itself.
    preview.evaluate("document.querySelector('wagtail-userbar').remove()")
    assert_no_axe_violations(preview)

    page.goto(live_server.url + "/toolkit/")
    assert page.get_by_role("heading", level=1).inner_text() == "Toolkit"  # still the live text
