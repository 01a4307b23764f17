"""One answer to "which visitor is this?" for every limit per address (security/clients.py)."""

import pytest

from leerpunt_site.security.clients import client_address

CADDY = "172.18.0.5"  # the proxy container on the compose network


@pytest.fixture
def behind(settings):
    def configure(count, networks=("172.16.0.0/12", "10.0.0.0/8")):
        settings.TRUSTED_PROXY_COUNT = count
        settings.TRUSTED_PROXY_NETWORKS = list(networks)

    return configure


def test_without_proxies_the_address_is_the_connection(rf, behind):
    behind(0)
    request = rf.get("/", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="198.51.100.1")

    assert client_address(request) == "203.0.113.5"


def test_behind_one_proxy_the_entry_it_wrote_counts(rf, behind):
    behind(1)
    request = rf.get(
        "/", REMOTE_ADDR=CADDY, HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9"
    )  # the visitor forged 1.2.3.4; Caddy appended what it saw

    assert client_address(request) == "203.0.113.9"


def test_behind_cloudflare_and_a_load_balancer_two_entries_from_the_right(rf, behind):
    behind(2)
    request = rf.get(
        "/",
        REMOTE_ADDR="10.0.3.7",  # the load balancer
        HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9, 162.158.1.1",  # forged, visitor, Cloudflare
    )

    assert client_address(request) == "203.0.113.9"


def test_a_request_from_outside_the_proxy_networks_cannot_choose_its_address(rf, behind):
    behind(1)
    request = rf.get("/", REMOTE_ADDR="203.0.113.77", HTTP_X_FORWARDED_FOR="198.51.100.1")

    assert client_address(request) == "203.0.113.77"


@pytest.mark.parametrize("header", ["", " , ", "geen-adres"])
def test_an_empty_or_broken_header_falls_back_to_the_connection(rf, behind, header):
    behind(1)
    request = rf.get("/", REMOTE_ADDR=CADDY, HTTP_X_FORWARDED_FOR=header)

    assert client_address(request) == CADDY


def test_fewer_entries_than_proxies_takes_the_leftmost_one_ours_wrote(rf, behind):
    behind(2)
    request = rf.get("/", REMOTE_ADDR="10.0.3.7", HTTP_X_FORWARDED_FOR="203.0.113.9")

    assert client_address(request) == "203.0.113.9"
