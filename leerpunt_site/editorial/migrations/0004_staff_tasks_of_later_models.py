"""Give the groups the staff tasks of models added after 0003: school years, follows by e-mail.

The same idempotent setup.apply() as 0003; see leerpunt_site/editorial/setup.py."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from leerpunt_site.editorial import setup


def create_groups_and_workflows(apps, schema_editor):
    # Django creates model permissions after the last migration; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    setup.apply(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0003_staff_tasks"),
        ("taxonomy", "0002_school_years_as_data"),
        ("volgen", "0001_volgers"),
    ]

    operations = [migrations.RunPython(create_groups_and_workflows, migrations.RunPython.noop)]
