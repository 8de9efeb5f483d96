"""MkDocs plugins: thin adapters from MkDocs events to the domain and the templates.

Each plugin lives in its own folder with ``config.py`` (typed config) and ``plugin.py``
(the events), as Material lays out its own plugins.
"""
