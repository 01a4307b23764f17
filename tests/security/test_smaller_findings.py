"""Smaller findings of issue 19: spreadsheet formulas in the toolkit CSV, HEAD /robots.txt,
backup retention stated once."""

import csv
import io
import re
from pathlib import Path

import pytest

from tests.factories import ThemaFactory
from tests.toolkit.factories import ToolkitItemPageFactory, toolkit_tree

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_root")]


def test_toolkit_csv_cells_never_start_a_formula(client, home):
    _, toolkit = toolkit_tree(home)
    theme = ThemaFactory(name='=HYPERLINK("http://kwaad.example")', slug="formule")
    item = ToolkitItemPageFactory(
        parent=toolkit, title="@SUM(1+1)", slug="som", impact_months=-2, themes=[theme]
    )
    item.save_revision().publish()

    response = client.get(toolkit.url + "csv/")

    lines = response.content.decode().splitlines()
    [row] = list(csv.DictReader(io.StringIO("\n".join(lines[1:]))))
    assert row["naam"] == "'@SUM(1+1)"
    assert row["themas"] == '\'=HYPERLINK("http://kwaad.example")'
    assert row["impact_maanden"] == "-2"  # a number stays a number


def test_robots_txt_answers_head(client, home):
    response = client.head("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"


def test_deployment_and_reliability_docs_keep_backups_equally_long():
    docs = Path(__file__).resolve().parents[2] / "docs"
    days = {
        name: re.findall(r"\bkeep them (\d+) days|\bkept (\d+) days", (docs / name).read_text())
        for name in ("deployment.md", "reliability.md")
    }

    periods = {number for found in days.values() for pair in found for number in pair if number}
    assert all(days.values()) and periods == {"30"}, days
