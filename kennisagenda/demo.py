from leerpunt_site.demo.content import add_child, read_yaml
from leerpunt_site.home.models import HomePage

from .models import KennisagendaPage

TEXTS = ("what", "phases", "figures", "focus_intro", "evaluation")


def _stream(field_name, block_name, values):
    # A StreamValue, so add_child does not take the list for a many-to-many field.
    field = KennisagendaPage._meta.get_field(field_name)
    return field.to_python([{"type": block_name, "value": value} for value in values])


def _texts(data):
    return {
        "what": data["what"],
        "phases": _stream("phases", "fase", data["phases"]),
        "figures": _stream("figures", "kerncijfer", data["figures"]),
        "focus_intro": data["focus_intro"],
        "evaluation": data["evaluation"],
    }


def load():
    data = read_yaml("site.yaml")["kennisagenda"]
    page, created = add_child(
        HomePage.objects.get(),
        KennisagendaPage,
        "kennisagenda",
        title=data["title"],
        intro=f"<p>{data['intro']}</p>",
        search_description=data.get("search_description", ""),
        **_texts(data),
    )
    if not created and not any(getattr(page, name) for name in TEXTS):
        # Made by an earlier loader with only a title and intro: add the texts, keep the rest.
        for name, value in _texts(data).items():
            setattr(page, name, value)
        page.save_revision().publish()
        return "kennisagenda: teksten aangevuld"
    return "kennisagenda" + (" aangemaakt" if created else "")
