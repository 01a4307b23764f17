"""Funded projects, research assignments (onderzoeken) and calls for proposals (oproepen)."""

from .onderzoeken import OnderzoekIndexPage, OnderzoekPage
from .oproepen import OproepIndexPage, OproepPage
from .organisaties import Organisatie
from .projecten import ProjectIndexPage, ProjectPage, ProjectPartner, RelatedProject

__all__ = [
    "OnderzoekIndexPage",
    "OnderzoekPage",
    "OproepIndexPage",
    "OproepPage",
    "Organisatie",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPartner",
    "RelatedProject",
]
