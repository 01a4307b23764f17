"""What the editor screen tells reviewers and editors about the page's place in the workflow."""

from django.urls import reverse
from wagtail.models import TaskState, WorkflowState

from .views import COMPARE_URL_NAME


def compare_with_live_url(page, revision):
    """The diff between what visitors see now and this revision; None for a page never published."""
    if not page.live_revision_id or page.live_revision_id == revision.pk:
        return None
    return reverse(COMPARE_URL_NAME, args=[page.pk, page.live_revision_id, revision.pk])


def changes_requested(page):
    """The step that sent the page back, while the page waits for the editor; else None."""
    workflow_state = page.current_workflow_state
    if not workflow_state or workflow_state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    return (
        TaskState.objects.filter(workflow_state=workflow_state, status=TaskState.STATUS_REJECTED)
        .select_related("task", "finished_by")
        .order_by("-finished_at", "-pk")
        .first()
    )
