"""One vocabulary for impact, cost and evidence: every level word a page shows comes from
toolkit/figures.py (and the words it shares with the guides, leerpunt_site/core/vocabulary.py),
the legend lists every level, and no template or code types such a word again."""

import ast
import re
from itertools import product
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.html import parse, table_rows, text, texts
from tests.leidraden.factories import LeidraadIndexPageFactory, LeidraadPageFactory
from toolkit import figures

from .factories import ToolkitItemPageFactory, toolkit_tree

pytestmark = pytest.mark.django_db

WORDS = figures.level_words()
# Every sentence the verdict can be: the verdict is built from the words above and nothing else.
VERDICTS = {
    figures.verdict(impact, cost, evidence)
    for impact, cost, evidence in product(
        [None, *range(figures.IMPACT_MIN, figures.IMPACT_MAX + 1)],
        [None, *figures.Kost.values],
        [None, *figures.Bewijskracht.values],
    )
}
# (title, impact, cost, evidence): each impact band, both scales' ends and every state.
ITEMS = [
    ("Feedback", 6, 1, 4),
    ("Feedback in groep", 3, 3, 3),
    ("Zittenblijven", -2, 5, 2),
    ("Feedback op huiswerk", 0, 2, 1),
    ("Feedback door tutors", 8, 4, 5),
    ("Feedback met leerstijlen", None, 2, 0),
    ("Feedback bij kleuters", None, None, None),
    ("Feedback in kleine groepen", 1, None, 3),
]


def level_texts(page):
    """The words beside every figure and rating, without what only a screen reader hears
    ('4 van 5, ')."""
    found = []
    for element in page.select(".figure__text, .figure__value--words, .rating__text"):
        for hidden in element.select(".visually-hidden"):
            hidden.extract()
        found.append(text(element))
    return found


def verdicts(page):
    return texts(page.select(".figures__verdict"))


@pytest.fixture
def site(home):
    _, toolkit = toolkit_tree(home)
    items = [
        ToolkitItemPageFactory(
            parent=toolkit, title=title, impact_months=impact, cost=cost, evidence=evidence
        )
        for title, impact, cost, evidence in ITEMS
    ]
    recommendations = [
        (
            "aanbeveling",
            {
                "title": f"Feedback, stap {number}",
                "summary": "Kort.",
                "explanation": "<p>Waarom.</p>",
                "in_practice": "<p>Zo.</p>",
                "evidence": value,
            },
        )
        for number, value in enumerate(["sterk", "matig", "beperkt", ""], start=1)
    ]
    guide = LeidraadPageFactory(
        parent=LeidraadIndexPageFactory(parent=home),
        title="Feedback geven",
        recommendations=recommendations,
    )
    call_command("update_index", verbosity=0)
    return {"toolkit": toolkit, "items": items, "guide": guide}


def test_every_level_word_on_the_pages_comes_from_the_one_vocabulary(client, site):
    toolkit, items = site["toolkit"], site["items"]
    compare = "&".join(f"items={item.slug}" for item in items[:4])
    pages = {
        "listing": toolkit.url,
        "item": items[1].url,
        "item without figures": items[6].url,
        "compare": f"{toolkit.url}vergelijk/?{compare}",
        "guide": site["guide"].url,
        "search": "/zoeken/?q=feedback",
    }
    shown = {}
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        page = parse(response)
        shown[name] = level_texts(page)
        assert set(shown[name]) <= WORDS, (name, set(shown[name]) - WORDS)
        assert set(verdicts(page)) <= VERDICTS, (name, set(verdicts(page)) - VERDICTS)

    # The pages do show the words: cost and evidence on every row, an impact in words on two.
    assert len(shown["listing"]) == 2 * len(ITEMS) + 2
    assert {figures.NOT_KNOWN, figures.INSUFFICIENT} <= set(shown["listing"])
    assert shown["item"] == [figures.Kost.GEMIDDELD.label, figures.Bewijskracht.GEMIDDELD.label]
    assert shown["item without figures"] == [figures.NOT_KNOWN] * 3
    assert len(shown["compare"]) == 8
    assert shown["guide"] == [words for _, _, words in reversed(figures.RECOMMENDATION_EVIDENCE)]
    assert figures.Kost.ZEER_LAAG.label in shown["search"]


def test_the_band_of_three_to_four_months_is_not_called_average(client, site):
    page = parse(client.get(site["items"][1].url))

    assert verdicts(page) == [
        "Middelgrote impact voor gemiddelde kosten, gebaseerd op gemiddelde evidentie"
    ]
    assert "Gemiddelde impact" not in text(page)


def table(page, caption):
    """The rows of the table with this caption, without its header row."""
    for candidate in page.select("table"):
        if text(candidate.caption) == caption:
            return table_rows(candidate, "tbody")
    raise AssertionError(f"no table '{caption}'")


def test_the_legend_lists_every_level_of_every_scale_and_both_states(client, home):
    toolkit_tree(home)

    page = parse(client.get("/toolkit/hoe-lees-je-de-toolkit/"))

    assert table(page, "De impactschaal") == [
        [band, words] for _, band, words in figures.IMPACT_BANDS
    ]
    assert [words for _, words in table(page, "De kostenschaal")] == figures.Kost.labels
    assert [
        words for _, words in table(page, "De schaal voor bewijskracht")
    ] == figures.Bewijskracht.labels
    assert table(page, "De schaal voor bewijskracht bij een aanbeveling") == [
        [f"Bewijskracht: {steps} van 3", words]
        for _, steps, words in figures.RECOMMENDATION_EVIDENCE
    ]
    assert table(page, "Twee toestanden zonder cijfer") == [list(state) for state in figures.STATES]
    # The verdict: the impact band's own words (above), then these.
    rows = figures.legend_rows()
    assert table(page, "Deel 2: de kosten") == [list(row) for row in rows["cost"]]
    assert table(page, "Deel 3: de bewijskracht") == [list(row) for row in rows["evidence"]]


def string_constants(path):
    """The string literals of a module, without its docstrings (prose for maintainers)."""
    tree = ast.parse(path.read_text())
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_template_or_code_types_a_level_word_again():
    root = Path(settings.BASE_DIR)
    word = re.compile("|".join(re.escape(words) for words in WORDS), re.IGNORECASE)
    comment = re.compile(r"{% comment %}.*?{% endcomment %}|{#.*?#}", re.DOTALL)
    found = []
    for path in (root / "templates").rglob("*"):
        if path.is_file():
            found += [(path, match) for match in word.findall(comment.sub("", path.read_text()))]
    home_of_the_words = {
        root / "toolkit" / "figures.py",
        root / "leerpunt_site" / "core" / "vocabulary.py",
    }
    for package in [
        "leerpunt_site",
        "toolkit",
        "leidraden",
        "kennisagenda",
        "projecten",
        "werkmap",
        "volgen",
    ]:
        for path in (root / package).rglob("*.py"):
            if "migrations" in path.parts or path in home_of_the_words:
                continue
            for constant in string_constants(path):
                found += [(path, match) for match in word.findall(constant)]

    assert found == []
