"""Blocks of a toolkit item: the references behind its figures."""

from wagtail import blocks


class ReferentieBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label="referentie",
        max_length=400,
        help_text="Auteur, titel en jaar, of de naam van de bron.",
    )
    url = blocks.URLBlock(label="link", required=False)

    class Meta:
        icon = "doc-full"
        label = "Referentie"
