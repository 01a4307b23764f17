"""Section roots and people for the editorial tests."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from leidraden.models import LeidraadIndexPage
from projecten.models import OnderzoekIndexPage
from toolkit.models import ToolkitOverviewPage

PASSWORD = "een-lang-testwachtwoord"


class ToolkitOverviewPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ToolkitOverviewPage

    title = "Toolkit"
    slug = "toolkit"
    intro = "<p>Aanpakken voor de klas.</p>"


class LeidraadIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LeidraadIndexPage

    title = "Leidraden"
    slug = "leidraden"
    intro = "<p>Aanbevelingen voor schoolteams.</p>"


class OnderzoekIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = OnderzoekIndexPage

    title = "Onderzoeken"
    slug = "onderzoeken"


class UserFactory(factory.django.DjangoModelFactory):
    """A staff member in the named groups: UserFactory(groups=["Redactie"])."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"medewerker{n}")
    first_name = factory.LazyAttribute(lambda o: o.username.capitalize())
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if names:
            self.groups.set(Group.objects.filter(name__in=names))
        self.save()
