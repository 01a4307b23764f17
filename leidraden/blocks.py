"""The blocks of a guide: its numbered recommendations and its team activities."""

from wagtail import blocks

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ul", "ol"]


class AanbevelingValue(blocks.StructValue):
    # The rating component draws the strength of evidence as 1 to 3 locks, with the word beside them.
    EVIDENCE_STEPS = {"sterk": 3, "matig": 2, "beperkt": 1}
    EVIDENCE_MAX = 3

    @property
    def evidence_steps(self):
        return self.EVIDENCE_STEPS.get(self.get("evidence"))


class AanbevelingBlock(blocks.StructBlock):
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
        choices=[("sterk", "Sterk"), ("matig", "Matig"), ("beperkt", "Beperkt")],
        required=False,
        help_text="Hoe sterk het onderzoek achter deze aanbeveling is. Leeg laten als de bron het "
        "niet aangeeft.",
    )

    class Meta:
        icon = "tick-inverse"
        label = "Aanbeveling"
        value_class = AanbevelingValue


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
