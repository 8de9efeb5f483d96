"""Flowcharts (stroomschema's) written once: an SVG chart drawn at build time and the same steps as text."""

from .model import Stroomschema, dot_source, stappen_tekst
from .render import RenderError, render_svgs

__all__ = ["RenderError", "Stroomschema", "dot_source", "render_svgs", "stappen_tekst"]
