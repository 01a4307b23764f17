"""Content checks of projects, research and calls (see leerpunt_site/core/content_checks.py)."""

from django.utils import timezone

from leerpunt_site.core.content_checks import Finding

from .models import OnderzoekPage, OproepPage, ProjectPage


def research_against_its_report():
    """'Opgeleverd' only with a report; a delivery stated without one is a contradiction."""
    for research in OnderzoekPage.objects.live().prefetch_related("executors"):
        derived = research.derived_status()
        if research.status != derived:
            yield Finding(
                "status klopt niet met de data",
                research,
                f"de status is '{research.get_status_display()}', maar het rapport en de "
                f"uitvoerders zeggen '{OnderzoekPage.Status(derived).label}'. Sla de pagina "
                "opnieuw op.",
            )
        if research.actual_delivery and not research.is_delivered:
            yield Finding(
                "status klopt niet met de data",
                research,
                f"'opgeleverd: {research.actual_delivery}' zonder rapport of link ernaar.",
            )


def project_status_against_dates():
    """A project's status must fit its start and end dates, where it has them."""
    today = timezone.localdate()
    for project in ProjectPage.objects.live().exclude(status=""):
        start, end, status = project.start_date, project.end_date, project.status
        contradiction = (
            (status == ProjectPage.Status.AFGEROND and end and end > today)
            or (status == ProjectPage.Status.AFGEROND and start and start > today)
            or (status == ProjectPage.Status.LOPEND and end and end < today)
            or (status == ProjectPage.Status.LOPEND and start and start > today)
            or (status == ProjectPage.Status.GEPLAND and start and start <= today)
        )
        if contradiction:
            period = f"{start or '?'} tot {end or '?'}"
            yield Finding(
                "status klopt niet met de data",
                project,
                f"de status is '{project.get_status_display()}', maar de looptijd is {period}.",
            )


def awarded_calls_still_open():
    """An awarded call whose deadline has not passed yet says two things at once."""
    now = timezone.now()
    for call in OproepPage.objects.live().filter(awarded=True, deadline__gt=now):
        yield Finding(
            "status klopt niet met de data",
            call,
            "de oproep is gegund, maar de deadline moet nog komen.",
        )


def projecten_checks():
    yield from research_against_its_report()
    yield from project_status_against_dates()
    yield from awarded_calls_still_open()
