"""Theme texts are drafted and published like pages: Communicatie publishes them, Redactie drafts
them and submits them to the Publicatiecheck, which now also applies to taxonomy.Thema.

The same idempotent setup.apply() as 0003 and 0004; see leerpunt_site/editorial/setup.py."""

from django.db import migrations

from leerpunt_site.editorial import setup


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0004_staff_tasks_of_later_models"),
        ("taxonomy", "0003_theme_texts_drafts_and_workflow"),
    ]

    operations = [migrations.RunPython(setup.migrate, migrations.RunPython.noop)]
