"""One small site with a page of every type, for the tests that sweep all public URLs.

Extend build_site() when an app adds page types: create one index with two or three items
through the app's own factories, so the sweeps reach every template and every listing.
"""

from tests.factories import (
    OnderwijsniveauFactory,
    StandardPageFactory,
    ThemaFactory,
    UpdateIndexPageFactory,
    UpdatePageFactory,
    make_site,
)


def build_site():
    """Returns the home page of a site holding at least one live page of every page type."""
    home = make_site()
    thema = ThemaFactory(slug="welbevinden", name="Welbevinden")
    niveau = OnderwijsniveauFactory(slug="lager", name="Lager onderwijs")

    StandardPageFactory(parent=home, title="Over Leerpunt", slug="over-leerpunt")
    updates = UpdateIndexPageFactory(parent=home)
    for number in range(3):
        update = UpdatePageFactory(parent=updates, title=f"Nieuws {number}")
        update.themes.set([thema])
        update.levels.set([niveau])
        update.save()
    return home
