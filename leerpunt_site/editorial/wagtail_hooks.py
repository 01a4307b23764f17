from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import setup, views
from .panels import AwaitingReviewPanel, HandbookPanel, OverdueReviewPanel
from .review import changes_requested, compare_with_live_url


class ContentAccessibilityItem(ContentCheckerItem):
    """The accessibility checker (userbar and "Checks" panel) looks at what editors write.

    The site's header and footer come from templates and settings; they are checked by the
    browser tests (axe-core on every page type), and reporting them here only raises alarms an
    editor cannot act on.
    """

    axe_include = ["main"]


@hooks.register("construct_wagtail_userbar")
def check_content_only(request, items, page):
    items[:] = [
        ContentAccessibilityItem(item.in_editor)
        if isinstance(item, ContentCheckerItem) and not isinstance(item, ContentAccessibilityItem)
        else item
        for item in items
    ]


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path(
            "beoordeling/<int:pk>/vergelijk/<int:revision_id_a>...<int:revision_id_b>/",
            views.ReviewerCompareView.as_view(),
            name=views.COMPARE_URL_NAME,
        ),
        path(
            "beoordeling/<int:page_id>/geschiedenis/",
            views.ReviewerHistoryView.as_view(),
            name=views.HISTORY_URL_NAME,
        ),
        path("handleiding/", views.handbook_view, name="editorial_handbook"),
        path(
            "beoordeling/<int:page_id>/geschiedenis/resultaten/",
            views.ReviewerHistoryView.as_view(results_only=True),
            name=views.HISTORY_URL_NAME + "_results",
        ),
    ]


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    panels[:] = [panel for panel in panels if panel.name != AwaitingReviewPanel.name]
    panels.extend([HandbookPanel(), AwaitingReviewPanel(), OverdueReviewPanel()])


@hooks.register("register_help_menu_item")
def handbook_menu_item():
    return MenuItem(
        "Handleiding Leerpunt", reverse("editorial_handbook"), icon_name="help", order=900
    )


@hooks.register("before_edit_page")
def explain_the_review(request, page):
    """Tell a reviewer what changed against the live page, and an editor why a page came back."""
    if request.method != "GET":
        return
    task_state = page.current_workflow_task_state
    if task_state and task_state.task.specific.user_can_access_editor(page, request.user):
        url = compare_with_live_url(page, task_state.revision)
        if url:
            messages.info(
                request,
                "Deze pagina staat online. Bekijk vóór je beslist wat er verandert tegenover de "
                "live versie.",
                buttons=[messages.button(url, "Vergelijk met de live versie")],
            )
    if rejected := changes_requested(page):
        by = f" door {rejected.finished_by.get_full_name()}" if rejected.finished_by else ""
        messages.warning(
            request,
            f"{rejected.task.name}: wijzigingen gevraagd{by}. Reden: {rejected.comment} "
            "Pas de pagina aan en kies 'Stuur opnieuw door'.",
        )


@hooks.register("after_edit_page")
def leave_for_the_dashboard(request, page):
    """After deciding on a step, a reviewer who may not open the parent section goes home.

    Wagtail sends everyone to the parent in the explorer, which the committees may not open: the
    "geen toegang" that followed read as if the decision had failed.
    """
    if request.POST.get("workflow-action-name") and request.POST.get("action-workflow-action"):
        parent = page.get_parent()
        explorable = PagePermissionPolicy().explorable_instances(request.user)
        if not explorable.filter(pk=parent.pk).exists():
            return redirect("wagtailadmin_home")
    return None


@hooks.register("after_create_page")
def apply_editorial_rules_to_new_section(request, page):
    # A new top-level section gets the Kwaliteitscheck or Communicatie's publish permission.
    if page.get_parent().sites_rooted_here.exists():
        setup.apply_to_sections()
