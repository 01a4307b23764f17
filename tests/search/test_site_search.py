"""/zoeken/: ranking, the type filter, what each hit shows, highlighting, suggestions, promotions."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.factories import StandardPageFactory
from tests.kennisagenda.factories import build_update

pytestmark = pytest.mark.django_db


def search(client, **params):
    response = client.get("/zoeken/", params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def results(soup):
    """(type, title, link) of each result, in the order shown."""
    return [
        (
            item.select_one(".result__type").get_text(strip=True),
            item.select_one(".result__title").get_text(" ", strip=True),
            item.select_one(".result__title a")["href"],
        )
        for item in soup.select("ol.result-list > li")
    ]


def result_for(soup, href):
    return next(
        item
        for item in soup.select("ol.result-list > li")
        if item.select_one(".result__title a")["href"] == href
    )


def test_a_title_match_comes_first_toolkit_item_then_guide_then_theme_hub(client, search_site):
    shown = results(search(client, q="feedback"))

    assert shown[:3] == [
        ("Toolkitaanpak", "Feedback", search_site["toolkit_item"].url),
        ("Leidraad", "Feedback", search_site["guide"].url),
        ("Thema", "Feedback", "/kennisagenda/feedback/"),
    ]
    # The update only mentions feedback (three times) and comes after every title match.
    titles = [title for _, title, _ in shown]
    assert titles.index("Terugblik op het netwerkevent") > titles.index("Onderzoek naar feedback")


def test_the_type_filter_offers_each_type_with_its_count_and_narrows_the_results(
    client, search_site
):
    soup = search(client, q="feedback")
    nav = soup.select_one('nav[aria-label="Soort resultaat"]')
    labels = [link.get_text(" ", strip=True) for link in nav.select("a")]

    assert labels[0] == f"Alles ({len(results(soup))})"
    assert "Toolkitaanpak (1)" in labels and "Oproep (1)" in labels and "Thema (1)" in labels
    assert nav.select_one("a[aria-current]").get_text(" ", strip=True).startswith("Alles")

    narrowed = search(client, q="feedback", type="projecten.oproeppage")

    assert [kind for kind, _, _ in results(narrowed)] == ["Oproep"]
    current = narrowed.select_one('nav[aria-label="Soort resultaat"] a[aria-current]')
    assert current.get_text(" ", strip=True) == "Oproep (1)"


def test_an_unknown_type_is_ignored(client, search_site):
    assert len(results(search(client, q="feedback", type="<script>"))) == len(
        results(search(client, q="feedback"))
    )


def test_hits_show_toolkit_figures_guide_status_and_recommendation_and_call_status(
    client, search_site
):
    soup = search(client, q="mondelinge feedback")
    item = result_for(search(client, q="feedback"), search_site["toolkit_item"].url)
    spoken = [
        " ".join(text.get_text(" ").split()) for text in item.select(".figures .figure__text")
    ]
    assert [text.split(",")[0] for text in spoken] == ["1 van 5", "4 van 5"]  # cost, evidence
    assert "Impact" in item.select_one(".figures").get_text()

    guide = result_for(soup, search_site["guide"].url)
    assert guide.select_one(".leidraad-status").get_text(strip=True) == "Gepubliceerd"
    link = guide.select_one(".result__sublinks a")
    assert link["href"] == search_site["guide"].url + "aanbeveling-3/"
    assert link.get_text(" ", strip=True) == "Aanbeveling 3: Gebruik mondelinge feedback bewust"

    call = result_for(search(client, q="feedback"), search_site["call"].url)
    assert call.select_one(".status").get_text(strip=True) == "Open"


def test_the_query_is_marked_in_title_and_excerpt(client, search_site):
    item = result_for(search(client, q="feedback"), search_site["update"].url)

    marks = [mark.get_text() for mark in item.select(".result__snippet mark")]
    assert marks == ["Feedback", "feedback", "feedback"]


def test_page_text_and_query_are_escaped_in_results(client, home):
    StandardPageFactory(
        parent=home, title="Veilig <b>zoeken</b>", intro='<script>alert("x")</script> zoeken'
    )
    call_command("update_index", verbosity=0)

    soup = search(client, q="zoeken <img src=x onerror=alert(1)>")

    assert not soup.select("main script, main img, main b")
    title = soup.select_one("ol.result-list .result__title")
    assert title.get_text(" ", strip=True) == "Veilig <b> zoeken </b>"
    assert [mark.get_text() for mark in title.select("mark")] == ["zoeken"]
    assert "alert" in soup.select_one(".result__snippet").get_text()


def test_a_typo_gets_a_suggestion_from_the_titles_that_finds_the_page(client, search_site):
    soup = search(client, q="fedback")

    assert results(soup) == []
    suggestion = soup.select_one(".search-suggestion a")
    assert suggestion.get_text() == "feedback"
    followed = BeautifulSoup(client.get(suggestion["href"]).content, "html.parser")
    assert results(followed)[0][2] == search_site["toolkit_item"].url


def test_no_results_and_no_close_title_says_so_without_suggestion(client, search_site):
    soup = search(client, q="xylofoonquiz")

    assert soup.select_one(".search-empty")
    assert soup.select_one(".search-suggestion") is None


def test_a_search_promotion_is_shown_above_the_results(client, search_site):
    SearchPromotion.objects.create(
        query=Query.get("feedback"),
        page=search_site["standard"],
        description="Start hier.",
        sort_order=0,
    )

    soup = search(client, q="Feedback")

    promotion = soup.select_one("section.promotions")
    assert promotion.select_one("a")["href"] == search_site["standard"].url
    assert promotion.find_next("ol", class_="result-list")  # the promotion comes first


def test_searches_are_counted_only_when_they_find_something(client, search_site, settings):
    settings.SEARCH_HIT_SAMPLE = 1
    search(client, q="feedback")
    for number in range(20):
        search(client, q=f"onzin{number}qq")

    assert [(query.query_string, query.hits) for query in Query.objects.all()] == [("feedback", 1)]


def test_a_flood_of_searches_writes_a_sample_counted_in_full(client, search_site, settings):
    settings.SEARCH_HIT_SAMPLE = 10
    for _ in range(60):
        search(client, q="feedback")

    # About six writes of ten; never one row per search.
    hits = Query.objects.get(query_string="feedback").hits if Query.objects.exists() else 0
    assert hits % 10 == 0 and hits <= 600
    assert Query.objects.count() <= 1


def test_query_count_does_not_grow_with_the_number_of_hits(client, search_site):
    def queries(query):
        search(client, q=query)  # warm the shell and vocabulary caches
        with CaptureQueriesContext(connection) as captured:
            search(client, q=query)
        return len(captured)

    few = queries("feedback")
    for number in range(30):
        build_update(search_site["home"], title=f"Feedback nummer {number}")
    call_command("update_index", verbosity=0)

    assert queries("feedback") <= few + 1  # at most one more page type among the first 20
    assert few <= 21  # SQLite's search backend runs a few more queries than PostgreSQL's


def test_search_for_leerlingen_finds_a_page_about_de_leerling(client, home):
    if connection.vendor != "postgresql":
        pytest.skip("Dutch stemming needs PostgreSQL; CI always runs on PostgreSQL")
    StandardPageFactory(parent=home, title="Welbevinden", intro="Elke leerling telt.")
    call_command("update_index", verbosity=0)

    assert [title for _, title, _ in results(search(client, q="leerlingen"))] == ["Welbevinden"]


def test_search_results_are_not_indexed(client, home):
    soup = search(client, q="feedback")

    assert soup.select_one('meta[name="robots"]')["content"] == "noindex, follow"


def test_the_hits_of_a_query_are_kept_until_the_next_publish(client, home):
    StandardPageFactory(parent=home, title="Feedback geven", slug="feedback")
    call_command("update_index", verbosity=0)
    search(client, q="feedback")

    with CaptureQueriesContext(connection) as again:
        soup = search(client, q="  Feedback! ")  # the same words
    full_text = [q for q in again.captured_queries if "wagtailsearch_indexentry" in q["sql"]]
    assert full_text == []
    assert [title for _, title, _ in results(soup)] == ["Feedback geven"]

    page = StandardPageFactory(parent=home, title="Feedback op schrijven", slug="schrijven")
    call_command("update_index", verbosity=0)
    page.save_revision().publish()  # purges

    titles = {title for _, title, _ in results(search(client, q="feedback"))}
    assert titles == {"Feedback geven", "Feedback op schrijven"}
