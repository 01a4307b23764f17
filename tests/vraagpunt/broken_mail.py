"""A mail backend for tests that fails like an unreachable SMTP server."""

from django.core.mail.backends.base import BaseEmailBackend


class BrokenBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError("SMTP-server onbereikbaar")
