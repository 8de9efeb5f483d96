"""The one validation core for all content (YAML data files and Markdown front matter).

Every content file is read through :func:`load_yaml_file` or :func:`load_front_matter`:
the YAML is parsed once with line numbers kept, validated into typed objects, and every
problem becomes ``content/path:LINE: <Dutch message>`` in a :class:`ContentError`.
"""

from .errors import ContentError, Problem
from .loader import load_front_matter, load_yaml_file, split_front_matter, validate

__all__ = [
    "ContentError",
    "Problem",
    "load_front_matter",
    "load_yaml_file",
    "split_front_matter",
    "validate",
]
