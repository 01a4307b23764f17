"""What the three listings share: a child page fetched in one query, and the list blocks."""

from wagtail import blocks
from wagtail.fields import StreamField


def point_list(verbose_name, help_text):
    """An ordered list of short texts that an editor can add to, reorder and remove from."""
    return StreamField(
        [("item", blocks.TextBlock(label="punt", rows=2))],
        blank=True,
        verbose_name=verbose_name,
        help_text=help_text,
    )
