"""Created the editorial groups and workflows; 0003 does it now, after every app whose models
the groups own."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
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
    ]

    # Kept for databases that ran it; 0003 runs the setup once every owned model exists.
    operations = []
