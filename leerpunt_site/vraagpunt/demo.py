from leerpunt_site.demo.content import add_index_page, read_yaml

from .models import VraagpuntPage


def load():
    add_index_page(VraagpuntPage, "vraagpunt", read_yaml("updates.yaml")["vraagpunt"])
    return "Vraagpunt"
