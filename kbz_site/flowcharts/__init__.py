"""Flowcharts (stroomschema's) written once: a Mermaid chart and the same steps as text."""

from .model import Stroomschema, mermaid_source, stappen_tekst

__all__ = ["Stroomschema", "mermaid_source", "stappen_tekst"]
