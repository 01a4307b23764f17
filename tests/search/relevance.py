"""How well the site search ranks: the relevance set (tests/search/relevance.yaml) run through /zoeken/.

Each case is a query a teacher would type and the page that must come first (`first:`) or among
the first three (`top3:`). Precision at 1 is the share of cases whose page is the first result,
precision at 3 the share whose page is among the first three. Used by tests/search/test_relevance.py
and `make search-eval` (scripts/search_eval.py).
"""

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from bs4 import BeautifulSoup

RELEVANCE_SET = Path(__file__).with_name("relevance.yaml")


@dataclass
class Outcome:
    query: str
    expected: str
    must_be_first: bool
    found: list

    @property
    def position(self):
        return self.found.index(self.expected) + 1 if self.expected in self.found else None

    @property
    def passed(self):
        limit = 1 if self.must_be_first else 3
        return self.position is not None and self.position <= limit


@dataclass
class Report:
    outcomes: list = field(default_factory=list)

    def precision_at(self, k):
        hits = sum(1 for o in self.outcomes if o.position is not None and o.position <= k)
        return hits / len(self.outcomes)

    @property
    def failures(self):
        return [o for o in self.outcomes if not o.passed]

    def summary(self):
        lines = [
            f"{len(self.outcomes)} zoekvragen: precisie@1 {self.precision_at(1):.2f}, "
            f"precisie@3 {self.precision_at(3):.2f}"
        ]
        for o in self.failures:
            rule = "eerst" if o.must_be_first else "top 3"
            lines.append(
                f"  NIET GEHAALD ({rule}) {o.query!r}: {o.expected} op plaats {o.position}"
            )
        return "\n".join(lines)


def load_cases(path=RELEVANCE_SET):
    cases = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return [(case["query"], case.get("first") or case["top3"], "first" in case) for case in cases]


def result_paths(client, query):
    """The paths of the results of /zoeken/ for `query`, in the order shown."""
    response = client.get("/zoeken/", {"q": query})
    soup = BeautifulSoup(response.content, "html.parser")
    links = soup.select("ol.result-list .result__title a")
    return [urlsplit(link["href"]).path for link in links]


def evaluate(client, cases=None):
    report = Report()
    for query, expected, must_be_first in cases or load_cases():
        found = result_paths(client, query)
        report.outcomes.append(Outcome(query, expected, must_be_first, found))
    return report
