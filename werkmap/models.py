"""The werkmap (/werkmap/): a team's selection of approaches, recommendations and team activities,
walked through Leerpunt's PLAN-DO-CHECK-ACT cycle.

No account and no personal data on the server: the selection lives in the URL (selection.py) and in
the browser's local storage; the team's answers only in the browser and in what it prints or downloads.
"""

from django.http import HttpResponse
from django.template.loader import render_to_string
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from leerpunt_site.core.serving import ServingMixin

from . import cycle, entries, selection


class WerkmapPage(ServingMixin, RoutablePageMixin, Page):
    intro = RichTextField(
        "inleiding",
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="Wat een team met de werkmap doet. Verschijnt boven de selectie.",
    )
    empty_text = RichTextField(
        "tekst bij een lege werkmap",
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="Waar bezoekers aanpakken, aanbevelingen en werkvormen vinden om te bewaren.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("empty_text")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    template = "pages/werkmap/werkmap_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "werkmap"
        verbose_name_plural = "werkmappen"

    def werkmap_context(self, request):
        refs, problem = selection.parse(request.GET)
        chosen, suggestions = entries.build(refs, request)
        return {
            "entries": chosen,
            "entries_by_kind": entries.by_kind(chosen),
            "suggestions": suggestions,
            "problem": problem,
            "stages": [
                (stage, [e for e in chosen if e.available and e.ref.kind in stage.shows])
                for stage in cycle.STAGES
            ],
            "evidence_sources": cycle.SOURCES_OF_EVIDENCE,
            "share_url": request.build_absolute_uri(self.url + "?" + selection.query_string(refs))
            if refs
            else "",
            "query": selection.query_string(refs),
        }

    @path("")
    def werkmap(self, request):
        context = self.werkmap_context(request)
        if request.GET:  # one werkmap among many: the bare page is the one to index
            context["robots"] = "noindex, follow"
        return self.render(request, context_overrides=context)

    @path("download/")
    def download(self, request):
        """The team plan as Markdown: items, figures, stages and questions, with room to answer."""
        context = {"page": self, **self.werkmap_context(request)}
        text = render_to_string("pages/werkmap/werkmap.md", context, request=request)
        response = HttpResponse(text, content_type="text/markdown; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="werkmap-leerpunt.md"'
        response["X-Robots-Tag"] = "noindex"
        return response
