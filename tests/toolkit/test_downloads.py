"""Downloads on a toolkit item, in the one download list that guides and standard pages use."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset

from tests.editorial.conftest import toolkit_item_form
from tests.factories import StandardPageFactory, make_document
from tests.html import headings, link_targets, parse, text, texts
from tests.leidraden.factories import LeidraadIndexPageFactory, LeidraadPageFactory
from toolkit.models import ToolkitDownload

from .factories import ToolkitItemPageFactory, toolkit_tree
from .test_query_budget import BUDGETS, count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def toolkit(home):
    return toolkit_tree(home)[1]


def attach(item, *documents):
    for number, (label, document) in enumerate(documents):
        ToolkitDownload.objects.create(page=item, label=label, document=document, sort_order=number)


def test_an_item_lists_its_documents_with_label_type_and_size(client, toolkit):
    item = ToolkitItemPageFactory(parent=toolkit, title="Feedback", slug="feedback")
    summary = make_document("Feedback in het kort", name="samenvatting.pdf", size=300 * 1024)
    poster = make_document("Feedback: poster", name="poster.pdf", size=2 * 1024 * 1024)
    attach(item, ("Samenvatting", summary), ("Poster", poster))

    page = parse(client.get(item.url))

    section = page.select_one("section[aria-labelledby=downloads]")
    assert headings(section, "h2") == ["Downloads"]
    assert texts(section.select(".document-list li")) == [
        "Samenvatting: Feedback in het kort (PDF, 300,0 KB)",
        "Poster: Feedback: poster (PDF, 2,0 MB)",
    ]
    assert link_targets(section) == [summary.url, poster.url]
    assert "#downloads" in link_targets(page, ".toc a")


def test_an_item_without_documents_shows_no_downloads_at_all(client, toolkit):
    item = ToolkitItemPageFactory(parent=toolkit)

    page = parse(client.get(item.url))

    assert page.select_one("#downloads") is None
    assert "Downloads" not in headings(page)
    assert "#downloads" not in link_targets(page, ".toc a")


def test_the_item_costs_the_same_queries_with_0_1_and_3_documents(client, toolkit):
    items = []
    for count in (0, 1, 3):
        item = ToolkitItemPageFactory(parent=toolkit)
        attach(item, *[(f"Bijlage {n}", make_document(f"Bijlage {n}")) for n in range(count)])
        items.append(item)

    counts = [count_queries(client, item.url) for item in items]

    assert [len(parse(client.get(item.url)).select(".document-list li")) for item in items] == [
        0,
        1,
        3,
    ]
    assert counts[0][0] == counts[1][0] == counts[2][0] <= BUDGETS["item"], counts


def test_guides_standard_pages_and_items_share_one_download_list(client, home, toolkit):
    document = make_document("Jaarverslag 2024", name="jaarverslag.pdf")
    item = ToolkitItemPageFactory(parent=toolkit)
    attach(item, ("Rapport", document))
    guide = LeidraadPageFactory(
        parent=LeidraadIndexPageFactory(parent=home), report_document=document
    )
    standard = StandardPageFactory(
        parent=home,
        body=[("documents", {"title": "Om te lezen", "documents": [document]})],
    )

    for url, label in [
        (item.url, "Rapport: "),
        (guide.url, "Volledige leidraad: "),
        (standard.url, ""),
    ]:
        [entry] = parse(client.get(url)).select(".document-list li")
        assert text(entry) == f"{label}Jaarverslag 2024 (PDF, 2,0 KB)", url


def test_an_editor_adds_documents_to_an_item_in_its_admin_form(client, toolkit, admin_user):
    poster = make_document("Feedback: poster", name="poster.pdf")
    client.force_login(admin_user)

    response = client.post(
        reverse("wagtailadmin_pages:add", args=["toolkit", "toolkititempage", toolkit.pk]),
        toolkit_item_form(
            "action-publish",
            title="Feedback",
            slug="feedback",
            summary="Leerlingen zeggen waar ze staan.",
            downloads=inline_formset([{"label": "Poster", "document": poster.pk, "ORDER": 1}]),
        ),
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    entries = parse(client.get(f"{toolkit.url}feedback/")).select(".document-list li")
    assert texts(entries) == ["Poster: Feedback: poster (PDF, 2,0 KB)"]
