"""Template tags of the editorial admin."""

from django import template
from django.urls import reverse
from wagtail.admin.templatetags.wagtailadmin_tags import bulk_action_choices
from wagtail.permission_policies.pages import PagePermissionPolicy

register = template.Library()

# Page bulk actions that need the right to publish (Wagtail's PublishBulkAction and
# UnpublishBulkAction check can_publish/can_unpublish per page).
PUBLISHING_ACTIONS = ("publish", "unpublish")


@register.inclusion_tag("wagtailadmin/shared/buttons.html", takes_context=True)
def offered_bulk_action_choices(context, app_label, model_name, objects=None):
    """Wagtail's bulk action buttons, without publishing for who may publish none of the listed
    pages. Wagtail offers its actions to everyone and refuses them on the next screen: Redactie,
    who never publishes, was offered "Publiceren" on every page listing."""
    choices = bulk_action_choices(context, app_label, model_name)
    user = context["request"].user
    if (app_label, model_name) == ("wagtailcore", "page") and not may_publish_any(user, objects):
        refused = {
            reverse("wagtail_bulk_action", args=[app_label, model_name, action])
            for action in PUBLISHING_ACTIONS
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


def may_publish_any(user, pages):
    """Whether the user may publish at least one of the listed pages (any page at all when the
    listing does not say which it shows)."""
    if pages is None:
        return PagePermissionPolicy().user_has_permission(user, "publish")
    return any(page.permissions_for_user(user).can_publish() for page in pages)
