"""Factories for building small page trees in tests; never the whole demo content."""

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page, Site

from leerpunt_site.core.models import SiteSettings
from leerpunt_site.home.models import HomePage, StandardPage
from leerpunt_site.taxonomy.models import Onderwijsniveau, Schooljaar, Thema
from leerpunt_site.updates.models import UpdateIndexPage, UpdatePage


class ThemaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Thema
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")
    school_year = "2024-2025"  # a school year's code; made when missing
    short_description = factory.LazyAttribute(lambda o: f"Alles over {o.name.lower()}.")

    @classmethod
    def _create(cls, model_class, *args, school_year, **kwargs):
        if isinstance(school_year, str):
            school_year, _ = Schooljaar.objects.get_or_create(
                slug=school_year,
                defaults={"name": school_year, "overarching": school_year == "overkoepelend"},
            )
        return super()._create(model_class, *args, school_year=school_year, **kwargs)


class OnderwijsniveauFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Onderwijsniveau
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Niveau {n}")
    slug = factory.Sequence(lambda n: f"niveau-{n}")


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Leerpunt"
    slug = "home"
    hero_title = "Onderzoek dat werkt in de klas"
    hero_intro = "Gratis, onafhankelijk en bruikbaar."


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standaardpagina {n}")
    intro = "Een korte inleiding."


class UpdateIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = UpdateIndexPage

    title = "Updates"
    slug = "updates"


class UpdatePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = UpdatePage

    title = factory.Sequence(lambda n: f"Update {n}")
    summary = "Een korte samenvatting van het nieuws."
    body = "<p>Het volledige bericht.</p>"


def make_document(title, name="rapport.pdf", size=2048):
    # A transactional (browser) test flushes the root collection the migrations created.
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    document = get_document_model()(title=title, collection=collection)
    document.file.save(name, ContentFile(b"%PDF-1.4\n" + b"0" * (size - 9)), save=False)
    document.file_size = size
    document.save()
    return document


def make_site():
    """A home page as the default site's root, in place of Wagtail's welcome page."""
    root = Page.get_first_root_node()
    if root is None:  # a transactional test flushed the rows the migrations created
        Locale.objects.get_or_create(language_code="nl")
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    root.get_children().filter(slug="home").update(slug="wagtail-welkom")
    home = HomePageFactory(parent=root)
    site, _ = Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Leerpunt"},
    )
    SiteSettings.for_site(site)  # a configured site has its settings row
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return home
