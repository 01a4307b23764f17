"""The demo loader for the kennisagenda page, and the hooks TaggedPageMixin gives other apps."""

import pytest

from kennisagenda import demo
from kennisagenda.models import KennisagendaPage
from leerpunt_site.updates.models import UpdateIndexPage, UpdatePage

from .factories import KennisagendaPageFactory

pytestmark = pytest.mark.django_db


def test_demo_loader_builds_the_page_with_all_texts_once(home):
    demo.load()
    demo.load()

    page = KennisagendaPage.objects.get()
    assert page.live and page.url == "/kennisagenda/"
    assert [phase.value["name"] for phase in page.phases] == [
        "Inventarisering",
        "Prioritering",
        "Concretisering",
    ]
    assert {figure.value["value"] for figure in page.figures} >= {"700", "9", "55", "3"}
    assert "evidence-informed" in page.focus_intro
    assert "geëvalueerd" in page.evaluation
    assert page.what


def test_demo_loader_keeps_an_editors_changes(home):
    demo.load()
    page = KennisagendaPage.objects.get()
    page.evaluation = "<p>Aangepast door de redactie.</p>"
    page.save_revision().publish()

    demo.load()

    assert KennisagendaPage.objects.get().evaluation == "<p>Aangepast door de redactie.</p>"


def test_demo_loader_adds_the_texts_to_a_page_made_without_them(home):
    KennisagendaPageFactory(parent=home, what="", evaluation="")

    demo.load()

    page = KennisagendaPage.objects.get()
    assert len(page.phases) == 3 and page.evaluation


def test_tagged_pages_are_published_not_planned_unless_their_type_says_so(home):
    assert UpdatePage(title="Nieuws").is_planned is False


def test_a_type_is_listed_on_its_single_parent_page_type_by_default():
    assert UpdatePage.listing_page_model() is UpdateIndexPage
