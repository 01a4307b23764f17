"""Events and webinars: upcoming first on /agenda/, past ones in /agenda/archief/."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from leerpunt_site.core.models import IndexPage, TaggedPageMixin
from leerpunt_site.core.queries import live_and_public

from .filters import EventFilter
from .ics import event_calendar


class AgendaPage(RoutablePageMixin, IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["agenda.EventPage"]
    template = "pages/agenda/agenda_page.html"
    page_size = 12

    class Meta:
        verbose_name = "agenda"
        verbose_name_plural = "agenda's"

    def events(self):
        return live_and_public(EventPage.objects.child_of(self))

    def listing_context(self, request, archive):
        """Upcoming events soonest first, or past ones most recent first, filtered and paginated.

        An event counts as past once it has ended, so a webinar stays 'upcoming' while it runs.
        """
        now = timezone.now()
        if archive:
            events = self.events().filter(end__lt=now).order_by("-start", "-pk")
        else:
            events = self.events().filter(end__gte=now).order_by("start", "pk")
        filterset = EventFilter(request.GET, events)
        context = {
            "archive": archive,
            "filterset": filterset,
            "events": filterset.page(self.page_size),
            "archive_url": self.url + self.reverse_subpage("archive"),
        }
        if filterset.is_varied:
            context["robots"] = "noindex, follow"
        return context

    @path("")
    def upcoming(self, request):
        return self.render(request, context_overrides=self.listing_context(request, archive=False))

    @path("archief/")
    def archive(self, request):
        return self.render(request, context_overrides=self.listing_context(request, archive=True))


class EventPage(RoutablePageMixin, TaggedPageMixin, Page):
    search_weight = 0.3  # its place in the site search (leerpunt_site/search/ranking.py)

    class Soort(models.TextChoices):
        WEBINAR = "webinar", "Webinar"
        STUDIEDAG = "studiedag", "Studiedag"
        NETWERKMOMENT = "netwerkmoment", "Netwerkmoment"
        ANDERE = "andere", "Event"

    kind = models.CharField("soort", max_length=20, choices=Soort.choices, default=Soort.WEBINAR)
    start = models.DateTimeField("begin", help_text="Datum en uur in Belgische tijd.")
    end = models.DateTimeField(
        "einde",
        help_text="Datum en uur in Belgische tijd. Na dit moment verhuist het event naar het archief.",
    )
    hours_known = models.BooleanField(
        "uren bekend",
        default=True,
        help_text="Uitvinken als de bron alleen de dag geeft: de site toont dan geen uur. Vul "
        "dan als begin en einde het begin en het einde van de dag in.",
    )
    online = models.BooleanField(
        "online", default=False, help_text="Aanvinken voor een webinar of ander online event."
    )
    location = models.CharField(
        "plaats",
        max_length=200,
        blank=True,
        help_text="Stad of adres, bv. 'Brussel'. Laat leeg voor een event dat alleen online is.",
    )
    registration_url = models.URLField(
        "link om in te schrijven",
        blank=True,
        help_text="Wordt alleen getoond zolang het event nog niet voorbij is.",
    )
    recording_url = models.URLField(
        "link naar de opname",
        blank=True,
        help_text="Vul in na het event; wordt getoond zodra het event voorbij is.",
    )
    summary = models.TextField(
        "samenvatting", max_length=300, help_text="Eén of twee zinnen voor de agenda en deellinks."
    )
    body = RichTextField(
        "beschrijving",
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "document-link", "ul", "ol"],
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("hours_known")],
            heading="Wanneer",
        ),
        MultiFieldPanel([FieldPanel("online"), FieldPanel("location")], heading="Waar"),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("recording_url")], heading="Links"
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        *TaggedPageMixin.taxonomy_panels,
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("location"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    template = "pages/agenda/event_page.html"
    parent_page_types = ["agenda.AgendaPage"]
    subpage_types = []

    class Meta:
        verbose_name = "event"
        verbose_name_plural = "events"

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = "Het einde ligt voor het begin."
        if not self.online and not self.location.strip():
            errors["location"] = "Vul een plaats in, of vink 'online' aan."
        if errors:
            raise ValidationError(errors)

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def is_multiday(self):
        return timezone.localdate(self.start) != timezone.localdate(self.end)

    @property
    def place(self):
        """Where it happens, in words: 'Online', 'Gent' or 'Gent en online'."""
        if self.online and self.location:
            return f"{self.location} en online"
        return "Online" if self.online else self.location

    @path("")
    def event(self, request):
        return self.render(
            request, context_overrides={"ics_url": self.url + self.reverse_subpage("ics")}
        )

    @path("ics/")
    def ics(self, request):
        response = HttpResponse(
            event_calendar(self, request), content_type="text/calendar; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response
