"""A question posted while the database is down: the visitor is told, and keeps the text."""

from django import forms
from django.db import DatabaseError
from django.shortcuts import render

from .forms import VraagForm

# Fields only the Vraagpunt form posts together; nothing else is known with the database gone
# (not even which page lives at this URL).
QUESTION_FIELDS = {"question", "role", "email"}
RETRY_AFTER_SECONDS = 60


class UnsavedQuestionMiddleware:
    """Without this, a question posted during a database outage got the general error page and
    was lost. Here the visitor reads "Je vraag is niet bewaard" above the same form, filled in
    as it was posted, which they can send again once the database is back.

    The page uses no database: no site shell, the level kept as a hidden value (its list of
    choices lives in the database).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DatabaseError) or request.method != "POST":
            return None
        if not QUESTION_FIELDS <= set(request.POST):
            return None
        # Unbound, with the post as its initial values: validating would query the database.
        form = VraagForm(initial=request.POST.dict())
        form.fields["level"].widget = forms.HiddenInput()
        response = render(
            request,
            "vraagpunt/niet_bewaard.html",
            {"form": form, "action": request.path},
            status=503,
        )
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
