"""The relevance set (relevance.yaml) on the demo content: the one test that loads all of it,
because what it checks is how the site search ranks the real pages."""

import pytest
from django.core.management import call_command
from django.db import transaction

from .relevance import evaluate, load_cases

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0)
        call_command("update_index", verbosity=0)
        yield
        transaction.set_rollback(True)


def test_the_set_holds_at_least_25_queries_with_an_expected_page():
    cases = load_cases()

    assert len({query for query, _, _ in cases}) >= 25
    assert all(expected.startswith("/") and expected.endswith("/") for _, expected, _ in cases)


def test_every_query_finds_its_page_first_or_in_the_top_3(client, demo_site):
    report = evaluate(client)
    print(report.summary())  # shown with -s and by `make search-eval`

    assert not report.failures, report.summary()
