"""kbz-site: the command line for editors and maintainers (Dutch output).

    kbz-site check                         check all of content/ without building the site
    kbz-site rekenen budget|tarief|inzet|verdeling ...   funding calculations (see --help)
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from kbz_site import rekenen
from kbz_site.sources import load_bronnen, load_page_sources
from kbz_site.validation import ContentError

_ARGPARSE_DUTCH = [
    (r"the following arguments are required: (.*)", r"verplicht: \1"),
    (r"unrecognized arguments: (.*)", r"onbekende optie(s): \1"),
    (r"argument (\S+): invalid choice: (\S+).*", r"\1: onbekende keuze \2"),
    (r"argument (\S+): expected one argument", r"\1: waarde ontbreekt"),
    (r"argument (\S+): (.*)", r"\1: \2"),
]


class DutchParser(argparse.ArgumentParser):
    """argparse, but a usage error is one Dutch line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        for pattern, replacement in _ARGPARSE_DUTCH:
            if re.fullmatch(pattern, message):
                message = re.sub(pattern, replacement, message)
                break
        self.exit(2, f"kbz-site: fout: {message}\n")


def check(root: Path) -> int:
    docs = root / "content"

    def display(path: Path) -> str:
        return path.resolve().relative_to(root.resolve()).as_posix()

    try:
        registry = load_bronnen(docs / "_data/bronnen.yml", display(docs / "_data/bronnen.yml"))
        pages = load_page_sources(docs, registry, display)
        rekenen.load(root)
    except ContentError as err:
        print(err, file=sys.stderr)
        print(f"{len(err.problems)} probleem/problemen gevonden.", file=sys.stderr)
        return 1
    print(f"Alles in orde: {len(pages)} pagina's, {len(registry)} bronnen.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = DutchParser(prog="kbz-site", description="Hulpmiddelen voor de KBZ-site.")
    parser.add_argument("--project", type=Path, default=Path("."), help="map met mkdocs.yml (standaard: hier)")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=DutchParser)
    commands.add_parser("check", help="controleer alle inhoud zonder de site te bouwen")
    rekenen.add_parser(commands)
    args = parser.parse_args(argv)
    if args.command == "check":
        return check(args.project)
    return rekenen.run(args)


if __name__ == "__main__":
    sys.exit(main())
