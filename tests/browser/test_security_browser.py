"""The security headers in a real browser: nothing the site or the admin needs is blocked."""

import pytest

from tests.factories import StandardPageFactory

from .conftest import assert_no_axe_violations

PASSWORD = "een-lang-en-sterk-wachtwoord"


def csp_violations(page):
    """Collects the console's Content-Security-Policy complaints for this page."""
    messages = []
    page.on(
        "console",
        lambda message: (
            messages.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return messages


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("redacteur", "r@leerpunt.be", PASSWORD)


def log_in(page, live_server, password=PASSWORD):
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "redacteur")
    page.fill("input[name=password]", password)
    page.click("form.login-form button[type=submit]")
    page.wait_for_load_state()


def test_public_page_runs_its_script_under_the_strict_policy(site, live_server, page):
    StandardPageFactory(parent=site, title="Over Leerpunt", slug="over-leerpunt")
    violations = csp_violations(page)
    page.set_viewport_size({"width": 375, "height": 800})

    page.goto(live_server.url + "/over-leerpunt/")

    assert page.locator("html").evaluate("el => el.classList.contains('js')")  # site.js ran
    assert violations == []


def test_admin_editor_works_under_its_own_policy(site, live_server, page, editor):
    about = StandardPageFactory(parent=site, title="Over Leerpunt", slug="over-leerpunt")
    violations = csp_violations(page)

    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/pages/{about.pk}/edit/")
    page.wait_for_load_state("networkidle")

    assert page.get_by_role("button", name="Bewaar concept").is_visible()
    assert page.locator(".c-sf-add-button").first.is_visible()  # the StreamField, built by script
    assert violations == []


def test_lock_out_page_is_dutch_and_accessible(site, live_server, page, editor, settings):
    settings.AXES_ENABLED = True

    for _ in range(5):
        log_in(page, live_server, password="fout")

    assert page.get_by_role("heading", name="Te veel mislukte aanmeldpogingen").is_visible()
    assert_no_axe_violations(page)


def test_two_factor_set_up_page_shows_a_qr_code(site, live_server, page, editor):
    violations = csp_violations(page)
    log_in(page, live_server)

    page.goto(live_server.url + "/admin/tweestaps/")

    assert page.locator(".two-factor-qr svg").is_visible()
    assert page.get_by_label("Code uit je authenticator-app").is_visible()
    assert violations == []
