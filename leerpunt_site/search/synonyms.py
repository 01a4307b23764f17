"""Dutch (Flemish) words a teacher types for what the site names differently.

Each group holds words or phrases that mean the same for a search: a query with one of them is
also run with each of the others. Flemish school words come first where they differ from the
Netherlands' ones the EEF translations use (huistaak, bisjaar, remediëring). Add a group here when
the search log shows a query that finds nothing although the site covers it.
"""

import re

GROUPS = [
    ["metacognitie", "zelfregulatie", "zelfregulerend leren"],
    ["lezen", "begrijpend lezen", "leesvaardigheid", "geletterdheid"],
    ["rekenen", "wiskunde", "gecijferdheid"],
    ["huiswerk", "huistaak", "huistaken"],
    ["zittenblijven", "bisjaar", "blijven zitten", "overzitten"],
    ["bijles", "tutoring", "remediëring", "remediering"],
    ["feedback", "terugkoppeling"],
    ["pesten", "groepsdynamiek", "groepsdynamieken"],
    ["ouders", "ouderbetrokkenheid"],
    ["digitaal", "digitalisering", "ict"],
    ["stem", "steam", "wetenschappen"],
    ["klasgrootte", "kleinere klassen"],
    ["evalueren", "evaluatie", "toetsen", "toetsing"],
    ["welbevinden", "welzijn"],
    ["gedrag", "klasmanagement"],
    ["kleuters", "kleuteronderwijs"],
]


def _phrase_pattern(phrase):
    return re.compile(rf"(?<!\S){re.escape(phrase)}(?!\S)")


_PATTERNS = [[(member, _phrase_pattern(member)) for member in group] for group in GROUPS]


def synonyms_for(terms):
    """The query `terms` (lower-case words) rewritten with each synonym of a word or phrase in it."""
    text = " ".join(terms)
    alternatives = []
    for group in _PATTERNS:
        for member, pattern in group:
            if pattern.search(text):
                alternatives += [pattern.sub(other, text) for other, _ in group if other != member]
                break
    return list(dict.fromkeys(alt for alt in alternatives if alt != text))
