"""Admin screens for the records the public forms create."""

from django.utils.functional import cached_property
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from leerpunt_site.security.spreadsheets import csv_safe


class NoAddPermissionPolicy(ModelPermissionPolicy):
    """Records come from the public forms only: editors handle them but never create them."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


class PublicRecordIndexView(IndexView):
    """The listing; its CSV export neutralises formulas in the fields visitors wrote."""

    visitor_fields = ()

    @cached_property
    def custom_field_preprocess(self):
        return {field: {self.FORMAT_CSV: csv_safe} for field in self.visitor_fields}


class PublicRecordViewSet(ModelViewSet):
    """Base for the Vraagpunt questions and the newsletter sign-ups in the admin."""

    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_per_page = 50

    def on_register(self):
        register_permission_policy(self.model, NoAddPermissionPolicy(self.model))
        super().on_register()
