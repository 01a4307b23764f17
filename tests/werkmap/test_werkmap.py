"""The werkmap: a selection held in a versioned URL, shown with figures and the PDCA cycle."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from tests.toolkit.factories import ToolkitItemPageFactory, bulk_items
from werkmap.selection import MAX_ITEMS, Ref, parse, query_string

from .factories import feedback_tree

pytestmark = pytest.mark.django_db


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def entry_titles(soup):
    return [
        title.get_text(strip=True)
        for title in soup.select(".werkmap__entries .werkmap-entry__title")
    ]


def query(soup_link):
    return parse_qs(urlsplit(soup_link["href"]).query)


def test_selection_round_trips_through_the_url_format():
    refs = [Ref("aanpak", 12), Ref("aanbeveling", 34, 2), Ref("werkvorm", 34, 1)]

    text = query_string(refs)

    assert text == "v=1&aanpak=12&aanbeveling=34-2&werkvorm=34-1"
    assert parse(QueryDict(text)) == (refs, "")


def test_unreadable_parts_are_skipped_with_a_message_and_a_newer_version_is_refused():
    refs, problem = parse(QueryDict("v=1&aanpak=12&aanpak=drop table&aanbeveling=3&werkvorm=4-0"))
    assert refs == [Ref("aanpak", 12)]
    assert problem == "Een deel van de link was onleesbaar en is weggelaten."

    assert parse(QueryDict("v=2&aanpak=12"))[0] == []
    too_many = "&".join(f"aanpak={n}" for n in range(1, MAX_ITEMS + 5))
    assert len(parse(QueryDict(too_many))[0]) == MAX_ITEMS


def test_empty_werkmap_says_so_and_walks_the_four_stages(home, client):
    werkmap, *_ = feedback_tree(home)

    soup = soup_of(client.get(werkmap.url))

    assert soup.select_one(".werkmap__empty p").get_text(strip=True) == "Je werkmap is nog leeg."
    stages = [h3.get_text(strip=True) for h3 in soup.select(".werkmap-stage h3")]
    assert stages == ["PLAN: plannen", "DO: uitvoeren", "CHECK: nagaan", "ACT: verder gaan"]
    plan_questions = [label.get_text(strip=True) for label in soup.select("#stap-plan ~ div label")]
    assert plan_questions[0].startswith("Contextanalyse:")


def test_chosen_items_show_with_figures_verdict_and_in_their_stage(home, client):
    werkmap, _, feedback, guide = feedback_tree(home)
    selection = f"v=1&aanpak={feedback.pk}&aanbeveling={guide.pk}-2&werkvorm={guide.pk}-1"

    soup = soup_of(client.get(f"{werkmap.url}?{selection}"))

    assert entry_titles(soup) == [
        "Feedback",
        "Aanbeveling 2: Aanbeveling over stap 2",
        "Werkvorm 1",
    ]
    approach = soup.select(".werkmap__entries .werkmap-entry")[0]
    impact = approach.select_one(".figure--impact .figure__value")
    assert impact.get_text(strip=True) == "+6 maanden"
    assert approach.select_one(".werkmap-entry__verdict").get_text(strip=True) == feedback.verdict
    plan = soup.find("section", attrs={"aria-labelledby": "stap-plan"})
    do = soup.find("section", attrs={"aria-labelledby": "stap-do"})
    assert [a.get_text() for a in plan.select(".werkmap-stage__items a")] == [
        "Feedback",
        "Aanbeveling 2: Aanbeveling over stap 2",
    ]
    assert [a.get_text() for a in do.select(".werkmap-stage__items a")] == ["Werkvorm 1"]
    assert (
        soup.select_one("#werkmap-link")["value"] == f"http://testserver{werkmap.url}?{selection}"
    )
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"


def test_suggestions_from_the_linked_guide_add_to_the_url_without_javascript(home, client):
    werkmap, _, feedback, guide = feedback_tree(home)

    soup = soup_of(client.get(f"{werkmap.url}?v=1&aanpak={feedback.pk}"))

    adds = soup.select(".werkmap__suggestions a.werkmap__add")
    assert len(adds) == 3 + 2  # three recommendations and two team activities
    assert query(adds[0]) == {
        "v": ["1"],
        "aanpak": [str(feedback.pk)],
        "aanbeveling": [f"{guide.pk}-1"],
    }
    # Following it: the item is in the werkmap and no longer suggested.
    soup = soup_of(client.get(werkmap.url + adds[0]["href"]))
    assert len(entry_titles(soup)) == 2
    assert len(soup.select(".werkmap__suggestions a.werkmap__add")) == 4


def test_unpublished_item_and_vanished_recommendation_are_marked_a_moved_item_is_found(
    home, client
):
    werkmap, toolkit, feedback, guide = feedback_tree(home)
    other = ToolkitItemPageFactory(parent=toolkit, title="Huiswerk")
    other.unpublish()
    feedback.slug = "feedback-geven"
    feedback.save_revision().publish()
    selection = f"v=1&aanpak={other.pk}&aanpak={feedback.pk}&aanbeveling={guide.pk}-9"

    soup = soup_of(client.get(f"{werkmap.url}?{selection}"))

    assert entry_titles(soup) == ["Niet meer beschikbaar", "Feedback", "Niet meer beschikbaar"]
    link = soup.select(".werkmap__entries .werkmap-entry__title a")[0]
    assert link["href"].endswith("/feedback-geven/")
    remove = soup.select(".werkmap-entry__remove a")[0]
    assert query(remove)["aanpak"] == [str(feedback.pk)]


def test_download_is_a_markdown_plan_with_room_for_the_answers(home, client):
    werkmap, _, feedback, guide = feedback_tree(home)

    response = client.get(f"{werkmap.url}download/?v=1&aanpak={feedback.pk}")

    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="werkmap-leerpunt.md"'
    lines = response.content.decode().splitlines()
    assert lines[0] == "# Werkmap van ons team"
    assert any(line.startswith("- **Aanpak:** Feedback (http://testserver/") for line in lines)
    assert "### PLAN: plannen" in lines
    assert "<!-- antwoord:plan-context -->" in lines


def test_bewaar_links_on_item_guide_recommendation_and_activity(home, client):
    werkmap, _, feedback, guide = feedback_tree(home)

    item_link = soup_of(client.get(feedback.url)).select_one("a.werkmap-bewaar__link")
    guide_links = soup_of(client.get(guide.url)).select("a.werkmap-bewaar__link")

    assert item_link.get_text(strip=True) == "Bewaar in werkmap: Feedback"
    assert urlsplit(item_link["href"]).path == werkmap.url
    assert query(item_link) == {"v": ["1"], "aanpak": [str(feedback.pk)]}
    assert [link["data-werkmap-key"] for link in guide_links] == [
        f"aanbeveling={guide.pk}-1",
        f"aanbeveling={guide.pk}-2",
        f"aanbeveling={guide.pk}-3",
        f"werkvorm={guide.pk}-1",
        f"werkvorm={guide.pk}-2",
    ]


def test_query_count_does_not_grow_with_the_number_of_items(home, client):
    werkmap, toolkit, feedback, guide = feedback_tree(home)
    few = f"v=1&aanpak={feedback.pk}&aanbeveling={guide.pk}-1&werkvorm={guide.pk}-1"
    many_items = bulk_items(toolkit, 30)
    many = few + "".join(f"&aanpak={item.pk}" for item in many_items)
    client.get(f"{werkmap.url}?{few}")  # warm the shell's fragment cache

    counts = []
    for selection, shown in [(few, 3), (many, 33)]:
        with CaptureQueriesContext(connection) as queries:
            soup = soup_of(client.get(f"{werkmap.url}?{selection}"))
        assert len(entry_titles(soup)) == shown
        counts.append(len(queries))

    # The werkmap (found, then read as itself), the approaches, the guides. The site and its home
    # page come from the fragment cache, and with no private page there are no view restrictions
    # to read.
    assert counts == [4, 4]
