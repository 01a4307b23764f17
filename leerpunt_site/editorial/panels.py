"""Dashboard panels: what waits for the current user's review, and content due for a new review."""

import datetime

from django.contrib.admin.utils import quote
from django.core.exceptions import FieldDoesNotExist
from django.db.models import DateField, Q
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, get_default_page_content_type, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy

from .review import compare_with_live_url

OVERDUE_LIMIT = 20
# The toolkit items' "laatst herzien" date; any page type with a DateField of this name counts.
REVIEW_DATE_FIELD = "last_reviewed"


class HandbookPanel(Component):
    name = "handbook"
    order = 90
    template_name = "editorial/panels/handbook.html"


class AwaitingReviewPanel(Component):
    """Replaces Wagtail's "awaiting your review": same source, with the four-eyes rule applied."""

    name = "workflow_objects_to_moderate"
    order = 100
    template_name = "editorial/panels/awaiting_review.html"

    def get_context_data(self, parent_context):
        return {"reviews": awaiting_review(parent_context["request"].user)}


class OverdueReviewPanel(Component):
    name = "overdue_reviews"
    # Below the editor's own work (Wagtail's workflow, recent edits and locked pages panels).
    order = 400
    template_name = "editorial/panels/overdue_reviews.html"

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        pages, total = overdue_pages(user, reviewed_page_models())
        rows = [{"page": page, "reviewed": getattr(page, REVIEW_DATE_FIELD)} for page in pages]
        return {"rows": rows, "total": total, "limit": OVERDUE_LIMIT}


def awaiting_review(user):
    """Task states this user may decide on now, oldest first: pages and the snippets with a
    workflow (the theme texts), each with its title, step and links."""
    states = list(
        TaskState.objects.reviewable_by(user)
        .select_related("task", "revision", "workflow_state__requested_by")
        .order_by("started_at", "pk")
    )
    page_type = get_default_page_content_type()
    pages = Page.objects.in_bulk(
        [
            int(state.revision.object_id)
            for state in states
            if state.revision.base_content_type_id == page_type.pk
        ]
    )
    reviews = []
    for state in states:
        if state.revision.base_content_type_id == page_type.pk:
            obj = pages.get(int(state.revision.object_id))
        else:
            obj = state.revision.content_object
        # An object deleted while in review leaves its task state behind: skip it.
        if obj is not None:
            reviews.append(review_row(obj, state))
    return reviews


def review_row(obj, state):
    """What the panel shows of one object in review: title, step and the admin's URLs for it."""
    if isinstance(obj, Page):
        return {
            "title": obj.get_admin_display_title(),
            "task_state": state,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[obj.pk]),
            "preview_url": reverse(
                "wagtailadmin_pages:workflow_preview", args=[obj.pk, state.task_id]
            ),
            "compare_url": compare_with_live_url(obj, state.revision),
        }
    viewset = obj.snippet_viewset
    pk = quote(obj.pk)
    compare_url = None
    if obj.live_revision_id and obj.live_revision_id != state.revision_id:
        compare_url = reverse(
            viewset.get_url_name("revisions_compare"),
            args=[pk, obj.live_revision_id, state.revision_id],
        )
    return {
        "title": str(obj),
        "kind": obj._meta.verbose_name,
        "task_state": state,
        "edit_url": reverse(viewset.get_url_name("edit"), args=[pk]),
        "preview_url": reverse(viewset.get_url_name("workflow_preview"), args=[pk, state.task_id])
        if obj.is_previewable()
        else None,
        "compare_url": compare_url,
    }


def reviewed_page_models(models=None):
    """Page models with a review date: the toolkit items, and any page type that adds one."""
    return [
        model
        for model in (get_page_models() if models is None else models)
        if isinstance(model_field(model, REVIEW_DATE_FIELD), DateField)
    ]


def model_field(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def a_year_before(day):
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def overdue_pages(user, models, today=None):
    """Live pages of these models, editable by the user, not reviewed for twelve months.

    Returns up to OVERDUE_LIMIT pages, never-reviewed and longest-ago first, and the total.
    """
    cutoff = a_year_before(today or timezone.localdate())
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    overdue = Q(**{f"{REVIEW_DATE_FIELD}__lt": cutoff}) | Q(
        **{f"{REVIEW_DATE_FIELD}__isnull": True}
    )
    found, total = [], 0
    for model in models:
        pages = model.objects.live().filter(overdue, pk__in=editable.values("pk"))
        total += pages.count()
        found += pages.order_by(REVIEW_DATE_FIELD, "pk")[:OVERDUE_LIMIT]
    found.sort(key=lambda page: (getattr(page, REVIEW_DATE_FIELD) or datetime.date.min, page.pk))
    return found[:OVERDUE_LIMIT], total
