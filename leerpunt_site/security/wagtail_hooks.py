from django.db.models import Q
from django.urls import path, reverse
from wagtail import hooks
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import views


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("tweestaps/", views.setup, name="two_factor_setup"),
        path("tweestaps/uitschakelen/", views.disable, name="two_factor_disable"),
        path("tweestaps/controle/", views.verify, name="two_factor_verify"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": "Tweestapsverificatie",
        "help_text": "Vraag na het aanmelden ook een code uit een authenticator-app.",
    }


@hooks.register("construct_page_chooser_queryset")
def hide_unpublished_pages_from_choosers(pages, request):
    """The page chooser (and its search) lists live public pages, plus the pages this person may
    edit: a committee member never reads the titles of drafts or private pages there."""
    if request.user.is_superuser:
        return pages
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(
        request.user, ["change", "publish"]
    )
    visible = Page.objects.live().public().values("pk")
    return pages.filter(Q(pk__in=visible) | Q(pk__in=editable.values("pk")))
