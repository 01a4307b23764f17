"""Runs last: standard pages, navigation, home entry points and the demo users, once every section exists."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from leerpunt_site.core.models import FooterLink, HeaderLink, SiteSettings
from leerpunt_site.editorial import setup as editorial_setup
from leerpunt_site.home.models import (
    HomeEntryPoint,
    HomeFeaturedApproach,
    HomePage,
    StandardPage,
)

from . import redirects
from .content import add_child, read_yaml

# Development-only accounts; `make run` prints them. Never load demo content in production.
DEMO_PASSWORD = "leerpunt-demo-2026"  # noqa: S105 - documented dev-only password
DEMO_USERS = [
    ("admin", "Beheer", True),
    ("redacteur", "Redactie", False),
    ("communicatie", "Communicatie", False),
    ("wetenschap", "Wetenschappelijke commissie", False),
    ("gebruiker", "Gebruikerscommissie", False),
]
HEADER_PATHS = [
    "toolkit",
    "leidraden",
    "kennisagenda",
    "projecten",
    "onderzoeken",
    "oproepen",
    "updates",
    "agenda",
    "over-leerpunt",
]
FOOTER_PATHS = ["vraagpunt", "nieuwsbrief", "kwaliteitscriteria", "toegankelijkheid", "privacy"]


def page_at(home, path):
    """The page at an internal path such as '/kennisagenda/' below the home page, or None."""
    url_path = home.url_path + path.strip("/") + "/"
    return Page.objects.filter(url_path=url_path).first()


def stream_block(home, block):
    kind = block["type"]
    if kind == "heading":
        return ("heading", {"text": block["text"], "level": f"h{block.get('level', 2)}"})
    if kind == "paragraph":
        return ("paragraph", block["html"])
    if kind == "quote":
        return ("quote", {"text": block["text"], "attribution": block.get("attribution", "")})
    if kind == "table":
        return (
            "table",
            {
                "data": [block["header"], *block["rows"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_header_choice": "row",
                "table_caption": block.get("caption", ""),
            },
        )
    if kind == "cta":
        internal = not block["url"].startswith("http")
        return (
            "cta",
            {
                "title": block["title"],
                "text": block.get("text", ""),
                "link_text": block["link_text"],
                "page": page_at(home, block["url"]) if internal else None,
                "url": "" if internal else block["url"],
            },
        )
    raise ValueError(f"Onbekend bloktype in democontent: {kind}")


def load_standard_pages(home, data):
    created = 0
    for page_data in data["pages"]:
        _, was_created = add_child(
            home,
            StandardPage,
            page_data["slug"],
            title=page_data["title"],
            intro=page_data.get("intro", ""),
            search_description=page_data.get("search_description", ""),
            body=[stream_block(home, block) for block in page_data.get("body", [])],
        )
        created += was_created
    return created


def load_navigation(home, data):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if not settings.header_links.exists():
        for order, path in enumerate(HEADER_PATHS):
            if page := page_at(home, path):
                HeaderLink.objects.create(settings=settings, page=page, sort_order=order)
    if not settings.footer_links.exists():
        for order, path in enumerate(FOOTER_PATHS):
            if page := page_at(home, path):
                FooterLink.objects.create(settings=settings, page=page, sort_order=order)
    changed = False
    if not home.entry_points.exists():
        for order, entry in enumerate(data["home"]["entry_points"]):
            if page := page_at(home, entry["url"]):
                HomeEntryPoint.objects.create(
                    home=home, page=page, title=entry["title"], text=entry["text"], sort_order=order
                )
        changed = True
    if not home.featured_approaches.exists():
        for order, path in enumerate(data["home"]["featured_approaches"]):
            if page := page_at(home, path):
                HomeFeaturedApproach.objects.create(home=home, page=page, sort_order=order)
        changed = True
    if changed:
        home.save_revision().publish()


def load_users():
    # The groups, their permissions and the workflows come from the editorial setup, now that
    # every section exists.
    editorial_setup.apply()
    users = get_user_model()
    for username, group_name, is_superuser in DEMO_USERS:
        group = Group.objects.get(name=group_name)
        if users.objects.filter(username=username).exists():
            continue
        user = users.objects.create_user(
            username=username,
            email=f"{username}@example.org",
            password=DEMO_PASSWORD,
            first_name=username.capitalize(),
            is_staff=is_superuser,
            is_superuser=is_superuser,
        )
        user.groups.add(group)


def load():
    data = read_yaml("site.yaml")
    home = HomePage.objects.get()
    created = load_standard_pages(home, data)
    load_navigation(home, data)
    new_redirects = redirects.load(home, page_at)
    load_users()
    return (
        f"{created} nieuwe standaardpagina's, navigatie, {new_redirects} nieuwe doorverwijzingen "
        f"en {len(DEMO_USERS)} demogebruikers"
    )
