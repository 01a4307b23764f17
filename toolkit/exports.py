"""Open data: every item of a toolkit as CSV and JSON, with the same figures as the pages.

An empty figure comes with its state in words ('niet gekend' or, for impact, 'onvoldoende
evidentie'), so a missing number is never read as a zero or as a judgement. A licence is only
declared when Leerpunt has set one (`TOOLKIT_DATA_LICENCE`): the data has none by default.
"""

import csv

from django.conf import settings
from django.http import HttpResponse, JsonResponse

from leerpunt_site.security.spreadsheets import csv_safe

from . import figures

SOURCE_NOTE = (
    "Bron: Leerpunt, op basis van de toolkits van de Education Endowment Foundation. Een leeg "
    f"cijfer is {figures.NOT_KNOWN}; bij bewijskracht 0 is er {figures.INSUFFICIENT} voor een "
    "impact."
)
CSV_COLUMNS = [
    "naam",
    "url",
    "impact_maanden",
    "impact_status",
    "kost",
    "kost_status",
    "bewijskracht",
    "bewijskracht_status",
    "themas",
    "niveaus",
    "laatst_herzien",
    "bronreview",
    "bronversie",
    "bron_url",
]


def decimal_or_none(value):
    return None if value is None else float(value)


def onderbouwing(item):
    """Where the figures come from; None (JSON null) for what the source does not state."""
    return {
        "bronreview": item.source_review or None,
        "bronversie": item.source_version or None,
        "bron_url": item.source_url or None,
        "stand_gegevens": item.source_date.isoformat() if item.source_date else None,
        "aantal_studies": item.study_count,
        "effectgrootte": decimal_or_none(item.effect_size),
        "effectgrootte_interval": None
        if item.effect_size_low is None
        else [decimal_or_none(item.effect_size_low), decimal_or_none(item.effect_size_high)],
        "impact_interval_maanden": None
        if item.impact_low_months is None
        else [item.impact_low_months, item.impact_high_months],
        "laatste_literatuurzoektocht": item.last_search.isoformat() if item.last_search else None,
        "referenties": [
            {"tekst": block.value["text"], "url": block.value["url"] or None}
            for block in item.references
        ],
    }


def licence():
    """(name, url) of the licence Leerpunt declared for its data, or None."""
    name, url = settings.TOOLKIT_DATA_LICENCE
    return (name, url) if name else None


def records(toolkit, request):
    """One dict per live item, by name; None for an unknown figure."""
    items = toolkit.listed_items().prefetch_related("themes", "levels").order_by("title", "pk")
    return [record(item, request) for item in items]


def record(item, request):
    impact, cost, evidence = item.figures
    return {
        "naam": item.title,
        "url": item.get_full_url(request),
        "impact_maanden": impact.value,
        "impact_status": figures.export_state(impact),
        "kost": cost.value,
        "kost_status": figures.export_state(cost),
        "bewijskracht": evidence.value,
        "bewijskracht_status": figures.export_state(evidence),
        "themas": [{"slug": theme.slug, "naam": theme.name} for theme in item.live_themes],
        "niveaus": [{"slug": level.slug, "naam": level.name} for level in item.levels.all()],
        "laatst_herzien": item.last_reviewed.isoformat() if item.last_reviewed else None,
        "onderbouwing": onderbouwing(item),
    }


def notice():
    declared = licence()
    return f"{SOURCE_NOTE} Licentie: {declared[0]} ({declared[1]})." if declared else SOURCE_NOTE


def licence_headers(response):
    if declared := licence():
        response["Link"] = f'<{declared[1]}>; rel="license"'
    return response


def csv_response(toolkit, request):
    """A '#' source line, a header row, then one row per item; names joined with '; '."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="toolkit-{toolkit.slug}.csv"'
    response.write(f"# {toolkit.title}. {notice()}\n")
    writer = csv.writer(response, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for record in records(toolkit, request):
        record.update(record.pop("onderbouwing"))
        for key in ("themas", "niveaus"):
            record[key] = "; ".join(tag["naam"] for tag in record[key])
        writer.writerow([csv_safe(record[key]) for key in CSV_COLUMNS])
    return licence_headers(response)


def json_response(toolkit, request):
    name, url = licence() or (None, None)
    data = {
        "toolkit": toolkit.title,
        "url": toolkit.get_full_url(request),
        "toelichting": SOURCE_NOTE,
        "licentie": name,
        "licentie_url": url,
        "aanpakken": records(toolkit, request),
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'inline; filename="toolkit-{toolkit.slug}.json"'
    return licence_headers(response)
