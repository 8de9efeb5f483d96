"""`kbz-site rekenen`: the funding engine on the command line, Dutch text or --json.

Numbers are read with the Dutch grammar of kbz_site.validation.getallen (87.990 is 87990,
0,4 and 0.4 are 0,4). Exit codes: 0 ok, 1 a problem in the site's data (financiering.yml),
2 bad input (an option, or the CSV given with --praktijken).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import simplejson

from kbz_site import financiering
from kbz_site.controle import vind_project
from kbz_site.financiering.format import euro, procent
from kbz_site.financiering.steps import Stap, budget_stappen, inzet_stappen, module_stappen, tarief_stappen
from kbz_site.validation import ContentError
from kbz_site.validation.getallen import GetalFout, Soort, lees_aantal, lees_soort

DATA = Path("content/_data/financiering.yml")

# Shown as written: argparse %-formats a description or epilog only when it contains %(prog).
EPILOG = """\
Getallen schrijft u zoals op de site: 87.990 (punt tussen duizendtallen), 0,4 (komma voor
decimalen), 35 of 35%, € 60. Dubbelzinnig (1,500 als bedrag) of Engels (1,000.50): geweigerd.

Afronden: tussenuitkomsten blijven exact; bedragen gaan aan het eind half naar boven op
centen; het tarief ook op hele euro's, vanuit de exacte waarde; het deel van de
regio-organisatie naar beneden op centen. Prijspeil 2022, niet geïndexeerd.

Afsluitcodes: 0 gelukt, 1 probleem in de gegevens van de site (financiering.yml),
2 verkeerde invoer (een optie of het CSV-bestand). Met --json staat ook een fout als JSON op stdout:
{"fout": "...", "code": 2}."""


class DutchHelp(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "gebruik: " if prefix is None else prefix)


_ARGPARSE_DUTCH = [
    (r"the following arguments are required: (.*)", r"verplicht: \1"),
    (r"unrecognized arguments: (.*)", r"onbekende optie(s): \1"),
    (r"argument (\S+): invalid choice: (\S+).*", r"\1: onbekende keuze \2"),
    (r"argument (\S+): expected one argument", r"\1: waarde ontbreekt"),
    (r"argument (\S+): ignored explicit argument (.*)", r"\1: geen waarde verwacht (\2)"),
    (r"argument (\S+): (.*)", r"\1: \2"),
]


def _dutch_message(message: str) -> str:
    for pattern, replacement in _ARGPARSE_DUTCH:
        if re.fullmatch(pattern, message, re.S):
            return re.sub(pattern, replacement, message, flags=re.S)
    return message


class RekenParser(argparse.ArgumentParser):
    """Dutch help and errors (exit 2); with --json in the arguments, the error is JSON on stdout."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", DutchHelp)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="deze hulp tonen en stoppen")

    # One signature for argparse's three overloads: `"--json" in args` needs a Sequence, not any Iterable.
    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: Any = None
    ) -> tuple[Any, list[str]]:
        self.json = args is not None and "--json" in args
        return super().parse_known_args(args, namespace)

    def error(self, message: str) -> None:  # type: ignore[override]
        fout(_dutch_message(message), 2, as_json=getattr(self, "json", False))
        self.exit(2)


def fout(message: str, code: int, as_json: bool) -> int:
    if as_json:
        print(simplejson.dumps({"fout": message, "code": code}, ensure_ascii=False))
    else:
        print(f"kbz-site: fout: {message}", file=sys.stderr)
    return code


class Eenmaal(argparse.Action):
    """An option given twice is a mistake, not 'the last one wins'."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: Any, values: Any, option: str | None = None) -> None:
        if getattr(namespace, self.dest, None) is not None:
            parser.error(f"{option} staat er twee keer; geef het één keer")
        setattr(namespace, self.dest, values)


class Paren(argparse.Action):
    """Repeated --fte / --verhouding, each discipline once."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: Any, values: Any, option: str | None = None) -> None:
        current = dict(getattr(namespace, self.dest, None) or {})
        naam, waarde = values
        if naam in current:
            parser.error(f"{option} {naam} staat er twee keer; geef elke discipline één keer")
        current[naam] = waarde
        setattr(namespace, self.dest, current)


def load(root: Path) -> financiering.Parameters:
    return financiering.load_parameters(root / DATA, DATA.as_posix())


def getal_type(soort: Soort) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        try:
            if soort == "aantal":
                return lees_aantal(text, f"'{text.strip()}'")
            return lees_soort(text, soort, f"'{text.strip()}'")
        except GetalFout as err:
            raise argparse.ArgumentTypeError(str(err)) from None

    return parse


def paar_type(soort: Soort) -> Callable[[str], tuple[str, Any]]:
    value_type = getal_type(soort)

    def parse(text: str) -> tuple[str, Any]:
        name, sep, value = text.partition("=")
        if not sep or not name.strip():
            raise argparse.ArgumentTypeError(f"'{text}' moet de vorm discipline=waarde hebben, bijv. huisarts=0,2")
        return name.strip().lower(), value_type(value)

    return parse


