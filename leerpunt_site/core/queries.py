from wagtail.models import PageViewRestriction

from leerpunt_site.pagecache.cache import cached


def site_has_view_restrictions():
    """Whether any page is private. Almost never true on a public site, so usually no page needs
    Wagtail's restriction check (see FastServingMixin)."""
    return cached("view-restrictions", lambda: PageViewRestriction.objects.exists())


def live_and_public(pages):
    """Live pages outside private sections.

    PageQuerySet.public() loads every view restriction in a query of its own. Almost no page on a
    public site is private, and whether any is is cached (purged when a restriction changes), so
    usually this costs no extra query. Stays a plain filter, so search querysets accept it too.
    """
    pages = pages.live()
    return pages.public() if site_has_view_restrictions() else pages
