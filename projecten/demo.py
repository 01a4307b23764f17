from leerpunt_site.demo.content import add_index_page, read_yaml

from .models import OnderzoekIndexPage, OproepIndexPage, ProjectIndexPage


def load():
    data = read_yaml("projecten.yaml")
    add_index_page(ProjectIndexPage, "projecten", data["projecten_index"])
    add_index_page(OnderzoekIndexPage, "onderzoeken", data["onderzoeken_index"])
    add_index_page(OproepIndexPage, "oproepen", data["oproepen_index"])
    return "overzichten van projecten, onderzoeken en oproepen"
