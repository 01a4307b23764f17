from leerpunt_site.demo.content import add_index_page, read_yaml

from .models import VraagpuntPage


def load():
    data = read_yaml("updates.yaml")["vraagpunt"]
    page, created = add_index_page(VraagpuntPage, "vraagpunt", data)
    if created or not page.thank_you:
        page.thank_you = data["thank_you"]
        page.save_revision().publish()
    return "Vraagpunt"
