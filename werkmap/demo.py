"""Demo content: the werkmap page below the home page."""

from leerpunt_site.demo.content import add_child, read_yaml
from leerpunt_site.home.models import HomePage

from .models import WerkmapPage


def load():
    data = read_yaml("werkmap.yaml")["werkmap"]
    add_child(
        HomePage.objects.get(),
        WerkmapPage,
        "werkmap",
        title=data["title"],
        intro=data["intro"],
        empty_text=data["empty_text"],
        search_description=data["search_description"],
    )
    return "werkmap"
