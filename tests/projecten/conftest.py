import pytest

from tests.factories import OnderwijsniveauFactory, ThemaFactory

from .factories import OnderzoekIndexPageFactory, OproepIndexPageFactory, ProjectIndexPageFactory


@pytest.fixture
def project_index(home):
    return ProjectIndexPageFactory(parent=home)


@pytest.fixture
def research_index(home):
    return OnderzoekIndexPageFactory(parent=home)


@pytest.fixture
def call_index(home):
    return OproepIndexPageFactory(parent=home)


@pytest.fixture
def taal(db):
    return ThemaFactory(slug="taalonderwijs", name="Taalonderwijs")


@pytest.fixture
def feedback(db):
    return ThemaFactory(slug="feedback", name="Feedback")


@pytest.fixture
def lager(db):
    return OnderwijsniveauFactory(slug="lager", name="Lager onderwijs")


@pytest.fixture
def secundair(db):
    return OnderwijsniveauFactory(slug="secundair", name="Secundair onderwijs")
