"""Hostile input over every public URL, query parameter and form: never a 5xx.

The site comes from build_site() (tests/security/site.py), built once for this module: every live
page, the fixed routes, every sub-route of a routable page that takes no argument, and every local
link those show, followed until no new path turns up (hubs, feeds, recommendations, documents).
Every path gets odd headers. The sweeps then visit one path per page type and per kind of route:
the listings (paths with a GET form or linked with a query) get every nasty value in every known
parameter and broken query strings; other routes the sharpest values; each GET form gets one nasty
value among sensible ones; every <form method="post"> gets nasty bodies. Failures are collected,
not raised, so one run lists them all.
"""

import re
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.db import transaction
from django.test import Client, override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models

from leerpunt_site.taxonomy.models import Thema
from leerpunt_site.vraagpunt.formguard import HONEYPOT_FIELD

from .hostile import (
    NASTY_HEADERS,
    NASTY_VALUES,
    PARAMETER_NAMES,
    RAW_QUERY_STRINGS,
    SHARP_VALUES,
    local_path,
    mixed_queries,
    read_page,
)
from .site import build_site

pytestmark = pytest.mark.django_db

FIXED_ROUTES = ["/", "/zoeken/", "/sitemap.xml", "/robots.txt", "/healthz"]
ODD_METHODS = ["head", "options", "put", "delete"]
PATH_SUFFIXES = ["%00/", "x" * 2000 + "/", "%ff%fe/", "99999999999999999999/"]


class Sweep:
    """Sends requests without raising the view's exception, and remembers every 5xx."""

    def __init__(self):
        self.client = Client(raise_request_exception=False)
        self.failures = []
        self.count = 0

    def send(self, method, url, **kwargs):
        response = getattr(self.client, method)(url, **kwargs)
        self.count += 1
        if response.status_code >= 500:
            self.failures.append(f"{method.upper()} {url[:200]!r} -> {response.status_code}")
        return response


def our_page_models():
    """The page types of the project's apps (Wagtail's own base Page is never served)."""
    return {
        model
        for model in get_page_models()
        if not model._meta.app_config.name.startswith("wagtail")
    }


class PublicSite:
    """Every public path of the built site, a sample per page type and route kind, the forms."""

    def __init__(self):
        pages = list(Page.objects.live().public().specific().order_by("path"))
        self.page_by_url = {page.url: page for page in pages if page.url}
        self.one_per_type = {}
        for url, page in self.page_by_url.items():
            self.one_per_type.setdefault(type(page), url)
        self.paths = set(FIXED_ROUTES) | set(self.page_by_url) | set(self.fixed_sub_routes())
        self.forms = []  # (action path, Form)
        self.queried = set()  # paths linked with a query string or the action of a GET form
        self.linked_parameters = set()  # the parameter names in those links
        self.crawl()
        self.samples = sorted(self.one_per_type.values()) + sorted(self.one_per_route_kind())
        self.listings = {path for path in self.samples if path in self.queried}

    def fixed_sub_routes(self):
        for url, page in self.page_by_url.items():
            if isinstance(page, RoutablePageMixin):
                for route in page.get_subpage_urls():
                    if not route.pattern.regex.groups:
                        yield url + page.reverse_subpage(route.name)

    def crawl(self):
        """Read every HTML path and add the local links it shows, until nothing new turns up."""
        client = Client()
        unread = sorted(self.paths)
        while unread:
            path = unread.pop()
            response = client.get(path)
            if "html" not in response.get("Content-Type", ""):
                continue
            page = read_page(response.content.decode())
            for href in page.links:
                link = local_path(href, path)
                if link and (query := urlsplit(href).query):
                    self.queried.add(link)
                    self.linked_parameters |= set(parse_qs(query, keep_blank_values=True))
                if link and link not in self.paths:
                    self.paths.add(link)
                    unread.append(link)
            for form in page.forms:
                action = local_path(form.action, path) or path
                self.forms.append((action, form))
                if form.method == "get":
                    self.queried.add(action)
        self.paths = sorted(self.paths)

    def one_per_route_kind(self):
        """One path per route that is not a page: per page type, suffix after the page's own URL,
        with numbers and theme slugs as wildcards (every hub, every recommendation is alike)."""
        slugs = set(Thema.objects.values_list("slug", flat=True))
        kinds = {}
        for path in self.paths:
            if path in self.page_by_url:
                continue
            owner = max((url for url in self.page_by_url if path.startswith(url)), key=len)
            suffix = [
                "<thema>" if part in slugs else re.sub(r"\d+", "#", part)
                for part in path[len(owner) :].split("/")
            ]
            kinds.setdefault((type(self.page_by_url[owner]), tuple(suffix)), path)
        return kinds.values()

    def forms_with(self, method):
        """Each form once (the same fields to the same action): (action, {field: plausible
        value}), without the CSRF token, which the test client does not check."""
        distinct = {}
        for action, form in self.forms:
            fields = {k: v for k, v in form.fields.items() if k != "csrfmiddlewaretoken"}
            if form.method == method:
                distinct.setdefault((action, tuple(fields)), fields)
        return [(action, fields) for (action, _), fields in sorted(distinct.items())]


