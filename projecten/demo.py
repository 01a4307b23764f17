"""Demo content from demo/projecten.yaml: organisations, calls, projects and research.

Idempotent: organisations and pages are only created when missing, so a second run keeps what
an editor changed. Calls come before projects, because a project names its call.
"""

import datetime
import json
import re

from leerpunt_site.demo.content import add_child, add_index_page, levels, read_yaml, themes

from .models import (
    OnderzoekIndexPage,
    OnderzoekPage,
    OproepIndexPage,
    OproepPage,
    Organisatie,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
)


def load():
    data = read_yaml("projecten.yaml")
    organisations = load_organisations(data["organisaties"])
    calls_index, _ = add_index_page(OproepIndexPage, "oproepen", data["oproepen_index"])
    calls = {item["slug"]: add_call(calls_index, item, organisations) for item in data["oproepen"]}
    projects_index, _ = add_index_page(ProjectIndexPage, "projecten", data["projecten_index"])
    new_projects = sum(
        add_project(projects_index, item, organisations, calls) for item in data["projecten"]
    )
    research_index, _ = add_index_page(OnderzoekIndexPage, "onderzoeken", data["onderzoeken_index"])
    new_research = sum(
        add_research(research_index, item, organisations) for item in data["onderzoeken"]
    )
    return (
        f"{len(organisations)} organisaties, {len(calls)} oproepen, "
        f"{new_projects} nieuwe projecten, {new_research} nieuwe onderzoeken"
    )


def load_organisations(items):
    organisations = {}
    for item in items:
        organisations[item["slug"]], _ = Organisatie.objects.get_or_create(
            slug=item["slug"],
            defaults={"name": item["name"], "kind": item["kind"], "website": item["website"] or ""},
        )
    return organisations


def point_list(items):
    """A StreamField value of list items, as JSON (a plain list would be taken for a relation)."""
    return json.dumps([{"type": "item", "value": text} for text in items or []])


def optional_date(value):
    return datetime.date.fromisoformat(value) if value else None


def add_call(index, item, organisations):
    deadline = item["deadline"]
    page, _ = add_child(
        index,
        OproepPage,
        item["slug"],
        title=item["title"],
        published_date=datetime.date.fromisoformat(item["published_date"]),
        deadline=datetime.datetime.fromisoformat(deadline) if deadline else None,
        eligible=item["eligible"] or "",
        budget=item["budget"] or "",
        summary=item["summary"],
        search_description=item["summary"][:155],
        body=item["body"],
        awarded=item["awarded"],
        awarded_organisations=[organisations[slug] for slug in item["awarded_organisations"]],
        themes=themes(item.get("themes")),
        levels=levels(item.get("levels")),
    )
    return page


def round_number(label):
    """'Ronde 1' becomes 1; no number gives None."""
    found = re.search(r"\d+", label or "")
    return int(found.group()) if found else None


def add_project(index, item, organisations, calls):
    _, created = add_child(
        index,
        ProjectPage,
        item["slug"],
        title=item["title"],
        project_type=item["type"],
        call=calls.get(item["call"]),
        round=round_number(item["round"]),
        status=item.get("status") or "",
        start_date=optional_date(item.get("start_date")),
        end_date=optional_date(item.get("end_date")),
        period=item.get("period") or "",
        applicant=organisations[item["applicant"]],
        partners=[
            ProjectPartner(
                organisation=organisations[partner["organisation"]], role=partner["role"]
            )
            for partner in item["partners"]
        ],
        schools_count=item["schools_count"],
        schools_kind=item["schools_kind"] or "",
        summary=item["summary"],
        search_description=item["summary"][:155],
        body=item["intro"],
        objectives=point_list(item["objectives"]),
        expected_results=point_list(item["expected_results"]),
        methodology=point_list(item["methodology"]),
        themes=themes(item.get("themes")),
        levels=levels(item.get("levels")),
    )
    return created


def add_research(index, item, organisations):
    _, created = add_child(
        index,
        OnderzoekPage,
        item["slug"],
        title=item["title"],
        executors=[organisations[slug] for slug in item["executors"]],
        expected_delivery=item.get("expected_delivery") or "",
        actual_delivery=item.get("actual_delivery") or "",
        report_url=item.get("report_url") or "",
        summary=item["summary"],
        search_description=item["summary"][:155],
        body=item["body"],
        themes=themes(item.get("themes")),
        levels=levels(item.get("levels")),
    )
    return created
