"""Projects for generate_volume (leerpunt_site/volume/generator.py), with the demo content's
organisations and calls."""

import datetime

from leerpunt_site.volume import words
from leerpunt_site.volume.generator import PageKind

from .models import OproepPage, Organisatie, ProjectIndexPage, ProjectPage


def project(writer):
    rng = writer.rng
    organisations = writer.once("organisaties", lambda: list(Organisatie.objects.order_by("pk")))
    calls = writer.once("oproepen", lambda: list(OproepPage.objects.live().order_by("pk")))
    values = writer.phrase_values()
    start = writer.past_date(5)
    call = rng.choice(calls) if calls else None
    return ProjectPage(
        title=f"{rng.choice(words.PROJECT_NAMES)}: {values['activity']} {values['context']}",
        summary=writer.sentences(2),
        body=writer.paragraphs(3),
        project_type=rng.choice(ProjectPage.Soort.values),
        status=rng.choice(ProjectPage.Status.values),
        start_date=start,
        end_date=start + datetime.timedelta(days=rng.choice([365, 730, 1095])),
        applicant=rng.choice(organisations) if organisations else None,
        call=call,
        round=rng.randint(1, 3) if call else None,
        schools_count=rng.randint(3, 60),
        schools_kind=rng.choice(words.SCHOOL_KINDS),
        themes=writer.tags(writer.themes, 3),
        levels=writer.tags(writer.levels, 2),
    )


KINDS = [
    PageKind(
        label="projecten",
        share=0.3,
        parent_label="projectenoverzicht",
        parents=lambda: list(ProjectIndexPage.objects.live()[:1]),
        build=project,
    )
]
