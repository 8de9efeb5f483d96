"""Who to call: contacts and regions as validated data (domain; knows nothing of MkDocs)."""

from .model import Contact, Regio, Registry, load_registry, load_registry_in

__all__ = ["Contact", "Regio", "Registry", "load_registry", "load_registry_in"]
