"""The words for how strong evidence is, and for a figure nobody knows.

Shared here because two content apps that may not import each other (docs/architecture.md) show
them: the toolkit builds its evidence scale from these words (`toolkit/figures.py`, which holds
the rest of the toolkit's vocabulary: impact bands, cost, verdicts, and the legend's rows), and a
guide rates each recommendation with them (`leidraden/blocks.py`). Pages and tests import the
words; nobody types them again.
"""

NOT_KNOWN = "niet gekend"

# Evidence strength, weakest first: the toolkit's scale from 0 to 5 uses all six.
EVIDENCE_WORDS = (
    "onvoldoende evidentie",
    "zeer beperkte evidentie",
    "beperkte evidentie",
    "gemiddelde evidentie",
    "uitgebreide evidentie",
    "zeer uitgebreide evidentie",
)

# A guide's source rates each recommendation on a scale of its own with three levels: (the value
# stored in the recommendation, padlocks out of 3, its words). The stored values stay what editors
# chose ('matig' and so on); only the words are the toolkit's, so both scales read alike.
RECOMMENDATION_EVIDENCE = (
    ("beperkt", 1, EVIDENCE_WORDS[2]),
    ("matig", 2, EVIDENCE_WORDS[3]),
    ("sterk", 3, EVIDENCE_WORDS[4]),
)
