from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from leerpunt_site.core.blocks import BodyBlock
from leerpunt_site.core.models import FastServingMixin
from leerpunt_site.core.queries import live_and_public


class HomePage(FastServingMixin, Page):
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
            help_text="De grote tegels onder de hero: toolkit, leidraden, kennisagenda, projecten.",
        ),
        FieldPanel("updates_heading"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_title"),
        index.SearchField("hero_intro"),
    ]

    template = "pages/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "toolkit.ToolkitOverviewPage",
        "leidraden.LeidraadIndexPage",
        "kennisagenda.KennisagendaPage",
        "projecten.ProjectIndexPage",
        "projecten.OnderzoekIndexPage",
        "projecten.OproepIndexPage",
        "updates.UpdateIndexPage",
        "agenda.AgendaPage",
        "vraagpunt.VraagpuntPage",
        "nieuwsbrief.NieuwsbriefPage",
        "werkmap.WerkmapPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "homepage"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entry_points"] = self.entry_points.select_related("page")
        context["latest_updates"] = self.latest_updates()
        return context

    def latest_updates(self):
        from leerpunt_site.updates.models import UpdatePage

        return live_and_public(UpdatePage.objects).order_by("-date", "-pk")[:3]


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


class StandardPage(FastServingMixin, Page):
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
