"""Leerpunt's cycle of evidence-informed working (seed 000, seed-facts `evidence_informed_werken`):
the four stages, what each holds according to the source, and the questions a team answers.

The questions are written anew from the stages' contents in the source; none is quoted.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Stage:
    slug: str
    name: str
    meaning: str
    contents: str  # the stage's contents as the source lists them
    questions: tuple  # (field key, question)
    shows: tuple  # which kinds of chosen items this stage lists


STAGES = (
    Stage(
        "plan",
        "PLAN",
        "plannen",
        "contextanalyse, hypothesevorming, co-creatie",
        (
            (
                "plan-context",
                "Contextanalyse: wat hebben onze leerlingen nodig, of wat moet ons team nog leren?",
            ),
            (
                "plan-hypothese",
                "Hypothese: welke aanpak uit de selectie verwachten we dat helpt, en waarom?",
            ),
            ("plan-cocreatie", "Co-creatie: met wie werken we het plan samen uit?"),
        ),
        ("aanpak", "aanbeveling"),
    ),
    Stage(
        "do",
        "DO",
        "uitvoeren",
        "implementatie van acties, monitoring en bijsturen",
        (
            ("do-acties", "Welke acties zetten we, wie doet wat en wanneer?"),
            ("do-monitoring", "Hoe volgen we onderweg op wat er in de klas gebeurt?"),
            ("do-bijsturen", "Wanneer en waarop sturen we tussentijds bij?"),
        ),
        ("werkvorm",),
    ),
    Stage(
        "check",
        "CHECK",
        "nagaan",
        "analyse op basis van diverse bronnen",
        (
            (
                "check-bronnen",
                "Welke bronnen leggen we naast elkaar: wetenschappelijke kennis, praktijkkennis "
                "en data?",
            ),
            ("check-analyse", "Wat zien we als we die bronnen samen bekijken?"),
        ),
        ("aanpak",),
    ),
    Stage(
        "act",
        "ACT",
        "verder gaan",
        "bijsturen, opschalen, (her)oriënteren, doorstart",
        (
            (
                "act-besluit",
                "Wat beslissen we: bijsturen, opschalen, (her)oriënteren of een doorstart?",
            ),
            ("act-volgende", "Wat is onze volgende stap, en wanneer bekijken we het opnieuw?"),
        ),
        (),
    ),
)

SOURCES_OF_EVIDENCE = ("wetenschappelijke kennis", "praktijkkennis", "data")
