from django.utils import timezone
from wagtail import hooks

from leerpunt_site.core.queries import live_and_public
from leerpunt_site.home.models import school_year
from leerpunt_site.pagecache.cache import cached
from leerpunt_site.taxonomy.models import Thema

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


@hooks.register("theme_preview")
def preview_theme_hub(theme, request):
    """The theme's hub with its drafted texts (taxonomy's Thema.serve_preview asks for it), below
    the live kennisagenda page; None while there is none."""
    page = live_and_public(KennisagendaPage.objects).first()
    return page.preview_hub(request, theme) if page else None


@hooks.register("home_sections")
def focus_themes(home):
    """The kennisagenda and the themes of this school year, on the home page."""
    kennisagenda = live_and_public(KennisagendaPage.objects).first()
    year = school_year(timezone.localdate())
    themes = Thema.objects.live().filter(school_year=year).order_by("sort_order", "name")
    return {
        "kennisagenda": kennisagenda,
        "focus_year": year,
        "focus_themes": [
            (theme, kennisagenda.url + kennisagenda.reverse_subpage("hub", [theme.slug]))
            for theme in themes
        ]
        if kennisagenda
        else [],
    }
