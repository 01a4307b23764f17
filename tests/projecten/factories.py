"""Factories for organisations, projects, research and calls, and a fast way to make many pages."""

import factory
import wagtail_factories

from leerpunt_site.volume.bulk import bulk_add_children
from projecten.models import (
    OnderzoekIndexPage,
    OnderzoekPage,
    OproepIndexPage,
    OproepPage,
    Organisatie,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
)


class OrganisatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisatie
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Hogeschool {n}")
    slug = factory.Sequence(lambda n: f"hogeschool-{n}")
    kind = Organisatie.Soort.HOGESCHOOL


class ProjectIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProjectIndexPage

    title = "Projecten"
    slug = "projecten"


class ProjectPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProjectPage

    title = factory.Sequence(lambda n: f"Project {n}")
    slug = factory.Sequence(lambda n: f"project-{n}")
    summary = "Scholen versterken samen de zorg voor elke leerling."
    project_type = ProjectPage.Soort.BEGELEIDING
    status = ProjectPage.Status.LOPEND
    schools_count = 10
    schools_kind = "basisscholen"


class ProjectPartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProjectPartner

    organisation = factory.SubFactory(OrganisatieFactory)
    role = "partner"


class OnderzoekIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = OnderzoekIndexPage

    title = "Onderzoeken"
    slug = "onderzoeken"


class OnderzoekPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = OnderzoekPage

    title = factory.Sequence(lambda n: f"Onderzoek {n}")
    slug = factory.Sequence(lambda n: f"onderzoek-{n}")
    summary = "Wat weten we al, en wat nog niet?"
    status = OnderzoekPage.Status.LOPEND


class OproepIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = OproepIndexPage

    title = "Oproepen"
    slug = "oproepen"


class OproepPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = OproepPage

    title = factory.Sequence(lambda n: f"Oproep {n}")
    slug = factory.Sequence(lambda n: f"oproep-{n}")
    summary = "Dien een project in om evidence-informed werken te versterken."
    eligible = "Hogescholen en begeleidingsdiensten."


def bulk_children(parent, factory_class, count, **fields):
    """Many live child pages in a handful of queries, for query-budget tests."""
    return bulk_add_children(parent, factory_class.build_batch(count, **fields))
