"""Store each recommendation's number, so that its link no longer follows its position."""

import json

import wagtail.fields
from django.db import migrations


def store_numbers(apps, schema_editor):
    """Published recommendations keep the number their link had (the position); a draft's
    recommendations take the number of the same block in the live page."""
    LeidraadPage = apps.get_model("leidraden", "LeidraadPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    for page in LeidraadPage.objects.all():
        live = [dict(block) for block in page.recommendations.raw_data]
        numbers = {}
        for position, block in enumerate(live, start=1):
            block["value"] = {**block["value"], "number": block["value"].get("number") or position}
            numbers[block.get("id")] = block["value"]["number"]
        page.recommendations = json.dumps(live)
        page.save(update_fields=["recommendations"])
        if page.latest_revision_id:
            revision = Revision.objects.get(pk=page.latest_revision_id)
            draft = json.loads(revision.content.get("recommendations") or "[]")
            for block in draft:
                if block.get("id") in numbers:
                    block["value"]["number"] = numbers[block["id"]]
            revision.content["recommendations"] = json.dumps(draft)
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):

    dependencies = [
        ('leidraden', '0002_leidraadpage_leidraadtoolkitlink'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AlterField(
            model_name='leidraadpage',
            name='recommendations',
            field=wagtail.fields.StreamField([('aanbeveling', 6)], blank=True, block_lookup={0: ('wagtail.blocks.IntegerBlock', (), {'help_text': 'Staat voor de titel en in de link (…/aanbeveling-3/). Het blijft bij deze aanbeveling als je de volgorde verandert. Leeg bij een nieuwe aanbeveling: ze krijgt het volgende vrije nummer. Geef je een ander nummer, dan leidt de oude link hierheen.', 'label': 'nummer', 'max_value': 9999, 'min_value': 1, 'required': False}), 1: ('wagtail.blocks.CharBlock', (), {'help_text': "Eén zin, als opdracht geformuleerd, bv. 'Plan hoe leerlingen feedback gebruiken'. De titel aanpassen breekt geen links: die volgen het nummer van de aanbeveling.", 'label': 'titel', 'max_length': 160}), 2: ('wagtail.blocks.TextBlock', (), {'help_text': 'Eén of twee zinnen. Verschijnt ook als beschrijving wanneer iemand de link naar deze aanbeveling deelt.', 'label': 'samenvatting', 'max_length': 400}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ul', 'ol'], 'help_text': 'Waarom werkt dit?', 'label': 'toelichting'}), 4: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ul', 'ol'], 'help_text': 'Concrete voorbeelden uit de klas of de school.', 'label': 'in de praktijk'}), 5: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('sterk', 'Sterk'), ('matig', 'Matig'), ('beperkt', 'Beperkt')], 'help_text': 'Hoe sterk het onderzoek achter deze aanbeveling is. Leeg laten als de bron het niet aangeeft.', 'label': 'bewijskracht', 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('number', 0), ('title', 1), ('summary', 2), ('explanation', 3), ('in_practice', 4), ('evidence', 5)]], {})}, help_text='Getoond in deze volgorde, elk met een vast nummer en een eigen link (…/aanbeveling-3/). De volgorde veranderen breekt geen links.', verbose_name='aanbevelingen'),
        ),
        migrations.RunPython(store_numbers, migrations.RunPython.noop),
    ]
