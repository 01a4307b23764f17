from django.db import models
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, get_page_models
from wagtail.search import index

from leerpunt_site.core.blocks import BodyBlock
from leerpunt_site.core.queries import live_and_public
from leerpunt_site.core.serving import ServingMixin
from leerpunt_site.pagecache.cache import cached

# The home sections are cached until the next purge, but at most this long: a call's status
# follows from its deadline.
SECTIONS_TIMEOUT = 5 * 60


class HomePage(ServingMixin, Page):
    hero_title = models.CharField(
        "titel hero", max_length=120, help_text="De grote titel bovenaan de homepage."
    )
    hero_intro = models.TextField(
        "inleiding hero", max_length=400, blank=True, help_text="Eén of twee zinnen onder de titel."
    )
    updates_heading = models.CharField(
        "titel laatste updates", max_length=80, default="Laatste updates"
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_intro")], heading="Hero"),
        InlinePanel(
            "entry_points",
            heading="Ingangen",
            label="Ingang",
            min_num=1,
            max_num=6,
            help_text="De grote tegels onder de hero, bv. naar de belangrijkste rubrieken.",
        ),
        InlinePanel(
            "featured_approaches",
            heading="Uit de toolkit",
            label="Aanpak",
            max_num=6,
            help_text="De toolkitaanpakken naast de hero, met hun drie cijfers en een link naar de "
            "hele toolkit.",
        ),
        FieldPanel("updates_heading"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_title"),
        index.SearchField("hero_intro"),
    ]

    template = "pages/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    # No subpage_types: every section's index page names the home page as its parent, so the
    # shell never names a content app.
    max_count = 1

    class Meta:
        verbose_name = "homepage"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entry_points"] = self.entry_points.select_related("page")
        context["latest_updates"] = self.latest_updates()
        context.update(cached(f"home:{self.pk}:sections", self.sections, SECTIONS_TIMEOUT))
        return context

    def sections(self):
        """The toolkit preview, then what the apps add through the `home_sections` hook (the latest
        guides, the kennisagenda's themes, the open calls): a function of the home page that
        returns context for its template. The shell names no content app."""
        approach_ids = list(self.featured_approaches.values_list("page_id", flat=True))
        approaches = sorted(
            live_and_public(Page.objects.filter(pk__in=approach_ids)).specific(),
            key=lambda page: approach_ids.index(page.pk),
        )
        sections = {
            "approaches": approaches,
            "toolkit": approaches[0].get_parent() if approaches else None,
        }
        for section in hooks.get_hooks("home_sections"):
            sections.update(section(self))
        return sections

    def latest_updates(self):
        from leerpunt_site.updates.models import UpdatePage

        return live_and_public(UpdatePage.objects).order_by("-date", "-pk")[:3]


def school_year(day):
    """'2026-2027' for a day from September 2026 to August 2027."""
    start = day.year if day.month >= 9 else day.year - 1
    return f"{start}-{start + 1}"


class FeaturedApproachChooserPanel(PageChooserPanel):
    """Chooses among the page types that say `featured_on_home = True` (the toolkit's approaches),
    looked up when the form is built: the shell names no content app."""

    def get_form_options(self):
        self.page_type = [
            model for model in get_page_models() if getattr(model, "featured_on_home", False)
        ] or None
        return super().get_form_options()


class HomeFeaturedApproach(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_approaches")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name="aanpak"
    )

    panels = [FeaturedApproachChooserPanel("page")]


class HomeEntryPoint(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="entry_points")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name="pagina"
    )
    title = models.CharField(
        "titel", max_length=60, blank=True, help_text="Leeg: titel van de pagina."
    )
    text = models.CharField("tekst", max_length=200)

    panels = [PageChooserPanel("page"), FieldPanel("title"), FieldPanel("text")]

    @property
    def heading(self):
        return self.title or self.page.title


class StandardPage(ServingMixin, Page):
    intro = models.TextField(
        "inleiding",
        max_length=500,
        blank=True,
        help_text="Korte inleiding in vette tekst bovenaan.",
    )
    body = StreamField(BodyBlock(), verbose_name="inhoud", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    template = "pages/standard_page.html"
    parent_page_types = ["home.HomePage", "home.StandardPage"]

    class Meta:
        verbose_name = "standaardpagina"
        verbose_name_plural = "standaardpagina's"
