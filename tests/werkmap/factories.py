"""The werkmap page and a small tree to fill it: a toolkit item with a guide that links to it."""

import wagtail_factories

from leidraden.models import LeidraadToolkitLink
from tests.leidraden.factories import (
    LeidraadIndexPageFactory,
    LeidraadPageFactory,
    aanbevelingen,
    werkvormen,
)
from tests.toolkit.factories import ToolkitItemPageFactory, toolkit_tree
from werkmap.models import WerkmapPage


class WerkmapPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = WerkmapPage

    title = "Werkmap"
    slug = "werkmap"
    intro = "<p>Verzamel en plan als team.</p>"
    empty_text = "<p>Kies Bewaar in werkmap in de toolkit.</p>"


def feedback_tree(home):
    """(werkmap, toolkit, feedback item, feedback guide with 3 recommendations and 2 activities)."""
    werkmap = WerkmapPageFactory(parent=home)
    _, toolkit = toolkit_tree(home)
    feedback = ToolkitItemPageFactory(
        parent=toolkit, title="Feedback", impact_months=6, cost=1, evidence=4
    )
    index = LeidraadIndexPageFactory(parent=home)
    guide = LeidraadPageFactory(
        parent=index,
        title="Feedback om leerprestaties te verbeteren",
        recommendations=aanbevelingen(3),
        werkvormen=werkvormen(2),
    )
    LeidraadToolkitLink.objects.create(leidraad=guide, page=feedback)
    return werkmap, toolkit, feedback, guide
