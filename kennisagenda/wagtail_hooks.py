from wagtail import hooks

from leerpunt_site.pagecache.cache import cached

from .models import KennisagendaPage


@hooks.register("theme_url")
def theme_hub_url(theme):
    """A theme's hub below the live kennisagenda page (taxonomy's Thema.url asks for it), or None
    while there is no such page. The page's URL is cached until the next publish or move; its
    absence too (as "", since the cache takes None for a miss)."""
    page = cached(
        "kennisagenda:url",
        lambda: next((p.url for p in KennisagendaPage.objects.live().public()[:1]), ""),
    )
    return f"{page}{theme.slug}/" if page else None
