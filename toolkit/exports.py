"""Open data: every item of a toolkit as CSV and JSON, with the same figures as the pages."""

import csv

from django.http import HttpResponse, JsonResponse

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/deed.nl"
LICENCE = (
    f"Licentie: CC BY 4.0 ({LICENCE_URL}). Bron: Leerpunt, op basis van de toolkits van de "
    "Education Endowment Foundation. Lege cijfers betekenen: onvoldoende evidentie."
)
CSV_COLUMNS = [
    "naam",
    "url",
    "impact_maanden",
    "kost",
    "bewijskracht",
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


def records(toolkit, request):
    """One dict per live item, by name; None for an unknown figure."""
    items = toolkit.listed_items().prefetch_related("themes", "levels").order_by("title", "pk")
    return [
        {
            "naam": item.title,
            "url": item.get_full_url(request),
            "impact_maanden": item.impact_months,
            "kost": item.cost,
            "bewijskracht": item.evidence,
            "themas": [{"slug": theme.slug, "naam": theme.name} for theme in item.themes.all()],
            "niveaus": [{"slug": level.slug, "naam": level.name} for level in item.levels.all()],
            "laatst_herzien": item.last_reviewed.isoformat() if item.last_reviewed else None,
            "onderbouwing": onderbouwing(item),
        }
        for item in items
    ]


def licence_headers(response):
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    return response


def csv_response(toolkit, request):
    """A '#' licence line, a header row, then one row per item; names joined with '; '."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="toolkit-{toolkit.slug}.csv"'
    response.write(f"# {toolkit.title}. {LICENCE}\n")
    writer = csv.writer(response, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for record in records(toolkit, request):
        record.update(record.pop("onderbouwing"))
        for key in ("themas", "niveaus"):
            record[key] = "; ".join(tag["naam"] for tag in record[key])
        writer.writerow(["" if record[key] is None else record[key] for key in CSV_COLUMNS])
    return licence_headers(response)


def json_response(toolkit, request):
    data = {
        "toolkit": toolkit.title,
        "url": toolkit.get_full_url(request),
        "licentie": LICENCE,
        "licentie_url": LICENCE_URL,
        "aanpakken": records(toolkit, request),
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'inline; filename="toolkit-{toolkit.slug}.json"'
    return licence_headers(response)
