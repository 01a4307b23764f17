from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Page, Site

from leerpunt_site.core.models import SiteSettings
from leerpunt_site.demo.content import read_yaml

from .models import HomePage


def home_page():
    """The one HomePage, created on first run in place of Wagtail's welcome page."""
    home = HomePage.objects.first()
    if home:
        return home
    data = read_yaml("site.yaml")["home"]
    root = Page.get_first_root_node()
    welcome = root.get_children().filter(slug="home").first()
    if welcome:
        welcome.slug = "wagtail-welkom"
        welcome.save()
    home = HomePage(
        title=data["title"],
        slug="home",
        hero_title=data["hero_title"],
        hero_intro=data["hero_intro"],
        search_description=data["search_description"],
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.site_name, site.root_page = "Leerpunt", home
    site.save()
    if welcome:
        welcome.delete()
    return home


def site_address():
    """The default site answers on the address the site runs on (WAGTAILADMIN_BASE_URL, for
    `make run` http://127.0.0.1:8000), so every absolute link it builds (a newsletter
    confirmation, a recommendation's own URL, the feeds) opens locally."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.get(is_default_site=True)
    default_port = 443 if address.scheme == "https" else 80
    site.hostname, site.port = address.hostname, address.port or default_port
    site.save(update_fields=["hostname", "port"])


def load():
    data = read_yaml("site.yaml")
    home_page()
    site_address()
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if not settings.address:
        contact = data["settings"]
        settings.organisation_name = contact.get("organisation_name", "Leerpunt")
        settings.tagline = contact.get("tagline", "")
        settings.address = contact.get("address", "")
        settings.email = contact.get("email", "")
        settings.phone = contact.get("phone", "")
        for link in contact.get("social", []):
            if link["name"].lower() == "linkedin":
                settings.linkedin_url = link["url"]
        settings.save()
    return "homepage en site-instellingen"
