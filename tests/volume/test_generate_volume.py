"""manage.py generate_volume: realistic pages in bulk on top of the demo content."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from leerpunt_site.updates.models import UpdatePage
from projecten.models import ProjectPage
from toolkit.models import ToolkitItemPage

from .factories import build_site

pytestmark = pytest.mark.django_db

GENERATED_TYPES = [ToolkitItemPage, ProjectPage, UpdatePage]


@pytest.fixture
def site(home):
    build_site(home)
    return {model: set(model.objects.values_list("pk", flat=True)) for model in GENERATED_TYPES}


def generate_volume(*args):
    out = StringIO()
    call_command("generate_volume", *args, stdout=out)
    return out.getvalue()


def generated(model, site):
    return model.objects.exclude(pk__in=site[model]).order_by("pk")


def found_by_search(page):
    return page.pk in {hit.pk for hit in Page.objects.live().search(page.title)}


def test_refuses_without_the_demo_content_and_says_what_to_do(home):
    with pytest.raises(CommandError, match="manage.py load_demo_content"):
        generate_volume("--items", "60")

    assert Page.objects.count() == 2  # the root and the home page


def test_adds_items_projects_and_updates_that_are_live_valid_and_tagged(client, site):
    output = generate_volume("--items", "60", "--seed", "1")

    assert "24 toolkitaanpakken, 18 updates en 18 projecten aangemaakt" in output
    assert "60 in de zoekindex" in output
    assert "Klaar in" in output
    pages = [page for model in GENERATED_TYPES for page in generated(model, site)]
    assert len(pages) == 60
    for page in pages:
        page.full_clean()  # titles, slugs, figures and lengths an editor could have saved
        assert page.live and page.first_published_at and page.themes.exists()
        if not isinstance(page, UpdatePage):
            assert page.levels.exists()
    assert Page.find_problems() == ([], [], [], [], [])
    item = pages[0]
    assert f"<h1>{item.title}</h1>" in client.get(item.url).content.decode()
    listing = client.get(item.get_parent().url, {"q": item.title}).content.decode()
    assert item.title in listing


def test_search_finds_the_new_pages_unless_indexing_is_skipped(site):
    generate_volume("--items", "60", "--seed", "2")
    generate_volume("--items", "60", "--seed", "3", "--no-index")
    pages = list(generated(UpdatePage, site))

    assert found_by_search(pages[0])
    assert not found_by_search(pages[-1])


def test_a_second_run_adds_more_pages_with_fresh_slugs(site):
    generate_volume("--items", "60", "--seed", "4")
    generate_volume("--items", "60", "--seed", "4")  # the same titles again

    url_paths = [page.url_path for model in GENERATED_TYPES for page in generated(model, site)]
    assert len(url_paths) == 120
    assert len(set(url_paths)) == 120
    assert Page.find_problems() == ([], [], [], [], [])
