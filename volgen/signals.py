"""Publishing records what followers will hear about: changed figures, a guide that appears, new
content under a theme. Each event once, by its key."""

from django.dispatch import receiver
from django.utils import timezone
from wagtail.signals import page_published

from leerpunt_site.core.models import TaggedPageMixin
from leerpunt_site.vraagpunt.signals import retention_due
from leidraden.models import LeidraadPage
from toolkit.models import ToolkitItemPage, ToolkitWijziging

from .models import Melding, Volger, Volging


def record(key, text, url, page=None, thema=None):
    Melding.objects.get_or_create(
        key=key, defaults={"text": text, "url": url, "page": page, "thema": thema}
    )


@receiver(page_published)
def record_publication(sender, instance, **kwargs):
    page = instance
    if isinstance(page, ToolkitItemPage):
        # ToolkitItemPage.save() has just recorded today's changed figures.
        today = timezone.localdate()
        for change in ToolkitWijziging.objects.filter(page=page, date=today):
            record(
                f"cijfer:{change.pk}",
                f"{page.title}: {change.get_figure_display().lower()} gewijzigd van "
                f"{change.old_text} naar {change.new_text}.",
                page.get_full_url(),
                page=page,
            )
    if isinstance(page, LeidraadPage) and page.is_published:
        url = page.get_full_url()
        record(f"leidraad:{page.pk}", f"De leidraad {page.title} is verschenen.", url, page=page)
        for link in page.toolkit_links.select_related("page"):
            record(
                f"leidraad:{page.pk}:over:{link.page_id}",
                f"Over {link.page.title} verscheen de leidraad {page.title}.",
                url,
                page=link.page,
            )
    first_publication = page.first_published_at == page.last_published_at
    if isinstance(page, TaggedPageMixin) and (first_publication or isinstance(page, LeidraadPage)):
        if isinstance(page, LeidraadPage) and not page.is_published:
            return  # a guide in development is planned, not yet new content
        for thema in page.live_themes:
            record(
                f"nieuw:{page.pk}:thema:{thema.pk}",
                f"Nieuw bij {thema.name}: {page.title}.",
                page.get_full_url(),
                thema=thema,
            )


@receiver(retention_due)
def delete_unconfirmed_follows(sender, **kwargs):
    """Follows never confirmed go after the newsletter's period; so does an address left with none."""
    _, per_model = Volging.objects.unconfirmed_and_expired().delete()
    Volger.objects.filter(volgingen=None).delete()
    return f"{per_model.get(Volging._meta.label, 0)} onbevestigde volgingen gewist."
