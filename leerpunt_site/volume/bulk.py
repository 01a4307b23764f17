"""Many live pages below one parent in a handful of queries, for volume and query-budget tests.

Wagtail's add_child() costs a dozen queries per page (tree bookkeeping, revision, search index,
reference index, signals). Here the tree paths are computed as treebeard would, the Page rows go
in with one bulk insert, the page type's own rows with one more, and the themes, levels and other
many-to-many values in one per relation. No revisions, no signals, no search index: callers index
the pages themselves when they need search (see generator.index_pages).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection, models
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Page


def next_position(parent):
    """The treebeard position after the parent's last child (numchild can lag after deletions)."""
    last_path = parent.get_children().order_by("-path").values_list("path", flat=True).first()
    return Page._str2int(last_path[-Page.steplen :]) + 1 if last_path else 1


def bulk_add_children(parent, pages):
    """Insert unsaved pages of one page type as live children of `parent`; returns them, saved.

    Many-to-many values given to the page (ThemaPage(themes=[...]), or set on the unsaved page)
    are stored too. Child relations (orderables) are not: bulk-create those yourself.
    """
    if not pages:
        return pages
    model = type(pages[0])
    if list(model._meta.parents) != [Page] or any(type(page) is not model for page in pages):
        raise TypeError(
            "bulk_add_children() takes pages of one type that inherits straight from Page"
        )
    content_type = ContentType.objects.get_for_model(model)
    depth = parent.depth + 1
    now = timezone.now()
    for position, page in enumerate(pages, start=next_position(parent)):
        page.depth = depth
        page.path = Page._get_path(parent.path, depth, position)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.numchild = 0
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.live = True
        page.has_unpublished_changes = False
        page.draft_title = page.title
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.last_published_at or page.first_published_at

    # Read the in-memory many-to-many values while the pages are unsaved: afterwards the
    # relation managers would query the database, once per page.
    relations = {
        field: [list(getattr(page, field.name).all()) for page in pages]
        for field in model._meta.local_many_to_many
        if isinstance(field, ParentalManyToManyField)
    }
    base_fields = [field.attname for field in Page._meta.concrete_fields if field.attname != "id"]
    rows = Page.objects.bulk_create(
        [Page(**{name: getattr(page, name) for name in base_fields}) for page in pages]
    )
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.pk
    # Multi-table inheritance rules out bulk_create for the page type: insert its rows in one go.
    model.objects._insert(pages, fields=model._meta.local_concrete_fields)
    for page in pages:
        page._state.adding = False

    for field, values in relations.items():
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        through.objects.bulk_create(
            through(**{source: page.pk, target: related.pk})
            for page, related_objects in zip(pages, values, strict=True)
            for related in related_objects
        )
    Page.objects.filter(pk=parent.pk).update(numchild=models.F("numchild") + len(pages))
    parent.numchild += len(pages)
    refresh_statistics([Page, model, *(field.remote_field.through for field in relations)])
    return pages


def refresh_statistics(tables):
    """Let PostgreSQL plan for the rows just inserted. Autovacuum analyses a table only after the
    transaction commits; a test's rows never do, and with statistics of an empty table the planner
    chose nested loops that kept one toolkit listing of 1,000 items busy for over ten minutes."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for model in tables:
            cursor.execute(f'ANALYZE "{model._meta.db_table}"')
