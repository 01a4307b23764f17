"""Content checks of the toolkit (see leerpunt_site/core/content_checks.py)."""

import re

from django.utils.html import strip_tags

from leerpunt_site.core.content_checks import Finding

from . import figures
from .models import ToolkitItemPage, ToolkitPage

JUDGEMENTS = [words for _, _, words in figures.IMPACT_BANDS] + list(figures.COST_WORDS.values())
# "30 klaspraktijken", "9 thema's", "tien aanpakken": a count of the toolkit's items in words.
NUMBER_WORDS = {
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
}
COUNT = re.compile(
    r"\b(\d+|" + "|".join(NUMBER_WORDS) + r")\s+(?:klaspraktijken|aanpakken|thema's|items)\b",
    re.IGNORECASE,
)


def judged_unknowns():
    """Verdicts and summaries that judge a figure the source does not give."""
    for item in ToolkitItemPage.objects.live():
        unknown = [figure for figure in item.figures if not figure.is_known]
        if not unknown:
            continue
        for name, text in (("oordeel", item.verdict), ("samenvatting", item.summary)):
            judged = [words for words in JUDGEMENTS if words.lower() in text.lower()]
            if judged:
                yield Finding(
                    "oordeel over een onbekend cijfer",
                    item,
                    f"de {name} zegt '{judged[0]}', maar {unknown[0].label.lower()} is "
                    f"{unknown[0].text}.",
                )
        if (
            figures.INSUFFICIENT in item.summary.lower()
            and item.impact_state != figures.STATE_INSUFFICIENT
        ):
            yield Finding(
                "oordeel over een onbekend cijfer",
                item,
                f"de samenvatting zegt '{figures.INSUFFICIENT}', maar de bewijskracht is niet 0: "
                f"een cijfer dat de bron niet geeft, is '{figures.NOT_KNOWN}'.",
            )


def counts_against_the_tree():
    """A toolkit whose introduction counts its items differently from its live children."""
    for toolkit in ToolkitPage.objects.live():
        text = " ".join([toolkit.subtitle, strip_tags(toolkit.intro), toolkit.search_description])
        live = toolkit.get_children().live().count()
        for match in COUNT.finditer(text):
            stated = match.group(1).lower()
            number = int(stated) if stated.isdigit() else NUMBER_WORDS[stated]
            if number != live:
                yield Finding(
                    "aantal klopt niet",
                    toolkit,
                    f"de tekst zegt '{match.group(0)}', maar de toolkit heeft {live} "
                    "gepubliceerde aanpakken.",
                )


def toolkit_checks():
    yield from judged_unknowns()
    yield from counts_against_the_tree()
