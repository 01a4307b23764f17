"""The blocks of a guide: its numbered recommendations and its team activities."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from leerpunt_site.core import vocabulary

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ul", "ol"]


class AanbevelingValue(blocks.StructValue):
    # The rating component draws the strength of evidence as 1 to 3 locks, with the words beside
    # them: the toolkit's words (leerpunt_site/core/vocabulary.py), on the guide's own scale.
    EVIDENCE_STEPS = {value: steps for value, steps, _ in vocabulary.RECOMMENDATION_EVIDENCE}
    EVIDENCE_WORDS = {value: words for value, _, words in vocabulary.RECOMMENDATION_EVIDENCE}
    EVIDENCE_MAX = len(vocabulary.RECOMMENDATION_EVIDENCE)
    EVIDENCE_DEFINITION = (
        "Hoe sterk het onderzoek is waarop deze aanbeveling steunt, op drie niveaus: "
        + ", ".join(words for _, _, words in vocabulary.RECOMMENDATION_EVIDENCE[:-1])
        + f" of {vocabulary.RECOMMENDATION_EVIDENCE[-1][2]}."
    )

    @property
    def evidence_steps(self):
        return self.EVIDENCE_STEPS.get(self.get("evidence"))

    @property
    def evidence_words(self):
        return self.EVIDENCE_WORDS.get(self.get("evidence"), "")


class AanbevelingBlock(blocks.StructBlock):
    number = blocks.IntegerBlock(
        label="nummer",
        min_value=1,
        max_value=9999,
        required=False,
        help_text="Staat voor de titel en in de link (…/aanbeveling-3/). Het blijft bij deze "
        "aanbeveling als je de volgorde verandert. Leeg bij een nieuwe aanbeveling: ze krijgt het "
        "volgende vrije nummer. Geef je een ander nummer, dan leidt de oude link hierheen.",
    )
    title = blocks.CharBlock(
        label="titel",
        max_length=160,
        help_text="Eén zin, als opdracht geformuleerd, bv. 'Plan hoe leerlingen feedback gebruiken'. "
        "De titel aanpassen breekt geen links: die volgen het nummer van de aanbeveling.",
    )
    summary = blocks.TextBlock(
        label="samenvatting",
        max_length=400,
        help_text="Eén of twee zinnen. Verschijnt ook als beschrijving wanneer iemand de link naar "
        "deze aanbeveling deelt.",
    )
    explanation = blocks.RichTextBlock(
        label="toelichting", features=RICH_TEXT_FEATURES, help_text="Waarom werkt dit?"
    )
    in_practice = blocks.RichTextBlock(
        label="in de praktijk",
        features=RICH_TEXT_FEATURES,
        help_text="Concrete voorbeelden uit de klas of de school.",
    )
    evidence = blocks.ChoiceBlock(
        label="bewijskracht",
        choices=[(value, words) for value, _, words in vocabulary.RECOMMENDATION_EVIDENCE],
        required=False,
        help_text="Hoe sterk het onderzoek achter deze aanbeveling is, zoals de bron van de "
        "leidraad het aangeeft (drie niveaus). Leeg laten als de bron het niet aangeeft.",
    )

    class Meta:
        icon = "tick-inverse"
        label = "Aanbeveling"
        value_class = AanbevelingValue


class AanbevelingenBlock(blocks.StreamBlock):
    """The guide's recommendations: each keeps its number, unique within the guide."""

    aanbeveling = AanbevelingBlock()

    def clean(self, value):
        value = super().clean(value)
        taken = {}
        errors = {}
        for index, child in enumerate(value):
            number = child.value.get("number")
            if number is None:
                continue
            if number in taken:
                errors[index] = StructBlockValidationError(
                    block_errors={
                        "number": ValidationError(
                            f"Aanbeveling {number} bestaat al in deze leidraad: kies een ander nummer."
                        )
                    }
                )
            taken[number] = index
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        # New recommendations get the next free numbers, in the order they stand.
        next_number = max(taken, default=0) + 1
        for child in value:
            if child.value.get("number") is None:
                child.value["number"] = next_number
                next_number += 1
        return value


class WerkvormBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="titel", max_length=120)
    goal = blocks.TextBlock(label="doel", help_text="Wat het team na de werkvorm weet of kan.")
    steps = blocks.ListBlock(
        blocks.TextBlock(label="stap"),
        label="aanpak",
        min_num=1,
        help_text="De stappen in volgorde; ze worden genummerd getoond.",
    )
    duration = blocks.CharBlock(
        label="duur",
        required=False,
        max_length=60,
        help_text="Bv. '45 minuten'. Leeg als onbekend.",
    )
    materials = blocks.TextBlock(
        label="materiaal",
        required=False,
        help_text="Wat deelnemers of de begeleider meebrengen. Leeg als er niets nodig is.",
    )

    class Meta:
        icon = "group"
        label = "Werkvorm"
