"""The Vraagpunt: a public question form whose questions editors handle in the admin."""

from django.shortcuts import redirect
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from leerpunt_site.core.models import IndexPage

from .formguard import is_rate_limited, too_many_posts
from .forms import VraagForm
from .vraag import Vraag, VraagQuerySet, mail_staff

__all__ = ["Vraag", "VraagQuerySet", "VraagpuntPage"]


class VraagpuntPage(RoutablePageMixin, IndexPage):
    thank_you = RichTextField(
        "bedankttekst",
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="Verschijnt nadat iemand een vraag verstuurd heeft.",
    )

    content_panels = IndexPage.content_panels + [FieldPanel("thank_you")]
    search_fields = IndexPage.search_fields + [index.SearchField("thank_you")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["antwoorden.AntwoordIndexPage"]
    template = "pages/vraagpunt/vraagpunt_page.html"

    class Meta:
        verbose_name = "Vraagpunt"
        verbose_name_plural = "Vraagpunten"

    @path("")
    def question_form(self, request):
        form = VraagForm(request.POST if request.method == "POST" else None)
        if request.method == "POST":
            if is_rate_limited(request, "vraagpunt"):
                context = {"form": form, "rate_limited": True}
                return too_many_posts(self.render(request, context_overrides=context))
            if form.is_spam:  # pretend success, so a bot learns nothing; store nothing
                return redirect(self.url + self.reverse_subpage("thanks"))
            if form.is_valid():
                vraag = form.save()
                mail_staff.enqueue(vraag.pk)
                return redirect(self.url + self.reverse_subpage("thanks"))
        return self.render(request, context_overrides={"form": form})

    @path("bedankt/")
    def thanks(self, request):
        return self.render(
            request,
            template="pages/vraagpunt/bedankt.html",
            context_overrides={"robots": "noindex, follow"},
        )
