from leerpunt_site.demo.content import add_index_page, read_yaml

from .models import KennisagendaPage


def load():
    data = read_yaml("site.yaml")["kennisagenda"]
    add_index_page(KennisagendaPage, "kennisagenda", data)
    return "kennisagenda"
