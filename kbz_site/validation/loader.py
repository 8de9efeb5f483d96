"""Read content files into typed objects, or fail with ``file:line: Dutch message``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import TypeAdapter, ValidationError

from . import yaml_lines
from .errors import ContentError, Problem
from .messages import dutch, dutch_yaml

T = TypeVar("T")

# The same front-matter fence MkDocs accepts: '---' on the first line, closed by '---' or '...'.
_FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\r?\n(.*?\r?\n)?(?:-{3}|\.{3})[ \t]*(?:\r?\n|\Z)", re.S)


def read_text(path: Path, display: str) -> str:
    """The file as text; a file that is not UTF-8 is a content problem, not a crash."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ContentError.single(display, 1, "het bestand ontbreekt") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise ContentError.single(display, line, "het bestand is geen UTF-8-tekst; sla het op als UTF-8") from None
    return text.removeprefix("\ufeff")


# Characters a word processor puts where YAML needs a plain one: PyYAML's own message
# then points at the wrong line and gives the wrong advice.
_VALKUILEN = [
    (
        re.compile(r"^[ \t]*\u00a0|\u00a0[ \t]*:|:\u00a0"),
        "een onzichtbare harde spatie (uit Word of een mail) staat op "
        "deze regel; typ de spaties aan het begin en rond de dubbele punt opnieuw",
    ),
    (
        re.compile(r"^[ \t]*[\u2013\u2014\u2212][ \t]"),
        "een lijst begint met een gewoon streepje (-), niet met een lang streepje (– of —)",
    ),
]


def _valkuilen(text: str, display: str, line_offset: int) -> list[Problem]:
    return [
        Problem(display, n + line_offset, message)
        for n, line in enumerate(text.splitlines(), 1)
        for pattern, message in _VALKUILEN
        if pattern.search(line)
    ]


def parse_yaml(text: str, display: str, line_offset: int = 0) -> Any:
    """YAML with line numbers kept (see :mod:`yaml_lines`)."""
    valkuilen = _valkuilen(text, display, line_offset)
    if valkuilen:
        raise ContentError(valkuilen)
    try:
        return yaml_lines.parse(text)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        raise ContentError.single(display, line, dutch_yaml(str(err.problem or err))) from None
    except yaml.YAMLError as err:  # errors without a mark (rare)
        raise ContentError.single(display, 1 + line_offset, dutch_yaml(str(err))) from None


def validate(
    data: Any,
    schema: type[T],
    display: str,
    line_offset: int = 0,
    context: dict[str, Any] | None = None,
) -> T:
    """Validate parsed YAML into ``schema``; all problems at once, each with its line."""
    try:
        return TypeAdapter(schema).validate_python(data, context=context)
    except ValidationError as err:
        problems = []
        for error in err.errors():
            line = yaml_lines.line_of(data, tuple(error["loc"])) or 1
            problems.append(Problem(display, line + line_offset, dutch(error)))
        raise ContentError(problems) from None


def load_yaml_file(
    path: Path,
    schema: type[T],
    display: str,
    context: dict[str, Any] | None = None,
    unique: tuple[str, str] | None = None,
) -> T:
    """A YAML data file, validated. An empty file is an error, not an empty list.

    ``unique=("bronnen", "id")`` also rejects a repeated id in that list, at its line.
    """
    text = read_text(path, display)
    data = parse_yaml(text, display)
    if data is None:
        raise ContentError.single(display, 1, "het bestand is leeg")
    result = validate(data, schema, display, context=context)
    if unique:
        duplicates = _duplicates(data, *unique, display)
        if duplicates:
            raise ContentError(duplicates)
    return result


def _duplicates(data: Any, list_key: str, id_key: str, display: str) -> list[Problem]:
    seen: set[Any] = set()
    problems = []
    items = data.get(list_key, []) if isinstance(data, dict) else data
    for index, item in enumerate(items):
        value = item.get(id_key) if isinstance(item, dict) else None
        if value in seen:
            line = yaml_lines.line_of(data, (list_key, index, id_key) if isinstance(data, dict) else (index, id_key))
            problems.append(
                Problem(display, line or 1, f"{id_key} '{value}' staat er twee keer; elke {id_key} moet uniek zijn")
            )
        seen.add(value)
    return problems


def split_front_matter(text: str) -> tuple[str | None, int]:
    """The front-matter YAML of a Markdown page and the line it starts after (0 if none)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, 0
    return match.group(1) or "", 1


def load_front_matter(path: Path, schema: type[T], display: str, context: dict[str, Any] | None = None) -> T:
    """A page's front matter, validated; a page without front matter validates ``{}``."""
    text = read_text(path, display)
    yaml_text, offset = split_front_matter(text)
    data = parse_yaml(yaml_text, display, offset) if yaml_text else None
    if data is None:
        data = yaml_lines.LineDict()
    if not isinstance(data, dict):
        raise ContentError.single(
            display, 1 + offset, "de kop van de pagina moet velden bevatten (regels als 'naam: waarde')"
        )
    return validate(data, schema, display, offset, context)


def peek_ids(path: Path, key: str) -> set[str] | None:
    """The ids in a data file's list ``key``, read leniently, so that other files can be
    checked against them first. None when the file cannot be read: then nothing is
    checked against it, and its own full load reports the problem, with its line."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml_lines.LineLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    items = data.get(key, []) if isinstance(data, dict) else []
    return {str(i["id"]) for i in items if isinstance(i, dict) and "id" in i} if isinstance(items, list) else set()
