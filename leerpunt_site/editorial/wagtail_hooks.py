from wagtail import hooks

from . import setup
from .panels import AwaitingReviewPanel, OverdueReviewPanel


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    panels[:] = [panel for panel in panels if panel.name != AwaitingReviewPanel.name]
    panels.extend([AwaitingReviewPanel(), OverdueReviewPanel()])


@hooks.register("after_create_page")
def apply_editorial_rules_to_new_section(request, page):
    # A new top-level section gets the Kwaliteitscheck or Communicatie's publish permission.
    if page.get_parent().sites_rooted_here.exists():
        setup.apply_to_sections()
