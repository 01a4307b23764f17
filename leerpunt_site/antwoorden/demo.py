"""The four answers of Leerpunt's Q&A on the extra care funding (demo/antwoorden.yaml)."""

from wagtail.models import Page

from leerpunt_site.demo.content import add_child, levels, read_yaml, themes
from leerpunt_site.home.models import HomePage
from leerpunt_site.vraagpunt.models import VraagpuntPage

from .models import AntwoordIndexPage, AntwoordLink, VraagAntwoordPage


def page_at(url_path):
    """The page at a site path such as '/toolkit/'; the demo must name pages that exist."""
    home = HomePage.objects.get()
    found = Page.objects.filter(url_path=home.url_path + url_path.strip("/") + "/").first()
    if found is None:
        raise ValueError(f"Het demo-antwoord linkt naar een pagina die niet bestaat: {url_path}")
    return found


def load():
    data = read_yaml("antwoorden.yaml")
    vraagpunt = VraagpuntPage.objects.get()
    index, _ = add_child(
        vraagpunt,
        AntwoordIndexPage,
        "antwoorden",
        title=data["index"]["title"],
        intro=f"<p>{data['index']['intro']}</p>",
        search_description=data["index"]["search_description"],
    )
    for item in data["answers"]:
        add_child(
            index,
            VraagAntwoordPage,
            item["slug"],
            title=item["title"],
            question=item["question"],
            summary=item["summary"],
            body=item["body"],
            answered_by=item.get("answered_by", ""),
            source=item.get("source", ""),
            themes=themes(item.get("themes")),
            levels=levels(item.get("levels")),
            links=[AntwoordLink(page=page_at(path)) for path in item.get("links", [])],
        )
    return f"{len(data['answers'])} antwoorden"
