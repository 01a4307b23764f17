"""Every listing and detail page renders in at most 12 queries (a project page in 16), the same
for 8 or 500 items.

The page cache is off in tests; the site shell (settings, navigation, breadcrumbs) comes from its
warm fragment cache, as on a running site (docs/performance.md).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document

from projecten.models import OnderzoekPage, OproepPage, ProjectPage, ProjectPartner, RelatedProject

from .factories import (
    OnderzoekPageFactory,
    OproepPageFactory,
    OrganisatieFactory,
    ProjectPageFactory,
    bulk_children,
)

pytestmark = pytest.mark.django_db

# 10, plus Wagtail's view-restriction checks (two when a page is served, one per .public()),
# read on every request so a page made private is private at once (docs/performance.md).
QUERY_BUDGET = 13
# Wagtail's own routing takes two queries per URL segment, and a project page shows six relations
# (applicant, call, partners, related projects, themes, levels): 8 before routing was Wagtail's
# and view restrictions were read on every request (docs/performance.md).
PROJECT_PAGE_BUDGET = 17
BUDGETS = {
    "/projecten/": QUERY_BUDGET,
    "/projecten/?thema=taalonderwijs&thema=feedback&niveau=lager&type=begeleiding"
    "&status=lopend&oproep=de-oproep&ronde=1&organisatie=hogeschool-0&pagina=2": QUERY_BUDGET,
    "/projecten/?q=scholen": QUERY_BUDGET,
    "/projecten/uitgelicht/": PROJECT_PAGE_BUDGET,
    "/onderzoeken/": QUERY_BUDGET,
    "/onderzoeken/?thema=taalonderwijs&niveau=lager&status=lopend&q=weten": QUERY_BUDGET,
    "/onderzoeken/uitgelicht/": QUERY_BUDGET,
    "/oproepen/": QUERY_BUDGET,
    "/oproepen/?thema=taalonderwijs&status=gesloten&q=evidence&pagina=2": QUERY_BUDGET,
    "/oproepen/de-oproep/": QUERY_BUDGET,
    "/oproepen/feed/": QUERY_BUDGET,
}


def add_items(indexes, call, organisations, themes, levels, count):
    """`count` more projects, research assignments and calls, with every relation filled in."""
    project_index, research_index, call_index = indexes
    projects = bulk_children(
        project_index, ProjectPageFactory, count, applicant=organisations[0], call=call, round=1
    )
    research = bulk_children(research_index, OnderzoekPageFactory, count)
    calls = bulk_children(call_index, OproepPageFactory, count)
    for model, pages in [(ProjectPage, projects), (OnderzoekPage, research), (OproepPage, calls)]:
        tag_pages(model, pages, themes, levels)
    ProjectPartner.objects.bulk_create(
        ProjectPartner(page=project, organisation=organisations[1], sort_order=0)
        for project in projects
    )
    OnderzoekPage.executors.through.objects.bulk_create(
        OnderzoekPage.executors.through(onderzoekpage_id=page.pk, organisatie_id=org.pk)
        for page in research
        for org in organisations[:2]
    )
    return projects


def tag_pages(model, pages, themes, levels):
    name = model._meta.model_name
    model.themes.through.objects.bulk_create(
        model.themes.through(**{f"{name}_id": page.pk, "thema_id": theme.pk})
        for page in pages
        for theme in themes
    )
    model.levels.through.objects.bulk_create(
        model.levels.through(**{f"{name}_id": page.pk, "onderwijsniveau_id": level.pk})
        for page in pages
        for level in levels
    )


def add_detail_pages(indexes, call, organisations, themes, related):
    """The project and research assignment whose pages are measured, with every field filled."""
    project_index, research_index, _ = indexes
    document = Document.objects.create(title="Eindrapport", file="documents/rapport.pdf")
    project = ProjectPageFactory(
        parent=project_index,
        slug="uitgelicht",
        applicant=organisations[0],
        call=call,
        round=1,
        objectives=[("item", "Leraren versterken")],
        outputs=[("page", call), ("document", document)],
    )
    project.themes.set(themes)
    project.partners.add(ProjectPartner(organisation=organisations[1]))
    for other in related:
        project.related_project_links.add(RelatedProject(project=other))
    project.save()
    research = OnderzoekPageFactory(parent=research_index, slug="uitgelicht", report=document)
    research.executors.set(organisations)
    research.themes.set(themes)
    research.save()


def query_counts(client):
    counts = {}
    for url in BUDGETS:
        client.get(url)  # warm the site-root-paths cache, as in production
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(queries)
    return counts


def test_query_counts_stay_within_budget_and_do_not_grow_from_8_to_500_items(
    client, project_index, research_index, call_index, taal, feedback, lager
):
    indexes = (project_index, research_index, call_index)
    themes = [taal, feedback]
    organisations = [OrganisatieFactory() for _ in range(3)]
    call = OproepPageFactory(parent=call_index, slug="de-oproep", awarded=True)
    call.awarded_organisations.set(organisations)
    call.save()
    projects = add_items(indexes, call, organisations, themes, [lager], 8)
    add_detail_pages(indexes, call, organisations, themes, related=projects[:5])

    few = query_counts(client)
    add_items(indexes, call, organisations, themes, [lager], 492)
    many = query_counts(client)

    assert many == few
    over_budget = {url: count for url, count in many.items() if count > BUDGETS[url]}
    assert over_budget == {}
