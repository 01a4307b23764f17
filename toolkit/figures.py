"""The three figures of a toolkit item (impact, cost, evidence): scales, words and the verdict.

The site's one vocabulary for these levels: the pages, the legend, the chart, the exports and the
guides' recommendations all take their words from here (the words the guides share with the
toolkit live in `leerpunt_site/core/vocabulary.py`, since the guides may not import the toolkit),
and `level_words()` lists every one of them. Nothing else types them.
Each figure is in one of three states, and templates only render the state they are given:

- a value;
- "niet gekend": the source gives no figure (None, `NA` in the source data);
- for impact only, "onvoldoende evidentie": the evidence strength is 0, so no impact is estimated.

The verdict judges only when all three figures are known; it never pairs a judgement with an
unknown ("Hoge impact voor onbekende kosten" says more than anyone knows).
"""

from dataclasses import dataclass

from django.db import models

from leerpunt_site.core import vocabulary

NOT_KNOWN = vocabulary.NOT_KNOWN
INSUFFICIENT = vocabulary.EVIDENCE_WORDS[0]
# A guide's recommendations: three levels of their own, in the same words (value, steps, words).
RECOMMENDATION_EVIDENCE = vocabulary.RECOMMENDATION_EVIDENCE

# The states, as template- and CSS-friendly names.
VALUE = "waarde"
STATE_NOT_KNOWN = "niet-gekend"
STATE_INSUFFICIENT = "onvoldoende-evidentie"

# A school year has ten months; the EEF scale stops well inside it.
IMPACT_MIN = -12
IMPACT_MAX = 12


class Kost(models.IntegerChoices):
    ZEER_LAAG = 1, "zeer lage kost"
    LAAG = 2, "lage kost"
    GEMIDDELD = 3, "gemiddelde kost"
    HOOG = 4, "hoge kost"
    ZEER_HOOG = 5, "zeer hoge kost"


class Bewijskracht(models.IntegerChoices):
    ONVOLDOENDE = 0, vocabulary.EVIDENCE_WORDS[0]
    ZEER_BEPERKT = 1, vocabulary.EVIDENCE_WORDS[1]
    BEPERKT = 2, vocabulary.EVIDENCE_WORDS[2]
    GEMIDDELD = 3, vocabulary.EVIDENCE_WORDS[3]
    UITGEBREID = 4, vocabulary.EVIDENCE_WORDS[4]
    ZEER_UITGEBREID = 5, vocabulary.EVIDENCE_WORDS[5]


# (highest month of the band, the band in words, the first words of the verdict). +3 to +4 is
# 'middelgroot', not 'gemiddeld': beside "gemiddeld +4 maanden" (the average over the studies)
# 'Gemiddelde impact' read as the average rather than as a band.
IMPACT_BANDS = [
    (-1, "minder dan 0 maanden", "Negatieve impact"),
    (0, "0 maanden", "Geen meetbare impact"),
    (2, "+1 tot +2 maanden", "Lage impact"),
    (4, "+3 tot +4 maanden", "Middelgrote impact"),
    (6, "+5 tot +6 maanden", "Hoge impact"),
    (IMPACT_MAX, "+7 maanden of meer", "Zeer hoge impact"),
]
COST_WORDS = {
    Kost.ZEER_LAAG: "voor zeer lage kosten",
    Kost.LAAG: "voor lage kosten",
    Kost.GEMIDDELD: "voor gemiddelde kosten",
    Kost.HOOG: "voor hoge kosten",
    Kost.ZEER_HOOG: "voor zeer hoge kosten",
}

DEFINITIONS = {
    "impact": "Gemiddeld aantal maanden extra vooruitgang over een schooljaar, vergeleken met "
    "gelijkaardige leerlingen zonder deze aanpak.",
    "cost": "Ruwe inschatting van wat de aanpak een school kost aan geld, tijd en "
    f"professionalisering: van {Kost.ZEER_LAAG.label} (1) tot {Kost.ZEER_HOOG.label} (5).",
    # 0 in other words than its state: the definition shows on every item, also on one whose
    # evidence is simply not known.
    "evidence": "Hoe zeker de impact is, op basis van het aantal, de kwaliteit, de actualiteit en "
    f"de consistentie van de studies: van {Bewijskracht.ZEER_BEPERKT.label} (1) tot "
    f"{Bewijskracht.ZEER_UITGEBREID.label} (5); 0 betekent te weinig onderzoek om de impact in "
    "te schatten.",
}

# The states of a figure without a value, as the legend explains them: (words, meaning).
STATES = [
    (
        NOT_KNOWN,
        "De bron geeft geen cijfer. Dat kan bij de impact, de kosten en de bewijskracht; we vullen "
        "niets in wat de bron niet zegt.",
    ),
    (
        INSUFFICIENT,
        "Alleen bij de impact: de bewijskracht is 0, er is te weinig bruikbaar onderzoek om de "
        "impact in te schatten. Er staat dan geen aantal maanden.",
    ),
]


def impact_state(months, evidence):
    """Insufficient evidence (strength 0) explains a missing impact; otherwise it is not known."""
    if months is not None:
        return VALUE
    return STATE_INSUFFICIENT if evidence == Bewijskracht.ONVOLDOENDE else STATE_NOT_KNOWN


def scale_state(value):
    return STATE_NOT_KNOWN if value is None else VALUE


