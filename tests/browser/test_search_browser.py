"""The site search in a real browser: results, the type filter, no results and a suggestion."""

import pytest

from tests.search.factories import build_search_site

from .conftest import assert_no_axe_violations


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_results_type_filter_no_results_and_suggestion(site, live_server, page, width):
    build_search_site(site)
    page.set_viewport_size({"width": width, "height": 900})

    page.goto(live_server.url + "/")
    page.get_by_role("searchbox").first.fill("feedback")
    page.get_by_role("searchbox").first.press("Enter")
    page.wait_for_url("**/zoeken/?q=feedback")
    results = page.locator("ol.result-list > li")
    assert results.first.get_by_role("heading", level=3).inner_text() == "Feedback"
    assert results.first.locator(".figures").is_visible()
    assert_no_axe_violations(page)
    page.screenshot(path=f"test-artifacts/search-results-{width}.png", full_page=True)

    filter_nav = page.get_by_role("navigation", name="Soort resultaat")
    filter_nav.get_by_role("link", name="Oproep (1)").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**type=projecten.oproeppage**")
    assert results.count() == 1
    assert_no_axe_violations(page)

    page.goto(live_server.url + "/zoeken/?q=xylofoonquiz")
    assert page.get_by_text("Geen resultaten.").is_visible()
    assert_no_axe_violations(page)

    page.goto(live_server.url + "/zoeken/?q=fedback")
    suggestion = page.locator(".search-suggestion")
    assert suggestion.inner_text() == "Bedoelde je feedback?"
    assert_no_axe_violations(page)
    page.screenshot(path=f"test-artifacts/search-suggestion-{width}.png", full_page=True)
    suggestion.get_by_role("link").click()
    page.wait_for_url("**/zoeken/?q=feedback")
    assert results.count() > 1
