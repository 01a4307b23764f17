from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem

from .models import Vraag
from .viewsets import PublicRecordIndexView, PublicRecordViewSet


class VraagIndexView(PublicRecordIndexView):
    visitor_fields = ["question", "email", "internal_note"]

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("level")
            .prefetch_related("themes", "answer_pages")
        )

    def get_list_more_buttons(self, instance):
        """Staff answer a question once for everyone: a draft page in the answer bank."""
        return [
            *super().get_list_more_buttons(instance),
            MenuItem(
                "Maak antwoordpagina",
                url=reverse("antwoord_van_vraag", args=[instance.pk]),
                icon_name="doc-empty-inverse",
                priority=20,
            ),
        ]


class VraagViewSet(PublicRecordViewSet):
    model = Vraag
    icon = "help"
    menu_label = "Vraagpunt"
    menu_order = 310
    index_view_class = VraagIndexView
    list_display = ["__str__", "status", "answer_page_state", "role", "level", "created_at"]
    list_filter = ["status", "role", "level", "themes", "created_at"]
    search_fields = ["question", "email", "internal_note"]
    ordering = ["-created_at", "-pk"]
    list_export = [
        "created_at",
        "status",
        "answered_at",
        "get_role_display",
        "level",
        "theme_names",
        "question",
        "email",
        "internal_note",
    ]
    export_headings = {"get_role_display": "Rol", "theme_names": "Thema's"}
    export_filename = "vraagpunt-vragen"


@hooks.register("register_admin_viewset")
def register_vraag_viewset():
    return VraagViewSet("vraag")
