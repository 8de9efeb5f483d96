"""Funding engine (domain): parameters from content/_data/financiering.yml and the
calculations of the kader, in Decimal. Knows nothing of MkDocs; used by the plugin,
the CLI (`kbz-site rekenen`) and, through the emitted JSON, the rekenhulp page."""

from .calc import (
    Budget,
    InvoerFout,
    Inzet,
    Module,
    Praktijk,
    Tarief,
    Verdeling,
    budget,
    cents,
    inzet,
    module,
    per_kwartaal,
    stapeling,
    tarief,
    verdeling,
    whole_euros,
)
from .model import Parameters, load_parameters

__all__ = [
    "Budget",
    "Inzet",
    "Module",
    "InvoerFout",
    "Parameters",
    "Praktijk",
    "Tarief",
    "Verdeling",
    "budget",
    "cents",
    "inzet",
    "module",
    "load_parameters",
    "per_kwartaal",
    "stapeling",
    "tarief",
    "verdeling",
    "whole_euros",
]
