from leerpunt_site.demo.content import add_index_page, read_yaml

from .models import LeidraadIndexPage


def load():
    data = read_yaml("leidraden/a.yaml")
    add_index_page(LeidraadIndexPage, "leidraden", data["index"])
    return "leidradenoverzicht"
