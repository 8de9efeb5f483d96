"""One reading of a Markdown page: front matter, headings, our fenced blocks and links.

Every plugin used to scan pages with its own regular expressions; this is the one scanner
now. It walks the page line by line and knows which lines are inside a code fence, so a
```` ```rekenvoorbeeld ```` shown inside a ```` ````markdown ```` fence is an example,
not a block, and a heading inside code is no heading. Problems come back with the line
an editor can open.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

from markdown.extensions.toc import slugify

from kbz_site.validation import ContentError, Problem
from kbz_site.validation.loader import parse_yaml
from kbz_site.validation.yaml_lines import LineDict

_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\s`]*)")
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_EXPLICIT_ID = re.compile(r"\{[^}]*#([\w-]+)[^}]*\}\s*$")
_ATTR_LIST = re.compile(r"\s*\{[^}]*\}\s*$")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
# [text](target "title") and ![alt](src); the target may be written <like this>.
_INLINE_LINK = re.compile(r"(?P<img>!?)\[(?P<text>[^\]\n]*)\]\(\s*(?:<(?P<a>[^>\n]*)>|(?P<b>[^)\s]*))(?:\s+[^)\n]*)?\)")
# [ref]: target   (not footnotes [^1]: and not abbreviations *[AW]:)
_REF_DEF = re.compile(r"^ {0,3}\[(?!\^)(?P<ref>[^\]\n]+)\]:[ \t]*<?(?P<target>[^\s>]+)>?")
# HTML that could run code on our origin, where /admin/ keeps an editor's GitHub token.
_GEVAARLIJK = re.compile(
    r"<\s*(?P<tag>script|iframe|frame|object|embed|meta|base|link|style|form)\b"
    r"|[\s/]on[a-z]+\s*=",  # <svg/onload=...> needs no space before on...=
    re.I,
)
# An attribute at the start of a line inside a tag that began on an earlier line:
#   <span
#   onclick="...">
_ATTRIBUUT_OP_NIEUWE_REGEL = re.compile(r"^\s*on[a-z]+\s*=", re.I)
_TAG_OF_EINDE = re.compile(r"<[a-zA-Z]|>")


def _in_tag_na(regel: str, ervoor: bool) -> bool:
    """Whether a line ends inside an HTML tag ('<span' without its '>'), given whether it began in one."""
    for m in _TAG_OF_EINDE.finditer(regel):
        ervoor = m.group() != ">"
    return ervoor


# A javascript:, vbscript: or data: address where a browser follows it (a Markdown link or reference,
# an autolink, an href or src attribute); not the word "data:" in a sentence ("Verzamel data: ...").
_SCHEMA = re.compile(
    r"(?:\]\(\s*<?|^\s{0,3}\[[^\]]+\]:\s*<?|<|\b(?:href|src|action|formaction|poster|xlink:href)\s*=\s*[\"']?)"
    r"\s*(?P<js>javascript|vbscript|data)\s*:",
    re.I,
)


def _als_adres(tekst: str) -> str:
    """The text as a browser reads an address: entities decoded (&colon;, &#106;), tabs and newlines gone."""
    return html.unescape(tekst).replace("\t", "") if "&" in tekst else tekst.replace("\t", "")


# {{ tarief.standaard }}: a figure from financiering.yml (kbz_site/financiering/waarden.py)
_WAARDE = re.compile(r"\{\{\s*(?P<naam>[^{}\n]*?)\s*\}\}")
# --8<-- "file.md": text from content/_snippets/ (pymdownx.snippets)
_SNIPPET = re.compile(r"""^\s*;?-{1,}8<-{1,}[ \t]+(["'])(?P<naam>[^"'\n]+)\1""")
# The front-matter fences MkDocs accepts.
_FM_OPEN = re.compile(r"\A-{3}[ \t]*\r?\n")
_FM_CLOSE = re.compile(r"^(?:-{3}|\.{3})[ \t]*$", re.M)


@dataclass(frozen=True)
class Kopje:
    niveau: int
    tekst: str  # as a reader sees it: without {#id}, attributes or ** and _ markup
    id: str  # the anchor Python-Markdown's toc extension gives it
    regel: int


@dataclass(frozen=True)
class Blok:
    soort: str  # rekenvoorbeeld, stroomschema, contact, ...
    regel: int  # line of the opening fence
    yaml: str  # the body


@dataclass(frozen=True)
class Link:
    doel: str
    regel: int
    afbeelding: bool


@dataclass(frozen=True)
class Pagina:
    pad: str  # relative to docs_dir: themas/solk.md
    weergave: str  # as an editor opens it: content/themas/solk.md
    tekst: str
    kop: LineDict  # the front matter (empty when the page has none)
    kop_regel: int  # lines before the front matter's first line (for line numbers)
    heeft_kop: bool
    kop_leesbaar: bool  # False: the front matter has a YAML problem (reported); its fields are not checked
    koppen: tuple[Kopje, ...]
    blokken: tuple[Blok, ...]
    links: tuple[Link, ...]
    tekstblokken: tuple[Link, ...] = ()  # snippets the page includes
    waarden: tuple[Link, ...] = ()  # {{ figures }} the text names

    def ids(self) -> set[str]:
        return {k.id for k in self.koppen}

    def kopteksten(self) -> set[str]:
        return {k.tekst for k in self.koppen}


@dataclass(frozen=True)
class _Fence:
    info: str
    indent: int
    start: int  # line index of the opening fence
    end: int | None  # line index of the closing fence; None when never closed


def _fences(lines: list[str]) -> Iterator[_Fence]:
    """Code fences at any depth of the page, outermost only: what is inside one is text."""
    i = 0
    while i < len(lines):
        m = _OPEN.match(lines[i])
        if not m or (m["fence"][0] == "`" and "`" in lines[i][m.end("fence") :]):
            i += 1
            continue
        char, size = m["fence"][0], len(m["fence"])
        close = re.compile(rf"^[ \t]*{re.escape(char)}{{{size},}}[ \t]*$")
        end = next((j for j in range(i + 1, len(lines)) if close.match(lines[j])), None)
        yield _Fence(m["info"].lstrip(".{").rstrip("}"), len(m["indent"].expandtabs(4)), i, end)
        i = (end if end is not None else len(lines)) + 1


def blok_spans(markdown: str, soorten: Collection[str]) -> list[tuple[int, int, str]]:
    """(first line, last line, soort) of every block of ``soorten`` in ``markdown``: the
    same scan as :func:`lees_pagina`, used when a plugin replaces blocks by rendered HTML."""
    lines = markdown.split("\n")
    return [(f.start, f.end, f.info) for f in _fences(lines) if f.info in soorten and f.indent == 0 and f.end]


def vervang_blokken(markdown: str, soorten: Collection[str], render: Callable[[int], str]) -> str:
    """Replace the n-th block of ``soorten`` in ``markdown`` by ``render(n)``. A block the
    model does not have (``mkdocs serve`` showing the last good content while an edit is
    broken) stays as it is."""
    lines = markdown.split("\n")
    spans = blok_spans(markdown, soorten)
    for n, (start, end, _) in reversed(list(enumerate(spans))):
        try:
            html = render(n)
        except IndexError:
            continue
        lines[start : end + 1] = ["", html, ""]
    return "\n".join(lines)


def vul_waarden(markdown: str, waarden: dict[str, str]) -> str:
    """Every {{ name }} outside code replaced by its figure (names were checked by the model)."""
    lines = markdown.split("\n")
    in_code = [False] * len(lines)
    for fence in _fences(lines):
        for i in range(fence.start, (fence.end if fence.end is not None else len(lines) - 1) + 1):
            in_code[i] = True
    for i, line in enumerate(lines):
        if in_code[i] or "{{" not in line:
            continue
        parts = re.split(r"(`+[^`]*`+)", line)  # inline code stays as written
        lines[i] = "".join(
            part if part.startswith("`") else _WAARDE.sub(lambda w: waarden.get(w["naam"], w.group(0)), part)
            for part in parts
        )
    return "\n".join(lines)


# [^1] and [text][ref] where they are used (not where they are defined: that line has "]:")
_REF_USE = re.compile(r"(?<!\\)\[(?P<label>\^[^\]\s]+)\](?!:)|\]\[(?P<ref>[^\]]+)\]")
_ADMONITION = re.compile(r"^(?:!!!|\?\?\?\+?)(?P<rest>.*)$")
_ADMONITION_OK = re.compile(r"^[ \t]+[a-z][a-z-]*(?:[ \t]+[a-z-]+)*(?:[ \t]+\"[^\"]*\")?[ \t]*$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
# "(Bron: Kader, 2022)" in the text: the reader cannot check it, the build cannot either.
_BRON_IN_TEKST = re.compile(r"(?<![\w-])Bron:\s")
_LINK_SPACE = re.compile(r"\]\s+\((?:[^)\s]+\.md|https?://)")
_LINK_WITH_SPACE = re.compile(r"\]\((?!<)[^)\s\"']+[ ]+[^)\"']*\)")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s,;]+\.[a-z]{2,}$", re.I)


def _opmaak(
    lines: list[str],
    in_code: list[bool],
    first: int,
    weergave: str,
    links: list[Link],
    footnote_refs: list[tuple[str, int]],
    refs_used: list[tuple[str, int]],
) -> list[Problem]:
    """Markdown that would show as something else than the editor meant, said per line."""
    problems = []
    body = "\n".join(line for i, line in enumerate(lines) if i >= first and not in_code[i])
    defined_footnotes = set(re.findall(r"^ {0,3}\[\^([^\]\s]+)\]:", body, re.M))
    defined_refs = {r.lower() for r in re.findall(r"^ {0,3}\[(?!\^)([^\]]+)\]:", body, re.M)}
    comment_open = None
    for i, line in enumerate(lines):
        if i < first or in_code[i]:
            continue
        n = i + 1
        if comment_open is None and "<!--" in line and "-->" not in line[line.index("<!--") :]:
            comment_open = n
        elif comment_open is not None and "-->" in line:
            comment_open = None
        m = _ADMONITION.match(line) if line.startswith(("!!!", "???")) else None
        if m and not _ADMONITION_OK.match(m["rest"]):
            problems.append(
                Problem(
                    weergave, n, 'schrijf een kader als !!! note "Titel" (soort in kleine letters, titel tussen "")'
                )
            )
        elif m:
            nxt = next((lines[j] for j in range(i + 1, len(lines)) if lines[j].strip()), "")
            if nxt and not nxt.startswith(("    ", "\t")):
                problems.append(Problem(weergave, n, "de tekst van dit kader moet 4 spaties inspringen"))
        if (
            "|" in line
            and _TABLE_ROW.match(line)
            and (i == 0 or not _TABLE_ROW.match(lines[i - 1]))
            and not (i + 1 < len(lines) and _TABLE_SEPARATOR.match(lines[i + 1]))
        ):
            problems.append(Problem(weergave, n, "onder de eerste rij van een tabel hoort een regel als | --- | --- |"))
        if "]" in line and _LINK_SPACE.search(line):
            problems.append(Problem(weergave, n, "zet geen spatie tussen ] en ( in een link: [tekst](adres)"))
        zonder_code = _INLINE_CODE.sub("", line) if "`" in line else line
        if "Bron:" in line and _BRON_IN_TEKST.search(zonder_code):
            problems.append(
                Problem(
                    weergave,
                    n,
                    "schrijf een bron niet als '(Bron: ...)' maar als voetnoot met een citaat: zet [^kader-1] "
                    'achter de zin en onderaan [^kader-1]: "letterlijke woorden uit de bron" (zie docs/editors.md)',
                )
            )
        if "](" in line and _LINK_WITH_SPACE.search(zonder_code):
            problems.append(
                Problem(weergave, n, "een link mag geen spaties bevatten; gebruik een bestandsnaam zonder spaties")
            )
    if comment_open is not None:
        problems.append(Problem(weergave, comment_open, "de opmerking <!-- wordt nergens afgesloten; zet --> erachter"))
    for label, n in footnote_refs:
        if label[1:] not in defined_footnotes:
            problems.append(Problem(weergave, n, f"voetnoot [{label}] heeft geen tekst; voeg onderaan [{label}]: toe"))
    for label, n in refs_used:
        if label.lower() not in defined_refs:
            problems.append(
                Problem(weergave, n, f"link [..][{label}] heeft geen adres; voeg onderaan [{label}]: adres toe")
            )
    for link in links:
        if link.doel.lower().startswith("mailto:") and not _EMAIL.match(link.doel[7:].split("?")[0]):
            problems.append(Problem(weergave, link.regel, f"'{link.doel[7:]}' is geen geldig e-mailadres"))
    return problems


def _front_matter(text: str, weergave: str, problems: list[Problem]) -> tuple[LineDict, int, bool]:
    """(data, line offset, has front matter); after a YAML problem the data is None-like: an
    empty LineDict with ``line = 0``, so that its fields are not reported missing as well."""
    if not _FM_OPEN.match(text):
        return LineDict(), 0, False
    close = _FM_CLOSE.search(text, _FM_OPEN.match(text).end())  # type: ignore[union-attr]
    if close is None:
        problems.append(
            Problem(
                weergave,
                1,
                "de kop van de pagina begint met '---' maar wordt niet afgesloten; "
                "zet een regel met alleen '---' onder het laatste veld",
            )
        )
        return LineDict(), 0, False
    yaml_text = text[_FM_OPEN.match(text).end() : close.start()]  # type: ignore[union-attr]
    try:
        data = parse_yaml(yaml_text, weergave, 1) if yaml_text.strip() else None
    except ContentError as err:
        problems.extend(err.problems)
        kapot = LineDict()
        kapot.line = 0
        return kapot, 1, True
    if data is None:
        return LineDict(), 1, True
    if not isinstance(data, LineDict):
        problems.append(Problem(weergave, 2, "de kop van de pagina moet velden bevatten (regels als 'naam: waarde')"))
        return LineDict(), 1, True
    return data, 1, True


_LINK_TEXT = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"[*_`]")


