"""Template tags of the editorial admin."""

from django import template
from django.apps import apps
from django.urls import reverse
from wagtail.admin.templatetags.wagtailadmin_tags import bulk_action_choices
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

register = template.Library()

# Page bulk actions that need the right to publish (Wagtail's PublishBulkAction and
# UnpublishBulkAction). Deleting and moving stay as Wagtail offers them: whether a page may go
# depends on what lies below it, a few queries per page.
PUBLISHING_ACTIONS = ("publish", "unpublish")


@register.inclusion_tag("wagtailadmin/shared/buttons.html", takes_context=True)
def offered_bulk_action_choices(context, app_label, model_name, objects=None):
    """Wagtail's bulk action buttons, without the ones the user may do to none of the listed
    objects. Wagtail offers every action to everyone and refuses it on the next screen: Redactie,
    who never publishes, was offered "Publiceer" on every page listing and "Verwijderen" on the
    themes."""
    choices = bulk_action_choices(context, app_label, model_name)
    request = context["request"]
    model = apps.get_model(app_label, model_name)
    refused = {
        reverse("wagtail_bulk_action", args=[app_label, model_name, action.action_type])
        for action in bulk_action_registry.get_bulk_actions_for_model(app_label, model_name)
        if not offered(action, request, model, objects)
    }
    choices["buttons"] = [
        button for button in choices["buttons"] if getattr(button, "url", None) not in refused
    ]
    for button in choices["buttons"]:
        if hasattr(button, "dropdown_buttons"):
            button.dropdown_buttons = [
                item for item in button.dropdown_buttons if item.url not in refused
            ]
    return choices


def offered(action_class, request, model, objects):
    """Whether the action applies to at least one listed object (to any, for pages, when the
    listing does not say which it shows)."""
    if issubclass(model, Page):
        if action_class.action_type not in PUBLISHING_ACTIONS:
            return True
        if objects is None:
            return PagePermissionPolicy().user_has_permission(request.user, "publish")
        # The right to publish, as for publishing: unpublishing also needs a live, unlocked
        # page, which the next screen sorts out.
        return any(page.permissions_for_user(request.user).can_publish() for page in objects)
    if objects is None:
        return True
    action = action_class(request, model)
    return any(action.check_perm(obj) for obj in objects)