def impact_words(months):
    return next((words for high, _, words in IMPACT_BANDS if months <= high), IMPACT_BANDS[-1][2])


def verdict(impact_months, cost, evidence):
    """'Hoge impact voor zeer lage kosten, gebaseerd op uitgebreide evidentie', or, when a
    figure is missing, a sentence that says what is missing and judges nothing."""
    if impact_state(impact_months, evidence) == STATE_INSUFFICIENT:
        return f"{INSUFFICIENT.capitalize()} om de impact in te schatten"
    missing = [
        name
        for name, value in (
            ("de impact", impact_months),
            ("de kost", cost),
            ("de bewijskracht", evidence),
        )
        if value is None
    ]
    if missing:
        names = missing[0] if len(missing) == 1 else f"{', '.join(missing[:-1])} en {missing[-1]}"
        verb = "is" if len(missing) == 1 else "zijn"
        return f"Geen samenvattend oordeel: {names} {verb} {NOT_KNOWN}"
    return (
        f"{impact_words(impact_months)} {COST_WORDS[Kost(cost)]}, "
        f"gebaseerd op {Bewijskracht(evidence).label}"
    )


def impact_text(months, evidence=None):
    """'+6 maanden', '0 maanden', '-2 maanden', or the words for its state."""
    if months is None:
        return INSUFFICIENT if evidence == Bewijskracht.ONVOLDOENDE else NOT_KNOWN
    unit = "maand" if abs(months) == 1 else "maanden"
    return f"{months:+d} {unit}" if months else f"0 {unit}"


def impact_spoken(months, evidence=None):
    """What a screen reader says instead of the signed number."""
    if months is None:
        return f"Impact: {impact_text(months, evidence)}"
    unit = "maand" if abs(months) == 1 else "maanden"
    if months > 0:
        return f"Impact: {months} {unit} extra vooruitgang"
    if months < 0:
        return f"Impact: {-months} {unit} minder vooruitgang"
    return "Impact: geen extra vooruitgang"


def impact_range_text(months, low, high):
    """'tussen +4 en +8 maanden' around a known impact; empty when the interval is not known."""
    if months is None or low is None or high is None:
        return ""
    return f"tussen {low:+d} en {high:+d} maanden"


def cost_words(cost):
    """'lage kost', or 'niet gekend'."""
    return NOT_KNOWN if cost is None else Kost(cost).label


def evidence_words(evidence):
    """'uitgebreide evidentie', or 'niet gekend'."""
    return NOT_KNOWN if evidence is None else Bewijskracht(evidence).label


def cost_text(cost):
    return NOT_KNOWN if cost is None else f"{cost} van 5, {cost_words(cost)}"


def evidence_text(evidence):
    return NOT_KNOWN if evidence is None else f"{evidence} van 5, {evidence_words(evidence)}"


FIGURE_TEXT = {"impact_months": impact_text, "cost": cost_text, "evidence": evidence_text}


def figure_text(field_name, value):
    """A figure's value in words, for the version history."""
    return FIGURE_TEXT[field_name](value)


@dataclass(frozen=True)
class Figure:
    """One figure of an item as the pages, the chart and the exports show it."""

    key: str  # "impact", "cost" or "evidence"
    label: str
    value: int | None
    state: str  # VALUE, STATE_NOT_KNOWN or STATE_INSUFFICIENT
    text: str  # '+6 maanden', '1 van 5, zeer lage kost', 'niet gekend', ...
    spoken: str  # what a screen reader reads

    @property
    def is_known(self):
        return self.state == VALUE


def item_figures(impact_months, cost, evidence):
    """The three figures of an item, in display order."""
    return [
        Figure(
            "impact",
            "Impact",
            impact_months,
            impact_state(impact_months, evidence),
            impact_text(impact_months, evidence),
            impact_spoken(impact_months, evidence),
        ),
        Figure(
            "cost", "Kosten", cost, scale_state(cost), cost_text(cost), f"Kosten: {cost_text(cost)}"
        ),
        Figure(
            "evidence",
            "Bewijskracht",
            evidence,
            scale_state(evidence),
            evidence_text(evidence),
            f"Bewijskracht: {evidence_text(evidence)}",
        ),
    ]


def export_state(figure):
    """The state for open data: None when there is a value, else its words."""
    return None if figure.is_known else figure.text


def level_words():
    """Every word the site uses for a level of impact, cost or evidence, or for a missing figure:
    the impact bands, both scales, the verdict's cost words and the guides' three levels."""
    return {
        *(words for _, _, words in IMPACT_BANDS),
        *Kost.labels,
        *COST_WORDS.values(),
        *Bewijskracht.labels,
        *(words for _, _, words in RECOMMENDATION_EVIDENCE),
        NOT_KNOWN,
        INSUFFICIENT,
    }


def legend_rows():
    """The verdict's wording per band, for the legend page."""
    impact = [(band, words) for _, band, words in IMPACT_BANDS]
    cost = [(f"{choice.value} van 5 ({choice.label})", COST_WORDS[choice]) for choice in Kost]
    evidence = [
        (f"{choice.value} van 5 ({choice.label})", f"gebaseerd op {choice.label}")
        for choice in Bewijskracht
        if choice
    ]
    return {"impact": impact, "cost": cost, "evidence": evidence}
