from leerpunt_site.demo.content import add_index_page, read_yaml

from .models import ToolkitOverviewPage


def load():
    data = read_yaml("toolkit/toolkit.yaml")
    add_index_page(ToolkitOverviewPage, "toolkit", data["overview"])
    return "toolkitoverzicht"