def add_parser(commands: argparse._SubParsersAction) -> None:
    rekenen = commands.add_parser(
        "rekenen",
        help="rekenen met de KBZ-financiering",
        description="Rekenen met de KBZ-financiering, met dezelfde regels als de site.",
        epilog=EPILOG,
    )
    # Made by the command line's parser class; ours adds JSON errors (same state, a subclass of argparse's).
    rekenen.__class__ = RekenParser
    _dutch_help(rekenen)
    soorten = rekenen.add_subparsers(dest="soort", required=True, parser_class=RekenParser, title="berekeningen")

    def sub(name: str, help: str) -> argparse.ArgumentParser:
        # help is %-formatted by argparse (hence %%), description only with %(prog) in it.
        description = help[:1].upper() + help[1:].replace("%%", "%") + "."
        return soorten.add_parser(name, help=help, description=description, epilog=EPILOG)

    fte_help = "inzet per discipline, bijv. huisarts=0,2 (herhaal voor elke discipline)"
    p = sub("budget", "patiënten × AW-%% × tarief tegen de kosten van een fte-mix")
    p.add_argument("--patienten", type=getal_type("aantal"), action=Eenmaal, required=True, help="aantal patiënten")
    p.add_argument(
        "--aw", type=getal_type("percentage"), action=Eenmaal, required=True, help="percentage AW-ION, 0-100"
    )
    p.add_argument("--tarief", type=getal_type("geld"), action=Eenmaal, help="€ per AW-ION (standaard: het kader)")
    p.add_argument("--fte", type=paar_type("fte"), action=Paren, help=fte_help)

    p = sub("tarief", "het tarief per AW-ION dat een fte-mix nodig heeft")
    p.add_argument("--patienten", type=getal_type("aantal"), action=Eenmaal, required=True, help="aantal patiënten")
    p.add_argument("--aw", type=getal_type("percentage"), action=Eenmaal, required=True, help="percentage AW-ION")
    p.add_argument("--fte", type=paar_type("fte"), action=Paren, required=True, help=fte_help)

    p = sub("inzet", "de grootste fte-mix in een verhouding die een budget dekt, in stappen van 0,1 fte")
    p.add_argument("--budget", type=getal_type("geld"), action=Eenmaal, required=True, help="budget per jaar in euro")
    p.add_argument(
        "--verhouding", type=paar_type("aantal"), action=Paren, required=True, help="bijv. huisarts=1 poh-kb=2"
    )

    p = sub("rotterdam", "wat de Rotterdamse module een praktijk oplevert: per kwartaal, per jaar, gestapeld")
    p.add_argument(
        "--ion",
        type=getal_type("aantal"),
        action=Eenmaal,
        required=True,
        help="aantal ION: alle ingeschreven patiënten",
    )

    p = sub("verdeling", "een regiobudget over praktijken verdelen (CSV)")
    p.add_argument("--budget", type=getal_type("geld"), action=Eenmaal, required=True, help="regiobudget in euro")
    p.add_argument(
        "--praktijken",
        type=Path,
        action=Eenmaal,
        required=True,
        help="CSV met kolommen naam,patienten,aw[,uitzondering]",
    )
    p.add_argument("--tarief", type=getal_type("geld"), action=Eenmaal, help="€ per AW-ION (standaard: het kader)")
    p.add_argument("--ro-percentage", type=getal_type("percentage"), action=Eenmaal, help="deel regio-organisatie")

    for parser in soorten.choices.values():
        parser.add_argument("--json", action="store_true", help="uitvoer (en fouten) als JSON")


def _dutch_help(parser: argparse.ArgumentParser) -> None:
    """The 'rekenen' parser was made by the caller with an English -h; make it Dutch."""
    parser.formatter_class = DutchHelp
    parser._positionals.title = "argumenten"
    parser._optionals.title = "opties"
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = "deze hulp tonen en stoppen"


