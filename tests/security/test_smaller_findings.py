"""Smaller findings of issue 19: spreadsheet formulas in the toolkit CSV, HEAD /robots.txt."""

import csv
import io

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
