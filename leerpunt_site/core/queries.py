from wagtail.models import PageViewRestriction

from leerpunt_site.pagecache.cache import cached


def any_page_is_private():
    """Whether any page has a view restriction; almost never on a public site. Kept per
    generation, shared by every process: adding or removing a restriction purges (pagecache
    signals), so the answer is never stale anywhere."""
    return cached("privacy:any-restriction", PageViewRestriction.objects.exists)


def live_and_public(pages):
    """Live pages outside private sections: Wagtail's `.live().public()`. `.public()` reads every
    restriction on each call; with none on the site there is nothing to leave out."""
    pages = pages.live()
    return pages.public() if any_page_is_private() else pages