def lees_praktijken(path: Path) -> list[financiering.Praktijk]:
    """Practices from CSV; every problem names the file and the line, all at once."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise financiering.InvoerFout(f"{path}: kan het bestand niet lezen ({err.__class__.__name__})") from None
    reader = csv.DictReader(text.splitlines(), delimiter=";" if ";" in text.partition("\n")[0] else ",")
    missing = {"naam", "patienten", "aw"} - set(reader.fieldnames or [])
    if missing:
        raise financiering.InvoerFout(f"{path}:1: kolom(men) ontbreken: {', '.join(sorted(missing))}")
    praktijken, problems = [], []
    for row in reader:
        try:
            naam = (row["naam"] or "").strip()
            if not naam:
                raise GetalFout("de naam is leeg")
            praktijken.append(
                financiering.Praktijk(
                    naam=naam,
                    patienten=lees_aantal(row["patienten"] or "", f"'{row['patienten']}'"),
                    aw=lees_soort(row["aw"] or "", "percentage", f"'{row['aw']}'"),
                    uitzondering=(row.get("uitzondering") or "").strip() or None,
                )
            )
        except GetalFout as err:
            problems.append(f"{path}:{reader.line_num}: {err}")
    if problems:
        raise financiering.InvoerFout("\n".join(problems))
    return praktijken


def uitkomst(args: argparse.Namespace, params: financiering.Parameters) -> tuple[dict, list[Stap] | list[str]]:
    """The result as a JSON-ready dict, and the lines for the Dutch text output."""
    if args.soort == "budget":
        tarief = params.tarief.standaard if args.tarief is None else args.tarief
        r = financiering.budget(args.patienten, args.aw, tarief, args.fte or {}, params)
        data = {
            "aw_ion": financiering.cents(r.aw_ion),
            "tarief": financiering.cents(r.tarief),
            "budget": r.budget,
            "kosten": r.kosten,
            "saldo": r.saldo,
            "past": r.past,
        }
        return data, budget_stappen(r)
    if args.soort == "tarief":
        tr = financiering.tarief(args.patienten, args.aw, args.fte, params)
        data = {
            "aw_ion": financiering.cents(tr.aw_ion),
            "kosten": tr.kosten,
            "tarief": tr.tarief,
            "tarief_afgerond": tr.tarief_afgerond,
            "binnen_bandbreedte": tr.binnen_bandbreedte,
            "bandbreedte": [financiering.cents(tr.laag), financiering.cents(tr.hoog)],
        }
        return data, tarief_stappen(tr)
    if args.soort == "inzet":
        iz = financiering.inzet(args.budget, args.verhouding, params)
        data = {"fte": {x.discipline: x.fte for x in iz.regels}, "kosten": iz.kosten, "over": iz.over}
        return data, inzet_stappen(iz)
    if args.soort == "rotterdam":
        regeling = params.regeling("rotterdam")
        m = financiering.module(args.ion, regeling)
        data = {
            "ion": m.ion,
            "per_ion_per_jaar": m.per_ion_per_jaar,
            "per_ion_per_kwartaal": m.per_ion_per_kwartaal,
            "per_kwartaal": m.per_kwartaal,
            "per_jaar": m.per_jaar,
            "kwartalen": m.kwartalen,
            "over_de_periode": m.over_de_periode,
            "gestapeld_per_ion": m.gestapeld_per_ion,
            "gestapeld_per_jaar": m.gestapeld_per_jaar,
        }
        return data, module_stappen(m, regeling)
    tarief = params.tarief.standaard if args.tarief is None else args.tarief
    v = financiering.verdeling(args.budget, lees_praktijken(args.praktijken), tarief, params, args.ro_percentage)
    data = {
        "budget": v.budget,
        "naar_ro": v.naar_ro,
        "voor_praktijken": v.voor_praktijken,
        "over": v.over,
        "praktijken": [
            {
                "naam": t.praktijk.naam,
                "aw": t.praktijk.aw,
                "gevraagd": t.gevraagd,
                "toegekend": t.toegekend,
                "status": t.status,
            }
            for t in v.toekenningen
        ],
    }
    lines = [
        f"Regiobudget {euro(v.budget)}: naar de regio-organisatie {euro(v.naar_ro)}, "
        f"voor praktijken {euro(v.voor_praktijken)}."
    ]
    lines += [
        f"{t.praktijk.naam} ({procent(t.praktijk.aw)}): gevraagd {euro(t.gevraagd)}, "
        f"toegekend {euro(t.toegekend)} ({t.status})"
        for t in v.toekenningen
    ]
    lines.append(f"Over: {euro(v.over)}")
    return data, lines


def run(args: argparse.Namespace) -> int:
    as_json = getattr(args, "json", False)
    root = args.project or vind_project(Path.cwd())
    if root is None:
        return fout(
            f"geen mkdocs.yml gevonden in {Path.cwd()} of een map erboven; ga naar de map van de site", 2, as_json
        )
    try:
        params = load(root)
        data, lines = uitkomst(args, params)
    except ContentError as err:
        return fout(str(err), 1, as_json)
    except (financiering.InvoerFout, KeyError) as err:
        return fout(str(err.args[0]) if isinstance(err, KeyError) else str(err), 2, as_json)
    except Exception as err:  # never a traceback for a user; the kind of error helps a maintainer
        return fout(f"onverwachte fout ({err.__class__.__name__}); meld dit bij de beheerder", 1, as_json)
    if as_json:
        print(simplejson.dumps(data, use_decimal=True, ensure_ascii=False))
        return 0
    for n, line in enumerate(lines, 1):
        print(f"{n}. {line.wat}: {line.som} = {line.uitkomst}" if isinstance(line, Stap) else line)
    return 0


__all__ = ["add_parser", "run"]
