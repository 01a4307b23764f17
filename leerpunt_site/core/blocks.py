"""StreamField blocks for free-form pages. Templates live in templates/components/blocks/."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="tekst", max_length=120)
    level = blocks.ChoiceBlock(
        label="niveau",
        choices=[("h2", "Kop 2"), ("h3", "Kop 3"), ("h4", "Kop 4")],
        default="h2",
        help_text="Kop 2 voor een hoofdstuk, kop 3 voor een deel daarvan. Sla geen niveau over.",
    )

    class Meta:
        icon = "title"
        label = "Tussentitel"
        template = "components/blocks/heading_block.html"


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(
        label="afbeelding",
        help_text="Vul een alternatieve tekst in, of duid aan dat de afbeelding decoratief is.",
    )
    caption = blocks.CharBlock(label="bijschrift", required=False, max_length=250)

    class Meta:
        icon = "image"
        label = "Afbeelding"
        template = "components/blocks/figure_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="citaat")
    attribution = blocks.CharBlock(label="bron", required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = "Citaat"
        template = "components/blocks/quote_block.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="titel", max_length=100)
    text = blocks.TextBlock(label="tekst", required=False)
    link_text = blocks.CharBlock(label="linktekst", max_length=60)
    page = blocks.PageChooserBlock(label="pagina", required=False)
    url = blocks.URLBlock(label="of externe URL", required=False)

    class Meta:
        icon = "link"
        label = "Oproep tot actie"
        template = "components/blocks/cta_block.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                {"url": ValidationError("Kies een pagina óf vul een externe URL in, niet allebei.")}
            )
        return value


class DocumentLinksValue(blocks.StructValue):
    def downloads(self):
        """(label, document) pairs for components/document_list.html; a deleted document drops out."""
        return [("", document) for document in self["documents"] if document]


class DocumentLinksBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="titel", required=False, max_length=100)
    documents = blocks.ListBlock(DocumentChooserBlock(label="document"), label="documenten")

    class Meta:
        icon = "doc-full"
        label = "Documenten"
        template = "components/blocks/document_links_block.html"
        value_class = DocumentLinksValue


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label="Tekst",
        features=["bold", "italic", "link", "document-link", "ul", "ol"],
        template="components/blocks/paragraph_block.html",
    )
    figure = FigureBlock()
    quote = QuoteBlock()
    table = TableBlock(
        label="Tabel",
        template="components/blocks/table_block.html",
        table_options={
            "contextMenu": [
                "row_above",
                "row_below",
                "col_left",
                "col_right",
                "remove_row",
                "remove_col",
                "undo",
                "redo",
            ]
        },
    )
    cta = CallToActionBlock()
    documents = DocumentLinksBlock()
