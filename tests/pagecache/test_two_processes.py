"""Two processes share one Redis, as gunicorn's workers and the scheduler do in production.

This process (the test) changes pages as an editor or the scheduler would; a gunicorn worker in a
second process serves anonymous visitors. Every change must be seen there by the next visitor,
and a private page must never come from the cache. Redis runs on PAGECACHE_TEST_REDIS_PORT, the
second process listens on PAGECACHE_TEST_PORT (both on 127.0.0.1; a real Redis, because the
point is a store shared by processes, which Django's in-memory cache is not).
"""

import datetime
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from ..factories import StandardPageFactory, make_site
from .conftest import CACHE_URL, WORKER

REPO = Path(__file__).resolve().parents[2]
WEB_PORT = int(os.environ.get("PAGECACHE_TEST_PORT", "8111")) + WORKER

pytestmark = pytest.mark.django_db(transaction=True)


def wait_for(url):
    for _ in range(150):
        try:
            urllib.request.urlopen(url, timeout=1)  # noqa: S310 - our own local server
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} does not answer")


@pytest.fixture(scope="module")
def second_process(django_db_setup, redis_server):
    """A gunicorn worker with the same database and the same Redis as this process."""
    database = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.pagecache.second_process_settings",
        "DATABASE_URL": (
            f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
            f"{database['PORT']}/{database['NAME']}"
        ),
        "CACHE_URL": CACHE_URL,
        "PYTHONPATH": str(REPO),
    }
    process = subprocess.Popen(  # noqa: S603 - our own gunicorn with fixed arguments
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "leerpunt_site.wsgi",
            "--workers=1",
            f"--bind=127.0.0.1:{WEB_PORT}",
            "--no-control-socket",
            "--log-level=warning",
        ],
        cwd=REPO,
        env=env,
    )
    base = f"http://127.0.0.1:{WEB_PORT}"
    wait_for(f"{base}/healthz")
    yield Visitor(base)
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def other_process(second_process, shared_cache):
    return second_process


class Visitor:
    """An anonymous visitor of the second process: no cookies, redirects not followed."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(NoRedirects)

    def get(self, path):
        try:
            response = self.opener.open(self.base + path, timeout=10)
        except urllib.error.HTTPError as error:
            response = error
        body = response.read().decode()
        return response.status, response.headers.get("X-Page-Cache"), body

    def cached(self, path):
        """Visit twice, so the page is in the shared cache; returns the second visit."""
        self.get(path)
        status, cache, body = self.get(path)
        assert (status, cache) == (200, "hit"), path
        return body


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def intro(body):
    """The text a visitor reads in the page's main region."""
    return BeautifulSoup(body, "html.parser").find("main").get_text(" ", strip=True)


@pytest.fixture
def home(db):
    return make_site()


def test_publish_in_one_process_is_seen_by_the_other_at_once(other_process, home):
    page = StandardPageFactory(parent=home, slug="privacy", intro="Oude tekst.")
    assert "Oude tekst." in intro(other_process.cached("/privacy/"))

    page.intro = "Nieuwe tekst."
    page.save_revision().publish()

    status, cache, body = other_process.get("/privacy/")
    assert (status, cache) == (200, "miss")
    assert "Nieuwe tekst." in intro(body)


def test_unpublish_in_one_process_is_seen_by_the_other_at_once(other_process, home):
    page = StandardPageFactory(parent=home, slug="tijdelijk")
    other_process.cached("/tijdelijk/")

    page.unpublish()

    assert other_process.get("/tijdelijk/")[:2] == (404, None)


def test_a_page_made_private_is_never_served_from_the_cache(other_process, home):
    page = StandardPageFactory(parent=home, slug="intern", intro="Alleen voor het team.")
    other_process.cached("/intern/")

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    for _ in range(3):
        status, cache, body = other_process.get("/intern/")
        assert status == 302  # to the log-in page
        assert cache is None
        assert "Alleen voor het team." not in body


def test_a_move_in_one_process_is_seen_by_the_other_at_once(other_process, home):
    folder = StandardPageFactory(parent=home, slug="map")
    page = StandardPageFactory(parent=home, slug="verhuisd", intro="Verhuisde pagina.")
    other_process.cached("/verhuisd/")

    page.move(folder, pos="last-child")

    status, cache, _ = other_process.get("/verhuisd/")
    assert (status, cache) == (301, None)  # Wagtail's redirect to the new address
    status, _, body = other_process.get("/map/verhuisd/")
    assert status == 200
    assert "Verhuisde pagina." in intro(body)


def test_scheduled_publishing_and_expiry_are_seen_by_the_other_at_once(other_process, home):
    page = StandardPageFactory(parent=home, slug="gepland", intro="Vandaag.")
    ending = StandardPageFactory(parent=home, slug="aflopend")
    other_process.cached("/gepland/")
    other_process.cached("/aflopend/")
    page.intro = "Morgen."
    page.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    ending.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    ending.save_revision().publish()
    other_process.cached("/gepland/")  # the expiry's publish purged; the change is not live yet

    call_command("publish_scheduled", stdout=open(os.devnull, "w"))  # noqa: SIM115

    status, cache, body = other_process.get("/gepland/")
    assert (status, cache) == (200, "miss")
    assert "Morgen." in intro(body)
    assert other_process.get("/aflopend/")[:2] == (404, None)


def test_a_new_root_page_for_the_site_is_seen_by_the_other_at_once(other_process, home):
    other_process.cached("/")
    new_home = StandardPageFactory(parent=home.get_parent(), slug="nieuw", intro="Nieuwe start.")

    site = Site.objects.get(is_default_site=True)
    site.root_page = new_home
    site.save()

    status, cache, body = other_process.get("/")
    assert (status, cache) == (200, "miss")
    assert "Nieuwe start." in intro(body)
