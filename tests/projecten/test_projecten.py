"""The projects listing and a project page, as a school or an applicant sees them."""

import pytest
from bs4 import BeautifulSoup
from wagtail.test.utils import WagtailPageTestCase

from leerpunt_site.home.models import HomePage
from projecten.models import ProjectIndexPage, ProjectPage, ProjectPartner, RelatedProject

from .factories import OproepPageFactory, OrganisatieFactory, ProjectPageFactory

pytestmark = pytest.mark.django_db


def titles(response):
    return [project.title for project in response.context["projects"]]


@pytest.fixture
def projects(project_index, call_index, taal, feedback, lager, secundair):
    """Three projects that differ in type, status, call, round, themes, levels and partners."""
    ucll = OrganisatieFactory(slug="ucll", name="UCLL")
    vub = OrganisatieFactory(slug="vub", name="VUB")
    call = OproepPageFactory(parent=call_index, slug="brede-basiszorg", title="Brede basiszorg")
    spelkracht = ProjectPageFactory(
        parent=project_index,
        title="Spelkracht",
        slug="spelkracht",
        applicant=ucll,
        call=call,
        round=1,
        schools_count=10,
        themes=[taal],
        levels=[lager],
    )
    videoklub = ProjectPageFactory(
        parent=project_index,
        title="De VideoKLuB",
        slug="de-videoklub",
        applicant=vub,
        call=call,
        round=2,
        schools_count=28,
        schools_kind="secundaire scholen",
        status=ProjectPage.Status.AFGEROND,
        themes=[feedback, taal],
        levels=[secundair],
    )
    videoklub.partners.add(ProjectPartner(organisation=ucll, role="mede-indiener"))
    videoklub.save()
    ProjectPageFactory(
        parent=project_index,
        title="Leesmateriaal",
        project_type=ProjectPage.Soort.VALORISATIE,
        schools_count=None,
        themes=[feedback],
        levels=[lager, secundair],
    )
    return spelkracht, videoklub


def test_index_lists_every_project_with_totals(client, projects):
    response = client.get("/projecten/")

    html = response.content.decode()
    assert titles(response) == ["De VideoKLuB", "Leesmateriaal", "Spelkracht"]
    assert "3 projecten, samen 38 scholen" in html
    assert "robots" not in response.context or not response.context["robots"]


@pytest.mark.parametrize(
    ("query", "expected", "schools"),
    [
        ("thema=taalonderwijs", ["De VideoKLuB", "Spelkracht"], 38),
        ("thema=taalonderwijs&thema=feedback", ["De VideoKLuB", "Leesmateriaal", "Spelkracht"], 38),
        ("thema=feedback&niveau=lager", ["Leesmateriaal"], 0),
        ("niveau=lager&niveau=secundair", ["De VideoKLuB", "Leesmateriaal", "Spelkracht"], 38),
        ("type=valorisatie", ["Leesmateriaal"], 0),
        ("status=afgerond", ["De VideoKLuB"], 28),
        ("oproep=brede-basiszorg", ["De VideoKLuB", "Spelkracht"], 38),
        ("oproep=brede-basiszorg&ronde=2", ["De VideoKLuB"], 28),
        ("organisatie=ucll", ["De VideoKLuB", "Spelkracht"], 38),
        ("organisatie=ucll&thema=feedback", ["De VideoKLuB"], 28),
        ("organisatie=vub&status=lopend", [], 0),
        ("q=spelkracht", ["Spelkracht"], 10),
    ],
)
def test_filters_combine_and_totals_follow_them(client, projects, query, expected, schools):
    response = client.get(f"/projecten/?{query}")

    assert titles(response) == expected
    assert response.context["totals"] == {"projects": len(expected), "schools": schools}
    assert response.context["robots"] == "noindex, follow"


@pytest.mark.parametrize(
    "query",
    [
        "type=onbekend",
        "ronde=abc",
        "ronde=99999999999999999999",
        "oproep=%00",
        "organisatie=bestaat-niet",
        "status=",
        "pagina=-1",
        "pagina=abc",
        "pagina=99999999999999999999",
        "thema=%00&niveau=%00",
        "q=%00",
        "q=" + "x" * 5000,
        "q=%27%22%3B--",
        "type=valorisatie&type=begeleiding",
        "onbekend=1",
    ],
)
def test_bad_filter_values_give_a_normal_page(client, projects, query):
    response = client.get(f"/projecten/?{query}")

    assert response.status_code == 200
    assert "\x00" not in response.content.decode()


def test_unknown_values_are_ignored_and_known_ones_still_filter(client, projects):
    response = client.get("/projecten/?thema=taalonderwijs&thema=bestaat-niet&type=onbekend")

    assert titles(response) == ["De VideoKLuB", "Spelkracht"]


def test_filter_form_offers_only_values_that_occur(client, projects):
    html = client.get("/projecten/").content.decode()

    assert 'value="taalonderwijs"' in html
    assert '<option value="brede-basiszorg">Brede basiszorg</option>' in html
    assert '<option value="2">Ronde 2</option>' in html
    assert '<option value="ucll">UCLL</option>' in html


def test_project_page_shows_every_fact(client, projects, project_index):
    spelkracht, videoklub = projects
    videoklub.objectives = [("item", "Leraren filmen hun lessen"), ("item", "Coaches opleiden")]
    videoklub.methodology = [("item", "Video-opnames analyseren")]
    videoklub.related_project_links.add(RelatedProject(project=spelkracht))
    videoklub.save_revision().publish()

    response = client.get("/projecten/de-videoklub/")

    html = response.content.decode()
    assert "Begeleidingsproject brede basiszorg en verhoogde zorg" in html
    assert '<a href="/oproepen/brede-basiszorg/">Brede basiszorg</a>, ronde 2' in html
    assert "VUB" in html and "UCLL (mede-indiener)" in html
    assert "28 secundaire scholen" in html
    assert "<li>Leraren filmen hun lessen</li><li>Coaches opleiden</li>" in html
    assert "Video-opnames analyseren" in html
    assert 'href="/projecten/spelkracht/"' in html
    assert 'href="/projecten/?organisatie=vub"' in html
    assert "Afgerond" in html


def test_draft_project_is_not_served(client, project_index):
    ProjectPageFactory(parent=project_index, slug="concept", live=False)

    assert client.get("/projecten/concept/").status_code == 404
    assert client.get("/projecten/bestaat-niet/").status_code == 404


class TestTree(WagtailPageTestCase):
    def test_project_pages_live_only_below_the_single_projects_index(self):
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
        self.assertAllowedSubpageTypes(ProjectPage, {})
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
        self.assertAllowedParentPageTypes(ProjectIndexPage, {HomePage})
        assert ProjectIndexPage.max_count == 1


def test_project_listing_links_to_the_calls_and_the_research_assignments(
    client, project_index, research_index, call_index
):
    soup = BeautifulSoup(client.get(project_index.url).content, "html.parser")
    nav = soup.find("nav", attrs={"aria-label": "Ook voor indieners"})

    assert [(a.get_text(), a["href"]) for a in nav.find_all("a")] == [
        ("Onderzoeken", "/onderzoeken/"),
        ("Oproepen", "/oproepen/"),
    ]
