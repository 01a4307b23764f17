"""Purge the page cache whenever what visitors see may have changed."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from .cache import purge_all


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def purge_on_page_change(sender, **kwargs):
    purge_all()


@receiver(post_delete)
def purge_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        purge_all()


def shown_on_pages(instance):
    """Snippets, sites and their settings, images, documents and view restrictions: saved
    outside a page's publication."""
    return isinstance(
        instance, Site | BaseSiteSetting | AbstractImage | AbstractDocument | PageViewRestriction
    ) or isinstance(instance, tuple(get_snippet_models()))


# Saves visitors see no change from: Wagtail stores a document's size and hash on first use; a
# draft of a snippet with drafts (a theme text) is a revision, and the row only notes it; a lock
# is the admin's. Publishing or unpublishing saves the whole row, and purges.
BOOKKEEPING_FIELDS = {
    "file_size",
    "file_hash",
    "latest_revision",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


@receiver(post_save)
@receiver(post_delete)
def purge_on_snippet_change(sender, instance, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    if shown_on_pages(instance):
        purge_all()
