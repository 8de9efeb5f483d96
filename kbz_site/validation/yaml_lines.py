"""PyYAML, with the line of every mapping key and list item kept.

MkDocs reads front matter with PyYAML, so we parse with the same library (and the
same YAML 1.1 rules) and only add what validation messages need: line numbers, and
an error for a key written twice (PyYAML would silently keep the last one).
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


class LineLoader(_Base):  # type: ignore[misc, valid-type]
    pass


def _construct_mapping(loader: LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
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
        result.append(loader.construct_object(item, deep=True))
        result.item_lines.append(item.start_mark.line + 1)
    return result


def _construct_timestamp(loader: LineLoader, node: yaml.ScalarNode) -> Any:
    # A date that does not exist (2023-02-30) stays text, so validation can name the field.
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return node.value


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
