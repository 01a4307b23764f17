"""Wagtail redirects for the old leerpunt.be addresses in demo/redirects.yaml."""

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from .content import read_yaml


def load(home, page_at):
    """Add a permanent redirect to its page for every old address that has none yet."""
    site = Site.objects.get(is_default_site=True)
    created = 0
    for entry in read_yaml("redirects.yaml")["redirects"]:
        old_path = Redirect.normalise_path(entry["old"])
        page = page_at(home, entry["page"])
        if page is None or Redirect.objects.filter(old_path=old_path, site=site).exists():
            continue
        Redirect.objects.create(old_path=old_path, site=site, redirect_page=page, is_permanent=True)
        created += 1
    return created
