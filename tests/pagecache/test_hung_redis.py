"""A hung Redis (`kill -STOP`) costs a process one timeout, then nothing until the next try; a
purge made meanwhile is not lost."""

import time

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from leerpunt_site.pagecache.breaker import breaker
from leerpunt_site.pagecache.cache import GENERATION_KEY, cached, purge_all

from ..factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def seconds(call):
    started = time.monotonic()
    call()
    return time.monotonic() - started


def test_a_frozen_redis_costs_one_timeout_then_none(shared_cache, redis_server):
    shared_cache.set("sleutel", "waarde")
    redis_server.freeze()

    first = seconds(lambda: shared_cache.get("sleutel"))
    next_twenty = seconds(lambda: [shared_cache.get("sleutel") for _ in range(20)])

    assert 0.1 < first < 1  # the read timeout, once
    assert next_twenty < 0.05
    assert breaker.is_open()


@override_settings(CACHE_BREAKER_SECONDS=0.5)
def test_after_the_interval_redis_is_tried_again(shared_cache, redis_server):
    redis_server.freeze()
    shared_cache.get("sleutel")
    redis_server.thaw()
    time.sleep(0.6)

    shared_cache.set("sleutel", "waarde")

    assert shared_cache.get("sleutel") == "waarde"
    assert not breaker.is_open()


def test_pages_answer_quickly_while_redis_is_frozen(client, home, shared_cache, redis_server):
    page = StandardPageFactory(parent=home, slug="privacy", title="Privacy")
    client.get(page.url)
    redis_server.freeze()

    timings = [seconds(lambda: client.get(page.url)) for _ in range(5)]

    assert max(timings) < 2
    assert sum(timings[1:]) < 1  # only the first request waits for Redis
    response = client.get(page.url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response  # rendered, not looked up


def test_a_purge_while_redis_is_frozen_is_not_lost(
    client, home, shared_cache, redis_server, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(parent=home, slug="intern", intro="Oude tekst.")
    client.get(page.url)
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    redis_server.freeze()

    with django_capture_on_commit_callbacks(execute=True):  # the publish commits
        page.intro = "Nieuwe tekst."
        page.save_revision().publish()
    redis_server.thaw()
    breaker.close()  # as after CACHE_BREAKER_SECONDS

    response = client.get(page.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Nieuwe tekst." in response.content.decode()


def test_fragments_are_kept_in_the_process_while_redis_is_frozen(
    client, home, shared_cache, redis_server
):
    page = StandardPageFactory(parent=home, slug="privacy", title="Privacy")
    redis_server.freeze()
    client.get(page.url)  # trips the breaker
    client.get(page.url)  # builds the fragments in this process

    with CaptureQueriesContext(connection) as frozen:
        client.get(page.url)
    redis_server.thaw()
    breaker.close()
    client.get(page.url)
    with CaptureQueriesContext(connection) as healthy:
        client.get(page.url)

    # Only the generation is read from the database, once per fragment.
    assert len(frozen) - len(healthy) <= 3


def test_a_purge_reaches_the_fragments_kept_in_the_process(home, shared_cache, redis_server):
    redis_server.freeze()
    shared_cache.get("sleutel")  # trips the breaker
    assert cached("naam", lambda: "oud") == "oud"
    assert cached("naam", lambda: "nieuw") == "oud"

    purge_all()

    assert cached("naam", lambda: "nieuw") == "nieuw"


def test_a_page_reads_the_generation_from_redis_once(client, home, shared_cache, monkeypatch):
    page = StandardPageFactory(parent=home, slug="privacy", title="Privacy")
    client.get(page.url)
    purge_all()  # every fragment is built again, each asking for the generation
    keys = []
    get, get_many = shared_cache.get, shared_cache.get_many

    def logged_get(key, *args, **kwargs):
        keys.append(key)
        return get(key, *args, **kwargs)

    def logged_get_many(many, *args, **kwargs):
        keys.extend(many)
        return get_many(many, *args, **kwargs)

    monkeypatch.setattr(shared_cache, "get", logged_get)
    monkeypatch.setattr(shared_cache, "get_many", logged_get_many)

    assert client.get(page.url)["X-Page-Cache"] == "miss"
    assert keys.count(GENERATION_KEY) == 1
    assert len(keys) > 3  # the page, the site, the shell, the privacy check

    keys.clear()
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    assert keys == [GENERATION_KEY, keys[1]]  # a hit: one MGET of the generation and the page
