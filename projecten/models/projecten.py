from django.db import models
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from leerpunt_site.core.models import IndexPage, TaggedPageMixin
from leerpunt_site.core.queries import live_and_public
from leerpunt_site.pagecache.cache import cached

from ..filters import ProjectFilter
from .base import point_list


class ProjectIndexPage(IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["projecten.ProjectPage"]
    template = "pages/projecten/project_index_page.html"
    page_size = 20

    class Meta:
        verbose_name = "projectenoverzicht"
        verbose_name_plural = "projectenoverzichten"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projects = live_and_public(ProjectPage.objects.child_of(self)).select_related("applicant")
        filterset = ProjectFilter(request.GET, projects, choices_key=self.pk)
        totals = ProjectPage.totals(filterset.qs)
        context.update(
            filterset=filterset,
            totals=totals,
            # Already counted with the schools: spare the paginator's count query.
            projects=filterset.page(self.page_size, count=totals["projects"]),
            related_sections=cached(f"projecten:{self.pk}:related", self.related_sections),
        )
        if filterset.is_varied:
            context["robots"] = "noindex, follow"
        return context

    def related_sections(self):
        """The research assignments and the calls beside the projects: applicants look here."""
        from .onderzoeken import OnderzoekIndexPage
        from .oproepen import OproepIndexPage

        return list(
            live_and_public(self.get_siblings().type(OproepIndexPage, OnderzoekIndexPage))
            .order_by("path")
            .only("title", "url_path", "path", "depth")
        )


class OutputBlock(blocks.StreamBlock):
    page = blocks.PageChooserBlock(
        label="Pagina op de site",
        help_text="Een leidraad, toolkititem of andere pagina die uit het project voortkwam.",
    )
    document = DocumentChooserBlock(label="Document")
    link = blocks.StructBlock(
        [
            ("title", blocks.CharBlock(label="titel", max_length=160)),
            ("url", blocks.URLBlock(label="URL")),
        ],
        label="Externe link",
        icon="link",
    )


class ProjectPage(TaggedPageMixin, Page):
    search_weight = 0.5  # its place in the site search (leerpunt_site/search/ranking.py)

    class Soort(models.TextChoices):
        BEGELEIDING = "begeleiding", "Begeleidingsproject brede basiszorg en verhoogde zorg"
        IMPLEMENTATIE = "implementatie", "Implementatieproject"
        VALORISATIE = "valorisatie", "Valorisatieproject"

    class Status(models.TextChoices):
        GEPLAND = "gepland", "Gepland"
        LOPEND = "lopend", "Lopend"
        AFGEROND = "afgerond", "Afgerond"

    project_type = models.CharField(
        "soort project", max_length=20, choices=Soort.choices, default=Soort.BEGELEIDING
    )
    call = models.ForeignKey(
        "projecten.OproepPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
        verbose_name="oproep",
        help_text="De oproep waarop dit project financiering kreeg. Het project verschijnt dan "
        "ook bij die oproep.",
    )
    round = models.PositiveSmallIntegerField(
        "ronde",
        null=True,
        blank=True,
        help_text="Het volgnummer van de ronde binnen de oproep, bv. 1. Leeg als de oproep "
        "geen rondes heeft.",
    )
    status = models.CharField(
        "status",
        max_length=20,
        choices=Status.choices,
        blank=True,
        help_text="Leeg als geen bron zegt hoe ver het project staat. Moet kloppen met de data: "
        "'manage.py check_content' meldt een afgerond project dat nog niet voorbij is.",
    )
    start_date = models.DateField("startdatum", null=True, blank=True)
    end_date = models.DateField("einddatum", null=True, blank=True)
    period = models.CharField(
        "looptijd in woorden",
        max_length=160,
        blank=True,
        help_text="Als de bron geen data geeft, zoals ze het zegt, bv. 'schooljaren 2024-2025 en "
        "2025-2026'.",
    )
    applicant = models.ForeignKey(
        "projecten.Organisatie",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applied_projects",
        verbose_name="indiener",
        help_text="De organisatie die het project indiende en trekt.",
    )
    schools_count = models.PositiveIntegerField(
        "aantal scholen",
        null=True,
        blank=True,
        help_text="Hoeveel scholen meedoen. Telt mee in het totaal op het projectenoverzicht.",
    )
    schools_kind = models.CharField(
        "soort scholen",
        max_length=120,
        blank=True,
        help_text="Bv. 'secundaire scholen' of 'basisscholen (eerste fase)'. Verschijnt na het aantal.",
    )
    summary = models.TextField(
        "samenvatting",
        max_length=400,
        help_text="Eén of twee zinnen voor overzichten en zoekresultaten.",
    )
    body = RichTextField(
        "beschrijving",
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "document-link", "ul", "ol"],
        help_text="Waarover gaat het project? Begin met kop 2 als je tussentitels gebruikt.",
    )
    objectives = point_list("doelstellingen", "Eén doelstelling per punt, in de juiste volgorde.")
    expected_results = point_list(
        "verwachte resultaten", "Eén resultaat per punt: wat het project oplevert of bereikt."
    )
    methodology = point_list("werkwijze", "Eén stap of onderdeel van de aanpak per punt.")
    outputs = StreamField(
        OutputBlock(),
        blank=True,
        verbose_name="opbrengsten",
        help_text="Wat het project opleverde: pagina's op de site, documenten of externe links.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("project_type"),
                FieldRowPanel([FieldPanel("call"), FieldPanel("round")]),
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("period"),
            ],
            heading="Project",
        ),
        MultiFieldPanel(
            [
                FieldPanel("applicant"),
                InlinePanel("partners", label="Partner", heading="Partners"),
                FieldRowPanel([FieldPanel("schools_count"), FieldPanel("schools_kind")]),
            ],
            heading="Wie doet mee?",
        ),
        FieldPanel("body"),
        FieldPanel("objectives"),
        FieldPanel("expected_results"),
        FieldPanel("methodology"),
        FieldPanel("outputs"),
        InlinePanel("related_project_links", label="Verwant project", heading="Verwante projecten"),
        *TaggedPageMixin.taxonomy_panels,
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("objectives"),
        index.SearchField("expected_results"),
        index.SearchField("methodology"),
        index.RelatedFields("applicant", [index.SearchField("name")]),
        index.FilterField("project_type"),
        index.FilterField("status"),
    ]

    template = "pages/projecten/project_page.html"
    parent_page_types = ["projecten.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "project"
        verbose_name_plural = "projecten"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = self.partners.select_related("organisation")
        context["related_links"] = self.related_project_links.filter(
            project__in=live_and_public(ProjectPage.objects)
        ).select_related("project__applicant")
        return context

    @staticmethod
    def totals(projects):
        """How many projects and how many schools in total, for a (filtered) queryset."""
        return projects.order_by().aggregate(
            projects=models.Count("pk"), schools=models.Sum("schools_count", default=0)
        )

    @property
    def listing_url(self):
        """The projects listing this page sits in, without a query for the parent page."""
        return self.url.removesuffix(f"{self.slug}/")

    @property
    def round_label(self):
        return f"Ronde {self.round}" if self.round else ""


class ProjectPartner(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        "projecten.Organisatie",
        on_delete=models.PROTECT,
        related_name="partnerships",
        verbose_name="organisatie",
    )
    role = models.CharField(
        "rol",
        max_length=160,
        default="partner",
        help_text="Bv. 'partner', 'mede-indiener' of 'flankerend onderzoek'.",
    )

    panels = [FieldPanel("organisation"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = "partner"
        verbose_name_plural = "partners"


class RelatedProject(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="related_project_links")
    project = models.ForeignKey(
        ProjectPage, on_delete=models.CASCADE, related_name="+", verbose_name="project"
    )

    panels = [FieldPanel("project")]

    class Meta(Orderable.Meta):
        verbose_name = "verwant project"
        verbose_name_plural = "verwante projecten"
