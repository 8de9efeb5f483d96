"""kbz-site: the command line for editors and maintainers (Dutch output).

    kbz-site check      check all of content/ without building the site
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kbz_site.sources import load_bronnen, load_page_sources
from kbz_site.validation import ContentError


def check(root: Path) -> int:
    docs = root / "content"

    def display(path: Path) -> str:
        return path.resolve().relative_to(root.resolve()).as_posix()

    try:
        registry = load_bronnen(docs / "_data/bronnen.yml", display(docs / "_data/bronnen.yml"))
        pages = load_page_sources(docs, registry, display)
    except ContentError as err:
        print(err, file=sys.stderr)
        print(f"{len(err.problems)} probleem/problemen gevonden.", file=sys.stderr)
        return 1
    print(f"Alles in orde: {len(pages)} pagina's, {len(registry)} bronnen.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kbz-site", description="Hulpmiddelen voor de KBZ-site.")
    parser.add_argument("--project", type=Path, default=Path("."), help="map met mkdocs.yml (standaard: hier)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="controleer alle inhoud zonder de site te bouwen")
    args = parser.parse_args(argv)
    if args.command == "check":
        return check(args.project)
    return 2


if __name__ == "__main__":
    sys.exit(main())
