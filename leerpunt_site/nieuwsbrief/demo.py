from leerpunt_site.demo.content import add_index_page, read_yaml

from .models import NieuwsbriefPage


def load():
    add_index_page(NieuwsbriefPage, "nieuwsbrief", read_yaml("updates.yaml")["nieuwsbrief"])
    return "nieuwsbrief"