@pytest.fixture(scope="module")
def public_site(django_db_setup, django_db_blocker):
    """Built and crawled once; each test runs in a savepoint inside this transaction, which is
    rolled back at the end of the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        build_site()
        yield PublicSite()
        transaction.set_rollback(True)


def test_every_page_type_of_our_apps_has_a_page_in_the_swept_site(public_site):
    missing = our_page_models() - set(public_site.one_per_type)
    assert not missing, (
        f"Add pages of these types to tests/security/site.py build_site(): "
        f"{sorted(model._meta.label for model in missing)}"
    )


def test_the_sweep_reaches_sub_routes_feeds_exports_and_forms(public_site):
    paths = set(public_site.paths)
    assert {
        "/toolkit/hoe-lees-je-de-toolkit/",
        "/toolkit/leren-en-lesgeven/vergelijk/",
        "/toolkit/leren-en-lesgeven/grafiek/",
        "/toolkit/leren-en-lesgeven/csv/",
        "/toolkit/leren-en-lesgeven/json/",
        "/kennisagenda/feedback/",
        "/kennisagenda/feedback/feed/",
        "/oproepen/feed/",
        "/agenda/archief/",
        "/nieuwsbrief/bevestigen/",
        "/vraagpunt/bedankt/",
    } <= paths
    assert any(re.fullmatch(r"/leidraden/[^/]+/aanbeveling-1/", path) for path in paths)
    assert any(re.fullmatch(r"/agenda/[^/]+/ics/", path) for path in paths)
    assert any(path.startswith("/documenten/") for path in paths)
    # One hub and one recommendation stand for all of them in the expensive sweeps.
    assert len([path for path in public_site.samples if path.startswith("/updates/nieuws-")]) == 1
    assert len([path for path in public_site.samples if "/aanbeveling-" in path]) == 1
    posted = {action for action, _ in public_site.forms_with("post")}
    assert {"/vraagpunt/", "/nieuwsbrief/"} <= posted


def test_every_parameter_our_forms_and_links_send_is_fuzzed(public_site):
    sent = {name for _, fields in public_site.forms_with("get") for name in fields}
    sent |= public_site.linked_parameters
    assert {"sorteer", "organisatie", "items"} <= sent
    missing = sent - set(PARAMETER_NAMES)
    assert not missing, f"add {sorted(missing)} to PARAMETER_NAMES in tests/security/hostile.py"


def test_no_query_parameter_value_gives_a_server_error(public_site):
    sweep = Sweep()

    for path in public_site.samples:
        if path in public_site.listings:
            queries = [*mixed_queries(NASTY_VALUES), *RAW_QUERY_STRINGS]
        else:  # reads no parameter that we know of: the sharpest values only
            queries = mixed_queries(SHARP_VALUES)
        for query in queries:
            if isinstance(query, str):  # raw, so the client does not encode it again
                sweep.send("get", f"{path}?{query}")
            else:
                sweep.send("get", path, data=query)

    assert sweep.failures == [], f"{len(sweep.failures)} of {sweep.count} requests failed"


def test_one_nasty_filter_among_sensible_ones_gives_no_server_error(public_site):
    """Sensible values in the other fields reach the filtered queries and the later pages, which
    a request of nasty values only never gets to."""
    sweep = Sweep()

    for action, fields in public_site.forms_with("get"):
        for name in [*fields, "pagina"]:
            for value in SHARP_VALUES:
                sweep.send("get", action, data={**fields, name: value})

    assert sweep.failures == [], f"{len(sweep.failures)} of {sweep.count} requests failed"


def test_odd_paths_methods_and_headers_give_no_server_error(public_site):
    sweep = Sweep()

    for number, path in enumerate(public_site.samples):
        sweep.send("get", path, **NASTY_HEADERS)
        # Every view treats methods alike, so each gets a quarter of the routes, not all of them.
        sweep.send(ODD_METHODS[number % len(ODD_METHODS)], path)
    for path in public_site.one_per_type.values():  # the page's own routing reads the suffix
        for suffix in PATH_SUFFIXES:
            sweep.send("get", path + suffix)

    assert sweep.failures == [], f"{len(sweep.failures)} of {sweep.count} requests failed"


def test_the_posted_forms_accept_the_values_a_person_would_send(public_site):
    """The sweep below changes one field at a time of a valid form: that reaches the code after
    validation. A filled honeypot would skip validation altogether."""
    client = Client()
    for action, fields in public_site.forms_with("post"):
        response = client.post(action, data={**fields, HONEYPOT_FIELD: ""})

        assert response.status_code == 302, action


@override_settings(PUBLIC_FORM_RATE_LIMIT=(10_000, 60))  # the sweep posts more than a person
def test_no_posted_form_gives_a_server_error(public_site):
    sweep = Sweep()

    for action, fields in public_site.forms_with("post"):
        plausible = {**fields, HONEYPOT_FIELD: ""}
        names = [name for name in fields if name != HONEYPOT_FIELD]
        sweep.send("post", action, data={})
        sweep.send("post", action, data=plausible)
        sweep.send("post", action, data={**plausible, HONEYPOT_FIELD: SHARP_VALUES[0]})
        for value in NASTY_VALUES:
            sweep.send("post", action, data={name: value for name in names})
        for name in names:
            for value in SHARP_VALUES:
                sweep.send("post", action, data={**plausible, name: value})
        repeated = urlencode([(name, value) for name in names for value in NASTY_VALUES[:6]])
        sweep.send("post", action, data=repeated, content_type="application/x-www-form-urlencoded")
        sweep.send(
            "post",
            action,
            data=b"\xff\xfe\x00garbage",
            content_type="multipart/form-data; boundary=x",
        )
    for path in public_site.one_per_type.values():  # pages without a form refuse it politely
        sweep.send("post", path, data={"q": "\x00"})

    assert sweep.failures == [], f"{len(sweep.failures)} of {sweep.count} requests failed"


@settings(
    max_examples=60,
    derandomize=True,  # the same examples in every CI run; the curated lists cover the known cases
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_parameters_give_no_server_error(public_site, data):
    path = data.draw(st.sampled_from(public_site.samples))
    names = st.sampled_from(PARAMETER_NAMES) | st.text(max_size=20)
    query = data.draw(st.lists(st.tuples(names, st.text(max_size=300)), max_size=6))
    sweep = Sweep()

    sweep.send("get", f"{path}?{urlencode(query)}")

    assert sweep.failures == []
