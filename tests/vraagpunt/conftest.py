"""A mail server that accepts connections and never answers, as in issue 19."""

import socket
import threading

import pytest


@pytest.fixture
def hung_mail_server(settings):
    """Points Django's SMTP backend at a server that accepts and then stays silent."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))  # any free port
    listener.listen()
    accepted = []

    def accept():
        while True:
            try:
                accepted.append(listener.accept()[0])  # kept open, never written to
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = listener.getsockname()[1]
    settings.EMAIL_TIMEOUT = 3
    yield accepted
    listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
    listener.close()
    for connection in accepted:
        connection.close()
