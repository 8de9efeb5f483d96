"""kbz-site: the command line for editors and maintainers (Dutch output).

kbz-site check                         check all of content/ without building the site
kbz-site build                         build the site into site/ (`make build`, Netlify)
kbz-site nieuw thema|regio|contact|... NAAM   a new item that passes check at once
kbz-site rekenen budget|tarief|inzet|verdeling ...   funding calculations (see --help)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kbz_site import rekenen
from kbz_site.cms import public_repository_warning
from kbz_site.controle import bouw, controleer_met_model, vind_project
from kbz_site.scaffold import nieuw
from kbz_site.schemas import TYPES, field_reference

# Dutch help and Dutch usage errors (exit code 2), the same for every command.
DutchParser = rekenen.RekenParser


def check(root: Path) -> int:
    """Run exactly the checks `mkdocs build --strict` runs; all problems at once, in Dutch."""
    problems, model = controleer_met_model(root)
    if model is not None:
        # On Netlify: non-public contacts in a public repository are public after all.
        warning = public_repository_warning(
            dict(os.environ), has_private_contacts=any(not c.publiek for c in model.contacten.values())
        )
        if warning:
            print(f"waarschuwing: {warning}", file=sys.stderr)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} probleem/problemen gevonden.", file=sys.stderr)
        return 1
    pages = sum(1 for _ in (root / "content").rglob("*.md"))
    print(f"Alles in orde: {pages} pagina's gecontroleerd.")
    return 0


def main(argv: list[str] | None = None) -> int:
    """The command line; any unexpected error is one Dutch line and exit code 1
    (the Python details only with --debug)."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # noqa: BLE001 - the promise: never a traceback for an editor
        if debug:
            raise
        where = getattr(err, "filename", None)
        plek = f" in {where}" if where else ""
        print(
            f"kbz-site: onverwachte fout{plek}: {err.__class__.__name__}: {err}\n"
            "Draai het commando nog eens met --debug voor de details, en meld het aan de beheerder.",
            file=sys.stderr,
        )
        return 1


def _main(argv: list[str] | None = None) -> int:
    parser = DutchParser(prog="kbz-site", description="Hulpmiddelen voor de KBZ-site.")
    parser.add_argument("--project", type=Path, default=None, help="map met mkdocs.yml (standaard: hier of erboven)")
    parser.add_argument("--debug", action="store_true", help="toon bij een onverwachte fout de Python-details")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=DutchParser)
    commands.add_parser("check", help="controleer alle inhoud zonder de site te bouwen")
    build = commands.add_parser("build", help="bouw de site in site/ (zoals Netlify); bij een fout blijft de vorige")
    build.add_argument("-d", "--site-dir", type=Path, default=None, help="bouw in deze map in plaats van site/")
    soorten = [t.naam for t in TYPES if t.naam != "financiering"]
    new = commands.add_parser("nieuw", help="maak een nieuwe pagina of een nieuw gegeven met alle verplichte velden")
    new.add_argument("soort", choices=soorten)
    new.add_argument("naam", help='de naam of titel, bijv. "Meer slapen"')
    commands.add_parser("velden", help="de veldenlijst voor de handleiding (docs/velden.md)")
    rekenen.add_parser(commands)
    args = parser.parse_args(argv)
    if args.command in ("check", "build", "nieuw"):
        project = vind_project(args.project or Path.cwd())
        if project is None:
            waar = (args.project or Path.cwd()).resolve()
            print(
                f"kbz-site: fout: geen mkdocs.yml gevonden in {waar} of een map erboven;"
                " ga eerst naar de map van de site (cd kbz-site)",
                file=sys.stderr,
            )
            return 2
        args.project = project
    if args.command == "velden":
        print(field_reference())
        return 0
    if args.command == "check":
        return check(args.project)
    if args.command == "build":
        return bouw(args.project, args.site_dir)
    if args.command == "nieuw":
        try:
            path = nieuw(args.soort, args.naam, args.project)
        except (FileExistsError, ValueError) as err:
            print(f"kbz-site: fout: {err}", file=sys.stderr)
            return 2
        print(
            f"Gemaakt: {path.resolve().relative_to(args.project.resolve())}. "
            "Vul de velden met 'nog in te vullen' in en draai 'kbz-site check'."
        )
        return 0
    return rekenen.run(args)


if __name__ == "__main__":
    sys.exit(main())
