from django.urls import path

from . import views

app_name = "volgen"
urlpatterns = [
    path("", views.follow, name="follow"),
    path("controleer-je-mailbox/", views.check_mail, name="check_mail"),
    path("bevestigen/", views.confirm, name="confirm"),
    path("uitschrijven/", views.unsubscribe, name="unsubscribe"),
]
