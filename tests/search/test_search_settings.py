"""The search backend a deployment chooses through the environment (docs/deployment.md)."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from wagtail.search.backends import get_search_backend

from leerpunt_site.settings.backing_services import search_backends


def test_the_database_backend_with_dutch_stemming_is_the_default():
    assert search_backends({}) == {
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "dutch"}
    }


@pytest.mark.parametrize(
    ("kind", "module"),
    [
        ("opensearch", "wagtail.search.backends.opensearch2"),
        ("elasticsearch", "wagtail.search.backends.elasticsearch8"),
    ],
)
def test_opensearch_or_elasticsearch_at_an_url_with_dutch_analysis(kind, module):
    backend = search_backends({"SEARCH_BACKEND": kind, "SEARCH_URL": "https://zoek.intern:9200"})[
        "default"
    ]

    assert backend["BACKEND"] == module
    assert backend["URLS"] == ["https://zoek.intern:9200"]
    assert backend["INDEX_PREFIX"] == "leerpunt_"
    analysis = backend["INDEX_SETTINGS"]["settings"]["index"]["analysis"]
    assert analysis["analyzer"]["default"] == {"type": "dutch"}


def test_a_search_cluster_needs_its_url_and_a_known_kind():
    with pytest.raises(ImproperlyConfigured, match="SEARCH_URL"):
        search_backends({"SEARCH_BACKEND": "opensearch"})
    with pytest.raises(ImproperlyConfigured, match="SEARCH_BACKEND"):
        search_backends({"SEARCH_BACKEND": "solr"})


def test_production_settings_build_the_backend_wagtail_loads(settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends({})

    assert type(get_search_backend()).__name__ in {"PostgresSearchBackend", "SQLiteSearchBackend"}
