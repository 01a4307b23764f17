"""Security headers: a strict policy on the public site, a looser one in the admin."""

import base64
import hashlib
import re
from pathlib import Path

import pytest
from django.views.defaults import server_error

from leerpunt_site.security.middleware import ContentSecurityPolicyMiddleware

from .site import build_site

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_root")]
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


@pytest.mark.parametrize(
    "url", ["/", "/over-leerpunt/", "/updates/", "/zoeken/?q=feedback", "/bestaat-niet/"]
)
def test_public_responses_carry_every_security_header(client, url):
    build_site()

    response = client.get(url)

    csp = policy(response)
    assert csp["script-src"] == ["'self'"]
    assert not any("unsafe" in source for sources in csp.values() for source in sources)
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_public_templates_contain_no_inline_script():
    for template in TEMPLATES.rglob("*.html"):
        for tag in re.findall(r"<script\b[^>]*>", template.read_text()):
            assert "src=" in tag or 'type="application/json"' in tag, f"{template}: {tag}"
        assert not re.search(r"\son[a-z]+=", template.read_text()), template


def test_the_500_page_style_is_allowed_by_its_hash(rf):
    html = (TEMPLATES / "500.html").read_text()
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()

    response = ContentSecurityPolicyMiddleware(server_error)(rf.get("/"))

    assert response.status_code == 500
    assert f"'sha256-{digest}'" in policy(response)["style-src"]


def test_admin_has_its_own_policy_that_allows_its_inline_scripts(client, admin_user):
    client.force_login(admin_user)

    response = client.get("/admin/")

    csp = policy(response)
    assert response.status_code == 200
    assert "'unsafe-inline'" in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'"]  # the page preview is a same-origin frame


def test_admin_login_page_has_the_admin_policy(client):
    response = client.get("/admin/login/")

    assert "'unsafe-inline'" in policy(response)["script-src"]
    assert response["X-Frame-Options"] == "DENY"


def test_assets_on_another_origin_are_added_to_the_policy(client, settings):
    build_site()
    settings.STATIC_URL = "https://cdn.leerpunt.be/static/"

    csp = policy(client.get("/"))

    assert csp["script-src"] == ["'self'", "https://cdn.leerpunt.be"]
    assert "https://cdn.leerpunt.be" in csp["img-src"]
    assert csp["default-src"] == ["'self'"]
