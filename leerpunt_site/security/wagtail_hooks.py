from django.urls import path, reverse
from wagtail import hooks

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
