"""The three figures of a toolkit item (impact, cost, evidence): scales, words and the verdict.

Plain Python so that the pages, the legend, the chart and the exports all say the same thing.
An unknown figure is None and is always shown in words, never as a number.
"""

from django.db import models

UNKNOWN = "onvoldoende evidentie"

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
IMPACT_UNKNOWN_WORDS = "Onbekende impact"
COST_WORDS = {
    Kost.ZEER_LAAG: "voor zeer lage kosten",
    Kost.LAAG: "voor lage kosten",
    Kost.GEMIDDELD: "voor gemiddelde kosten",
    Kost.HOOG: "voor hoge kosten",
    Kost.ZEER_HOOG: "voor zeer hoge kosten",
}
COST_UNKNOWN_WORDS = "voor onbekende kosten"
EVIDENCE_UNKNOWN_WORDS = "met onvoldoende evidentie"

DEFINITIONS = {
    "impact": "Gemiddeld aantal maanden extra vooruitgang over een schooljaar, vergeleken met "
    "gelijkaardige leerlingen zonder deze aanpak.",
    "cost": "Ruwe inschatting van wat de aanpak een school kost aan geld, tijd en "
    "professionalisering: 1 is zeer laag, 5 is zeer hoog.",
    "evidence": "Hoe zeker de impact is, op basis van het aantal, de kwaliteit, de actualiteit en "
    "de consistentie van de studies: 0 is onvoldoende, 5 is zeer uitgebreid.",
}


def impact_words(months):
    if months is None:
        return IMPACT_UNKNOWN_WORDS
    return next((words for high, _, words in IMPACT_BANDS if months <= high), IMPACT_BANDS[-1][2])


def evidence_words(evidence):
    if not evidence:  # None and 0 both mean: not enough evidence to judge
        return EVIDENCE_UNKNOWN_WORDS
    return f"gebaseerd op {Bewijskracht(evidence).label}"


def verdict(impact_months, cost, evidence):
    """'Hoge impact voor zeer lage kosten, gebaseerd op uitgebreide evidentie'."""
    cost_words = COST_UNKNOWN_WORDS if cost is None else COST_WORDS[Kost(cost)]
    return f"{impact_words(impact_months)} {cost_words}, {evidence_words(evidence)}"


def impact_text(months):
    """'+6 maanden', '0 maanden', '-2 maanden' or the words for unknown."""
    if months is None:
        return UNKNOWN
    unit = "maand" if abs(months) == 1 else "maanden"
    return f"{months:+d} {unit}" if months else f"0 {unit}"


def impact_spoken(months):
    """What a screen reader says instead of the signed number."""
    if months is None:
        return f"Impact: {UNKNOWN}"
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
    return UNKNOWN if cost is None else f"{cost} van 5, {Kost(cost).label}"


def evidence_text(evidence):
    return UNKNOWN if evidence is None else f"{evidence} van 5, {Bewijskracht(evidence).label}"


FIGURE_TEXT = {"impact_months": impact_text, "cost": cost_text, "evidence": evidence_text}


def figure_text(field_name, value):
    """A figure's value in words, for the version history and the chart."""
    return FIGURE_TEXT[field_name](value)


def legend_rows():
    """The verdict's wording per band, for the legend page."""
    impact = [(band, words) for _, band, words in IMPACT_BANDS]
    impact.append(("niet bekend", IMPACT_UNKNOWN_WORDS))
    cost = [(f"{choice.value} van 5 ({choice.label})", COST_WORDS[choice]) for choice in Kost]
    cost.append(("niet bekend", COST_UNKNOWN_WORDS))
    evidence = [
        (f"{choice.value} van 5 ({choice.label})", evidence_words(choice.value))
        for choice in Bewijskracht
    ]
    evidence.append(("niet bekend", EVIDENCE_UNKNOWN_WORDS))
    return {"impact": impact, "cost": cost, "evidence": evidence}