def _heading_id(text: str, seen: dict[str, int]) -> tuple[str, str]:
    explicit = _EXPLICIT_ID.search(text)
    plain = _ATTR_LIST.sub("", text)
    # The toc extension slugifies the rendered text: markup and link targets are gone.
    rendered = _LINK_TEXT.sub(r"\1", plain) if "](" in plain else plain
    rendered = _EMPHASIS.sub("", rendered).strip()
    if explicit:
        return rendered, explicit.group(1)
    slug = slugify(rendered, "-")
    # toc makes repeated ids unique with _1, _2, ...
    n = seen.get(slug, 0)
    seen[slug] = n + 1
    return rendered, slug if n == 0 else f"{slug}_{n}"


def _similar(info: str, soorten: Collection[str]) -> str | None:
    close = difflib.get_close_matches(info, list(soorten), n=1, cutoff=0.75)
    return close[0] if close else None


def lees_pagina(pad: str, weergave: str, tekst: str, soorten: Collection[str]) -> tuple[Pagina, list[Problem]]:
    """The page, read once; and every problem in its structure."""
    problems: list[Problem] = []
    kop, kop_regel, heeft_kop = _front_matter(tekst, weergave, problems)
    lines = tekst.split("\n")
    in_code = [False] * len(lines)
    blokken: list[Blok] = []
    for fence in _fences(lines):
        end = fence.end if fence.end is not None else len(lines) - 1
        for i in range(fence.start, end + 1):
            in_code[i] = True
        regel = fence.start + 1
        if fence.end is None:
            problems.append(
                Problem(
                    weergave,
                    regel,
                    "het blok dat hier begint wordt nergens afgesloten; zet onder het blok een regel met alleen "
                    + lines[fence.start].strip()[:3],
                )
            )
            continue
        if fence.info in soorten:
            if fence.indent:
                problems.append(
                    Problem(
                        weergave,
                        regel,
                        f"het blok '{fence.info}' staat ingesprongen (bijvoorbeeld in een kader of lijst) en werkt "
                        "daar niet; zet de regels van het blok helemaal aan het begin van de regel",
                    )
                )
                continue
            blokken.append(Blok(fence.info, regel, "\n".join(lines[fence.start + 1 : fence.end]) + "\n"))
        elif fence.info and (fence.info.startswith("kbz") or _similar(fence.info, soorten)):
            hint = _similar(fence.info, soorten)
            advies = f"bedoel je '{hint}'?" if hint else f"kies uit: {', '.join(sorted(soorten))}"
            problems.append(Problem(weergave, regel, f"onbekend bloktype '{fence.info}'; {advies}"))

    koppen: list[Kopje] = []
    seen: dict[str, int] = {}
    links: list[Link] = []
    snippets: list[Link] = []
    footnote_refs: list[tuple[str, int]] = []  # [^1] in the text
    refs_used: list[tuple[str, int]] = []  # [text][ref] in the text
    waarden: list[Link] = []
    first_body_line = 0
    if heeft_kop:
        first_body_line = next((i + 1 for i in range(1, len(lines)) if _FM_CLOSE.match(lines[i])), 0)
    in_tag = False  # the previous line ended inside an HTML tag
    for i, line in enumerate(lines):
        if i < first_body_line or in_code[i]:
            in_tag = False
            continue
        m = _HEADING.match(line) if line.startswith("#") else None
        if m:
            tekst_kop, anchor = _heading_id(m.group(2), seen)
            koppen.append(Kopje(len(m.group(1)), tekst_kop.strip(), anchor, i + 1))
        # Most lines hold no code, link, figure or snippet: each regex only where its mark is.
        zonder_code = _INLINE_CODE.sub("", line) if "`" in line else line
        wat = None
        danger = _GEVAARLIJK.search(zonder_code) if ("<" in line or "=" in line) else None
        if danger:
            wat = f"<{danger['tag'].lower()}>" if danger["tag"] else "on...="
        elif in_tag and _ATTRIBUUT_OP_NIEUWE_REGEL.match(zonder_code):
            wat = "on...="
        elif ":" in line or "&" in line:
            schema = _SCHEMA.search(_als_adres(zonder_code))
            wat = f"'{schema['js'].lower()}:'-link" if schema else None
        if "<" in zonder_code or in_tag:
            in_tag = _in_tag_na(zonder_code, in_tag)
        if wat:
            problems.append(
                Problem(
                    weergave,
                    i + 1,
                    f"{wat} is op deze site niet toegestaan (het kan code uitvoeren); gebruik gewone tekst, een "
                    "Markdown-link of vraag de beheerder",
                )
            )
        if "[" not in line and "{{" not in line and "8<" not in line:
            continue
        for ref in _REF_USE.finditer(zonder_code):
            if ref["label"]:
                footnote_refs.append((ref["label"], i + 1))
            else:
                refs_used.append((ref["ref"], i + 1))
        snippet = _SNIPPET.match(line)
        if snippet:
            snippets.append(Link(snippet["naam"], i + 1, False))
            continue
        code_free = _INLINE_CODE.sub(lambda c: " " * len(c.group(0)), line) if "`" in line else line
        waarden += [Link(w["naam"], i + 1, False) for w in _WAARDE.finditer(code_free)]
        definition = _REF_DEF.match(code_free)
        if definition:
            links.append(Link(definition["target"], i + 1, False))
            continue
        for link in _INLINE_LINK.finditer(code_free):
            doel = link["a"] if link["a"] is not None else link["b"]
            links.append(Link(doel or "", i + 1, bool(link["img"])))
            if link["img"] and not link["text"].strip():
                problems.append(
                    Problem(
                        weergave,
                        i + 1,
                        f"afbeelding '{doel}' heeft geen beschrijving; schrijf tussen de [ ] wat erop staat, "
                        "bijv. ![Kaart van de wijk](...)",
                    )
                )
    problems += _opmaak(lines, in_code, first_body_line, weergave, links, footnote_refs, refs_used)
    pagina = Pagina(
        pad,
        weergave,
        tekst,
        kop,
        kop_regel,
        heeft_kop,
        kop.line != 0,
        tuple(koppen),
        tuple(blokken),
        tuple(links),
        tuple(snippets),
        tuple(waarden),
    )
    return pagina, problems
