"""The repeatable parts of the kennisagenda page: the phases of how it was made and its key figures."""

from wagtail import blocks


class FaseBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="naam", max_length=60, help_text="Bv. 'Inventarisering'.")
    period = blocks.CharBlock(
        label="periode",
        max_length=60,
        help_text="De maanden van deze fase, bv. 'februari - maart 2024'.",
    )
    text = blocks.TextBlock(label="wat gebeurde er?", help_text="Twee of drie zinnen.")

    class Meta:
        label = "fase"
        icon = "list-ol"


class KerncijferBlock(blocks.StructBlock):
    value = blocks.CharBlock(
        label="cijfer", max_length=12, help_text="Alleen het getal, groot getoond, bv. '700'."
    )
    label = blocks.CharBlock(
        label="omschrijving",
        max_length=80,
        help_text="Wat het cijfer telt, in kleine letters na het getal, bv. 'kennisvragen verzameld'.",
    )

    class Meta:
        label = "kerncijfer"
        icon = "pick"
