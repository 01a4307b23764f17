"""Helpers for the apps' demo loaders: read the YAML files in demo/ and add pages only where missing.

Each app may have a `demo.py` with `load(home)`; `manage.py load_demo_content` calls them in the
order of INSTALLED_APPS. Loaders create what is missing and never overwrite existing pages, so a
second run is quick and keeps what an editor changed.
"""

from pathlib import Path

import yaml
from django.conf import settings

from leerpunt_site.taxonomy.models import Onderwijsniveau, Thema

DEMO_DIR = Path(settings.BASE_DIR) / "demo"


def read_yaml(relative_path):
    with open(DEMO_DIR / relative_path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def add_child(parent, model, slug, **fields):
    """Return the live child page with this slug, creating and publishing it when missing.

    Many-to-many fields (themes, levels) may be passed as lists of objects; they are set before saving.
    Returns (page, created).
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific, False
    m2m = {key: fields.pop(key) for key in list(fields) if model._meta.get_field(key).many_to_many}
    page = model(slug=slug, **fields)
    for name, values in m2m.items():
        getattr(page, name).set(values)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def themes(slugs):
    found = {theme.slug: theme for theme in Thema.objects.filter(slug__in=slugs or [])}
    missing = set(slugs or []) - set(found)
    if missing:
        raise ValueError(f"Onbekende thema's in democontent: {sorted(missing)}")
    return [found[slug] for slug in slugs]


def levels(slugs):
    found = {level.slug: level for level in Onderwijsniveau.objects.filter(slug__in=slugs or [])}
    missing = set(slugs or []) - set(found)
    if missing:
        raise ValueError(f"Onbekende onderwijsniveaus in democontent: {sorted(missing)}")
    return [found[slug] for slug in slugs]


def add_index_page(model, slug, data):
    """An index page directly below the home page, from a mapping with title, intro and search_description."""
    from leerpunt_site.home.models import HomePage

    intro = data.get("intro", "")
    if intro and not intro.lstrip().startswith("<"):
        intro = f"<p>{intro}</p>"
    return add_child(
        HomePage.objects.get(),
        model,
        slug,
        title=data["title"],
        intro=intro,
        search_description=data.get("search_description", ""),
    )
