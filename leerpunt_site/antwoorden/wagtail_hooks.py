from django.urls import path
from wagtail import hooks

from .views import create_from_vraag


@hooks.register("register_admin_urls")
def register_answer_urls():
    return [path("antwoorden/van-vraag/<int:pk>/", create_from_vraag, name="antwoord_van_vraag")]
