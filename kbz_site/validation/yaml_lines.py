"""PyYAML, with the line of every mapping key and list item kept.

MkDocs reads front matter with PyYAML, so we parse with the same library (and the
same YAML 1.1 rules) and only add what validation messages need: line numbers, and
an error for a key written twice (PyYAML would silently keep the last one).

Numbers keep the text the editor typed (:class:`Int`, :class:`Float` with ``bron_tekst``):
YAML reads ``180.000`` as 180.0 and ``87.990`` as 87.99, so number fields are read again
from that text with the Dutch grammar of :mod:`kbz_site.validation.getallen`.
Aliases (``&naam`` / ``*naam``) and merge keys (``<<``) are refused: an editor copying a
value by reference is a surprise, not a feature we need.
"""

from __future__ import annotations

from typing import Any

import yaml

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict):
    """A mapping that knows its own line and the line of each key (1-based)."""

    line: int = 1

    def __init__(self) -> None:
        super().__init__()
        self.key_lines: dict[Any, int] = {}


class LineList(list):
    """A sequence that knows its own line and the line of each item (1-based)."""

    line: int = 1

    def __init__(self) -> None:
        super().__init__()
        self.item_lines: list[int] = []


class DuplicateKeyError(yaml.MarkedYAMLError):
    pass


class AliasError(yaml.MarkedYAMLError):
    pass


class Int(int):
    """A YAML integer with the text it was written as (``0231234567``, ``1_000``)."""

    bron_tekst: str = ""


class Float(float):
    """A YAML float with the text it was written as (``180.000``, ``87.990``)."""

    bron_tekst: str = ""


_ALIAS = (
    "een verwijzing met & of * (YAML-alias) kan hier niet; "
    "schrijf de waarde voluit of zet de tekst tussen aanhalingstekens"
)


class LineLoader(_Base):  # type: ignore[misc, valid-type]
    pass


def _refuse_alias(loader: LineLoader, node: yaml.Node, mark: yaml.Mark) -> None:
    # An alias is the very node its anchor made; constructed already means used twice.
    if node in loader.constructed_objects:
        raise AliasError(problem=_ALIAS, problem_mark=mark)


def _construct_mapping(loader: LineLoader, node: yaml.MappingNode) -> LineDict:
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            raise AliasError(problem=_ALIAS, problem_mark=key_node.start_mark)
    result = LineDict()
    result.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        _refuse_alias(loader, key_node, key_node.start_mark)
        _refuse_alias(loader, value_node, key_node.start_mark)
        key = loader.construct_object(key_node, deep=True)
        try:
            seen = key in result
        except TypeError:  # an unhashable key, e.g. a list
            raise DuplicateKeyError(problem="onbruikbare sleutel", problem_mark=key_node.start_mark) from None
        if seen:
            raise DuplicateKeyError(problem=f"sleutel '{key}' staat er twee keer", problem_mark=key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: LineLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList()
    result.line = node.start_mark.line + 1
    for item in node.value:
        _refuse_alias(loader, item, node.start_mark)
        result.append(loader.construct_object(item, deep=True))
        result.item_lines.append(item.start_mark.line + 1)
    return result


def _construct_timestamp(loader: LineLoader, node: yaml.ScalarNode) -> Any:
    # A date that does not exist (2023-02-30) stays text, so validation can name the field.
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return node.value


def _construct_int(loader: LineLoader, node: yaml.ScalarNode) -> Int:
    value = Int(yaml.SafeLoader.construct_yaml_int(loader, node))
    value.bron_tekst = node.value
    return value


def _construct_float(loader: LineLoader, node: yaml.ScalarNode) -> Float:
    value = Float(yaml.SafeLoader.construct_yaml_float(loader, node))
    value.bron_tekst = node.value
    return value


def _construct_bool(loader: LineLoader, node: yaml.ScalarNode) -> bool | str:
    # YAML 1.1 reads yes/no/on/off as true/false: `publiek: on` must not publish anyone.
    # Only true and false are booleans; the rest stays text, which validation refuses.
    value = str(node.value)
    return value.lower() == "true" if value.lower() in ("true", "false") else value


LineLoader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)
LineLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
LineLoader.add_constructor("tag:yaml.org,2002:float", _construct_float)
LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def parse(text: str) -> Any:
    """Parse YAML text; raises ``yaml.YAMLError`` (with a mark) on bad syntax."""
    return yaml.load(text, Loader=LineLoader)


def line_of(data: Any, loc: tuple[Any, ...]) -> int | None:
    """The line of the deepest part of ``loc`` that exists in ``data``.

    For a missing field this is the line of the mapping that should hold it.
    """
    line = getattr(data, "line", None)
    node = data
    for part in loc:
        if isinstance(node, LineDict) and part in node:
            line = node.key_lines[part]
            node = node[part]
        elif isinstance(node, LineList) and isinstance(part, int) and 0 <= part < len(node):
            line = node.item_lines[part]
            node = node[part]
        # any other part (a union member or validator tag pydantic adds) is skipped
    return line
