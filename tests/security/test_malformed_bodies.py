"""Form posts the site cannot read get a clear 400 with every security header, never a bare 500."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from .test_headers import policy

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_root")]


@pytest.fixture
def csrf_client():
    """Like the curl in issue 19: a CSRF cookie, no token in the body, and real CSRF checks."""
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies["csrftoken"] = "abcdefghijklmnopqrstuvwxyzABCDEF"
    return client


@pytest.mark.parametrize("charset", ["utf-7", "latin-1"])
@pytest.mark.parametrize("url", ["/", "/admin/login/"])
def test_a_form_post_in_another_charset_gets_a_clear_400(csrf_client, charset, url):
    response = csrf_client.post(
        url, b"a=1", content_type=f"application/x-www-form-urlencoded; charset={charset}"
    )

    assert response.status_code == 400
    heading = BeautifulSoup(response.content, "html.parser").h1
    assert heading.get_text() == "We konden dit formulier niet lezen"
    assert policy(response)["object-src"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.parametrize("charset", ["utf-8", "UTF-8"])
def test_utf8_form_posts_pass_as_before(csrf_client, charset):
    response = csrf_client.post(
        "/", b"a=1", content_type=f"application/x-www-form-urlencoded; charset={charset}"
    )

    assert response.status_code == 403  # on to the CSRF check, which the curl has no token for
