"""History and compare for the people who review a page, also without page permissions; the
editors' handbook.

Wagtail's own history and compare views require the right to edit or publish the page; the
committees have neither (the workflow step opens the page to them). These are the same views with
one permission rule: whoever sits in a group that approves a step of the page's workflow.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from wagtail.admin.views.generic.models import RevisionsCompareView as GenericCompareView
from wagtail.admin.views.pages.history import PageHistoryView
from wagtail.admin.views.pages.preview import PreviewOnEditView
from wagtail.admin.views.pages.revisions import RevisionsCompareView
from wagtail.models import Page

from .handbook import handbook

COMPARE_URL_NAME = "editorial_revisions_compare"
HISTORY_URL_NAME = "editorial_history"


def may_follow_reviews(page, user):
    """Editors and publishers of the page, and the members of its workflow's approving groups."""
    permissions = page.permissions_for_user(user)
    if permissions.can_edit() or permissions.can_publish():
        return True
    workflow = page.get_workflow()
    if workflow is None or not user.is_active:
        return False
    groups = set(user.groups.values_list("pk", flat=True))
    return any(
        groups.intersection(task.groups.values_list("pk", flat=True))
        for task in workflow.tasks.specific()
        if hasattr(task, "groups")
    )


def reviewable_page(view):
    page = get_object_or_404(Page, id=view.pk).specific
    if not may_follow_reviews(page, view.request.user):
        raise PermissionDenied
    return page


class ReviewerCompareView(RevisionsCompareView):
    history_url_name = HISTORY_URL_NAME

    def dispatch(self, request, *args, **kwargs):
        # Skips RevisionsCompareView's "any page permission" check; get_object decides.
        return GenericCompareView.dispatch(self, request, *args, **kwargs)

    def get_object(self, queryset=None):
        return reviewable_page(self)


class ReviewerHistoryView(PageHistoryView):
    history_url_name = HISTORY_URL_NAME
    history_results_url_name = HISTORY_URL_NAME + "_results"
    revisions_compare_url_name = COMPARE_URL_NAME
    any_permission_required = None  # the page policy's "any page permission"; get_object decides

    def get_object(self):
        return reviewable_page(self)


class ReviewerPreviewOnEditView(PreviewOnEditView):
    """Wagtail's preview panel view, also for a reviewer the workflow step lets into the editor.

    Wagtail's requires the right to edit the page, so the committees' preview panel stayed empty.
    """

    def get_object(self):
        page = get_object_or_404(
            Page.objects.select_related("latest_revision"), id=self.kwargs["page_id"]
        ).get_latest_revision_as_object()
        user = self.request.user
        task = page.current_workflow_task
        if not (
            page.permissions_for_user(user).can_edit()
            or (task and task.specific.user_can_access_editor(page, user))
        ):
            raise PermissionDenied
        return page


def handbook_view(request):
    """docs/editors.md, for everyone who reaches the admin."""
    title, body = handbook()
    return TemplateResponse(request, "editorial/handbook.html", {"title": title, "body": body})
