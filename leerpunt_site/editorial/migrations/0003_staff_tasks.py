"""Create or complete the editorial groups and workflows, with the staff tasks outside the page tree.

See leerpunt_site/editorial/setup.py and docs/editorial.md."""

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
        ("editorial", "0002_groups_and_workflows"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("core", "0001_initial"),
        ("taxonomy", "0001_initial"),
        ("vraagpunt", "0002_vraagpuntpage_thank_you_vraag"),
        ("nieuwsbrief", "0002_inschrijving"),
        ("projecten", "0002_projecten_onderzoeken_oproepen"),
        ("toolkit", "0002_toolkit_pages"),
    ]

    operations = [migrations.RunPython(create_groups_and_workflows, migrations.RunPython.noop)]
