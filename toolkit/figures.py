"""The three figures of a toolkit item (impact, cost, evidence): scales, words and the verdict.

Plain Python so that the pages, the legend, the chart and the exports all say the same thing.
Each figure is in one of three states, and templates only render the state they are given:

- a value;
- "niet gekend": the source gives no figure (None, `NA` in the source data);
- for impact only, "onvoldoende evidentie": the evidence strength is 0, so no impact is estimated.

The verdict judges only when all three figures are known; it never pairs a judgement with an
unknown ("Hoge impact voor onbekende kosten" says more than anyone knows).
"""

from dataclasses import dataclass

from django.db import models

NOT_KNOWN = "niet gekend"
INSUFFICIENT = "onvoldoende evidentie"

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
    ONVOLDOENDE = 0, "onvoldoende evidentie"
    ZEER_BEPERKT = 1, "zeer beperkte evidentie"
    BEPERKT = 2, "beperkte evidentie"
    GEMIDDELD = 3, "gemiddelde evidentie"
    UITGEBREID = 4, "uitgebreide evidentie"
    ZEER_UITGEBREID = 5, "zeer uitgebreide evidentie"


# (highest month of the band, the band in words, the first words of the verdict)
IMPACT_BANDS = [
    (-1, "minder dan 0 maanden", "Negatieve impact"),
    (0, "0 maanden", "Geen meetbare impact"),
    (2, "+1 tot +2 maanden", "Lage impact"),
    (4, "+3 tot +4 maanden", "Gemiddelde impact"),
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
    "professionalisering: 1 is zeer laag, 5 is zeer hoog.",
    "evidence": "Hoe zeker de impact is, op basis van het aantal, de kwaliteit, de actualiteit en "
    "de consistentie van de studies: 0 is onvoldoende, 5 is zeer uitgebreid.",
}


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
        return "Onvoldoende evidentie om de impact in te schatten"
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
        return f"Geen samenvattend oordeel: {names} {verb} niet gekend"
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


def cost_text(cost):
    return NOT_KNOWN if cost is None else f"{cost} van 5, {Kost(cost).label}"


def evidence_text(evidence):
    return NOT_KNOWN if evidence is None else f"{evidence} van 5, {Bewijskracht(evidence).label}"


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
