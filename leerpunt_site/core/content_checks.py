"""Content consistency checks: findings where the site contradicts itself or a source.

Each app registers its own checks with the Wagtail hook `register_content_checks`: a function
that takes no arguments and yields `Finding`s. `manage.py check_content` runs them all, so the
command knows no app. The checks here are the ones every page shares: links to addresses the
public cannot open, and internal links to pages the public cannot see.
"""

import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models
from wagtail import hooks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, ReferenceIndex

HOOK = "register_content_checks"

# Video platforms' owner-only addresses: they work for the uploader and nobody else.
PRIVATE_VIDEO = re.compile(
    r"vimeo\.com/manage/|studio\.youtube\.com/|youtube\.com/(?:edit|my_videos)", re.IGNORECASE
)


@dataclass(frozen=True)
class Finding:
    """One contradiction on one page: what is wrong, in words an editor acts on."""

    kind: str
    page: Page
    message: str

    def __str__(self):
        return f"[{self.kind}] {self.page.title} ({self.page.url_path}): {self.message}"


def run_checks():
    """Every finding of every registered check, in the order the apps registered them."""
    return [finding for check in hooks.get_hooks(HOOK) for finding in check()]


def text_fields(model):
    """The fields of a page type an editor writes text or addresses in."""
    kinds = (models.CharField, models.TextField, RichTextField, StreamField)
    return [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, kinds) and field.model is not Page  # not Wagtail's own fields
    ]


def private_video_links():
    """Links to a video platform's owner-only address (e.g. vimeo.com/manage/...)."""
    for page in Page.objects.live().specific().iterator():
        for name in text_fields(type(page)):
            value = getattr(page, name)
            text = str(getattr(value, "raw_data", value) or "")
            if match := PRIVATE_VIDEO.search(text):
                yield Finding(
                    "niet-openbare video",
                    page,
                    f"het veld '{name}' linkt naar een adres dat alleen de eigenaar kan openen "
                    f"({match.group(0)}...): gebruik de openbare link van de video.",
                )


def links_to_unpublished_pages():
    """Live pages that link to a page the public cannot see (draft, unpublished or private)."""
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.objects.filter(
        base_content_type=page_type, to_content_type=page_type
    ).values_list("object_id", "to_object_id", "model_path")
    targets = {int(to_id) for _, to_id, _ in references}
    public = set(Page.objects.filter(pk__in=targets).live().public().values_list("pk", flat=True))
    hidden = targets - public
    sources = (
        Page.objects.live()
        .public()
        .in_bulk({int(pk) for pk, to, _ in references if int(to) in hidden})
    )
    titles = dict(Page.objects.filter(pk__in=hidden).values_list("pk", "title"))
    for source_id, target_id, model_path in references:
        source, target_id = sources.get(int(source_id)), int(target_id)
        if source is not None and target_id in hidden:
            yield Finding(
                "link naar onzichtbare pagina",
                source,
                f"'{model_path}' linkt naar '{titles.get(target_id, target_id)}', die niet "
                "openbaar is.",
            )


def shared_checks():
    """Registered by this app's wagtail_hooks."""
    yield from private_video_links()
    yield from links_to_unpublished_pages()
