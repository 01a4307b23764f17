from leerpunt_site.demo.content import add_index_page, read_yaml

from .models import AgendaPage


def load():
    add_index_page(AgendaPage, "agenda", read_yaml("updates.yaml")["agenda_index"])
    return "agenda"
