from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from leerpunt_site.core.models import IndexPage
from leerpunt_site.pagecache.cache import cached
from leerpunt_site.taxonomy.models import Thema

from .blocks import FaseBlock, KerncijferBlock
from .feeds import ThemaFeed
from .tagged_content import content_groups, theme_statuses
from .timeline import focus_area_statuses, school_years, timeline_years

TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]
# The gathered content is cached until the next purge, but at most this long: is_planned may
# depend on dates.
PLANNED_TIMEOUT = 5 * 60


class KennisagendaPage(RoutablePageMixin, IndexPage):
    """The knowledge agenda: how it was made and its themes on a timeline; a hub per theme below it."""

    search_weight = 0.6  # its place in the site search (leerpunt_site/search/ranking.py)

    what = RichTextField(
        "wat is een kennisagenda?",
        blank=True,
        features=TEXT_FEATURES,
        help_text="Uitleg voor wie het begrip niet kent: wat de agenda is, voor welke periode, waarom.",
    )
    phases = StreamField(
        [("fase", FaseBlock())],
        blank=True,
        max_num=6,
        verbose_name="fasen",
        help_text="De stappen waarin de kennisagenda tot stand kwam, in volgorde.",
    )
    figures = StreamField(
        [("kerncijfer", KerncijferBlock())],
        blank=True,
        max_num=8,
        verbose_name="kerncijfers",
        help_text="Enkele cijfers over het proces, bv. het aantal verzamelde kennisvragen.",
    )
    focus_intro = RichTextField(
        "overkoepelende focus",
        blank=True,
        features=TEXT_FEATURES,
        help_text="Inleiding bij de drie overkoepelende aandachtspunten van evidence-informed "
        "werken. De aandachtspunten zelf zijn thema's met focusschooljaar 'overkoepelend'.",
    )
    evaluation = RichTextField(
        "aanpak en evaluatie",
        blank=True,
        features=TEXT_FEATURES,
        help_text="Hoe Leerpunt elk thema aanpakt en wanneer de kennisagenda geëvalueerd wordt.",
    )

    content_panels = IndexPage.content_panels + [
        FieldPanel("what"),
        MultiFieldPanel(
            [FieldPanel("phases"), FieldPanel("figures")],
            heading="Hoe de kennisagenda tot stand kwam",
        ),
        FieldPanel("focus_intro"),
        FieldPanel("evaluation"),
    ]
    search_fields = IndexPage.search_fields + [
        index.SearchField("what"),
        index.SearchField("focus_intro"),
        index.SearchField("evaluation"),
    ]

    template = "pages/kennisagenda/kennisagenda_page.html"
    hub_template = "pages/kennisagenda/thema_hub.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    hub_group_size = 6  # pages shown per type on a hub; a link leads to the rest

    class Meta:
        verbose_name = "kennisagenda"
        verbose_name_plural = "kennisagenda"  # one page; the search groups results under this name

    @path("")
    def timeline(self, request):
        years, statuses = cached(
            "kennisagenda:timeline",
            lambda: (school_years(), theme_statuses(Thema.objects.live(), request)),
            timeout=PLANNED_TIMEOUT,
        )
        return self.render(
            request,
            context_overrides={
                "school_years": timeline_years(years, statuses, timezone.localdate()),
                "focus_areas": focus_area_statuses(statuses),
            },
        )

    @path("<slug:slug>/", name="hub")
    def hub(self, request, slug):
        if len(slug) > Thema._meta.get_field("slug").max_length:
            raise Http404  # no theme has it; keeps made-up slugs out of cache keys
        theme, groups = cached(
            f"kennisagenda:hub:{slug}",
            lambda: self._hub_content(slug, request),
            timeout=PLANNED_TIMEOUT,
        )
        return self.render_hub(request, theme, groups)

    def render_hub(self, request, theme, groups):
        return self.render(
            request,
            template=self.hub_template,
            context_overrides={
                "theme": theme,
                "groups": groups,
                "canonical_url": self.get_full_url(request)
                + self.reverse_subpage("hub", [theme.slug]),
                "feed_url": self.get_url(request) + self.reverse_subpage("feed", [theme.slug]),
            },
        )

    def preview_hub(self, request, theme):
        """The hub of a theme as drafted in the admin (the `theme_preview` hook): never from the
        cache, which holds the live texts; a theme not saved yet has no content."""
        groups = content_groups(theme, self.hub_group_size, request) if theme.pk else []
        return self.render_hub(request, theme, groups)

    def _hub_content(self, slug, request):
        # Raises Http404 for an unknown or unpublished theme, so nothing is cached for made-up
        # slugs.
        theme = get_object_or_404(Thema.objects.live(), slug=slug)
        return theme, content_groups(theme, self.hub_group_size, request)

    @path("<slug:slug>/feed/", name="feed")
    def feed(self, request, slug):
        theme = get_object_or_404(Thema.objects.live(), slug=slug)
        return ThemaFeed()(request, theme=theme)
