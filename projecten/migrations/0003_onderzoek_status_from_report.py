from django.db import migrations, models

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def words(iso, with_day):
    """'2025-03-31' as 'maart 2025' (expected) or '31 maart 2025' (delivered)."""
    year, month, day = (int(part) for part in str(iso)[:10].split("-"))
    month_year = f"{MONTHS[month - 1]} {year}"
    return f"{day} {month_year}" if with_day else month_year


def dates_to_words(apps, schema_editor):
    """Keep what editors entered, as words; the status follows the report, as the model now
    derives it: 'opgeleverd' or 'gepubliceerd' without a report becomes 'lopend' (with an
    executor) or 'in_de_pijplijn'."""
    OnderzoekPage = apps.get_model("projecten", "OnderzoekPage")
    for research in OnderzoekPage.objects.all():
        delivered = bool(research.report_id)
        expected, actual = research.expected_delivery, research.actual_delivery
        research.expected_delivery = words(expected, False) if expected and not delivered else ""
        research.actual_delivery = words(actual, True) if actual and delivered else ""
        running = research.executors.exists()
        research.status = "opgeleverd" if delivered else "lopend" if running else "in_de_pijplijn"
        research.save(update_fields=["expected_delivery", "actual_delivery", "status"])
    if schema_editor.connection.vendor == "postgresql":
        # The updates leave deferred foreign-key checks pending, and PostgreSQL refuses the
        # ALTER TABLE that follows in this transaction until they have run.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


class Migration(migrations.Migration):
    dependencies = [("projecten", "0002_projecten_onderzoeken_oproepen")]

    operations = [
        migrations.AlterField(
            model_name="onderzoekpage",
            name="expected_delivery",
            field=models.CharField(max_length=120, null=True, blank=True),
        ),
        migrations.AlterField(
            model_name="onderzoekpage",
            name="actual_delivery",
            field=models.CharField(max_length=120, null=True, blank=True),
        ),
        migrations.RunPython(dates_to_words, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="onderzoekpage",
            name="expected_delivery",
            field=models.CharField(
                blank=True,
                help_text="Zoals de bron het zegt, bv. 'begin 2026' of 'voorjaar 2025'. Leeg als "
                "dat nog niet bekend is.",
                max_length=120,
                verbose_name="verwachte oplevering",
            ),
        ),
        migrations.AlterField(
            model_name="onderzoekpage",
            name="actual_delivery",
            field=models.CharField(
                blank=True,
                help_text="Wanneer het rapport verscheen, zo precies als de bron het zegt, bv. "
                "'maart 2025'. Alleen met een rapport.",
                max_length=120,
                verbose_name="opgeleverd",
            ),
        ),
    ]
