"""`kbz-site rekenen`: the funding engine on the command line, Dutch text or --json."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path

import simplejson

from kbz_site import funding
from kbz_site.funding.format import euro, procent
from kbz_site.funding.steps import Stap, budget_stappen, inzet_stappen, tarief_stappen
from kbz_site.validation import ContentError

DATA = Path("content/_data/financiering.yml")


def load(root: Path) -> funding.Parameters:
    return funding.load_parameters(root / DATA, DATA.as_posix())


def getal_arg(text: str) -> Decimal:
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"'{text}' is geen getal") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"'{text}' is geen getal")
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' mag niet negatief zijn")
    return value


def heel_getal_arg(text: str) -> int:
    value = getal_arg(text)
    if value != value.to_integral_value():
        raise argparse.ArgumentTypeError(f"'{text}' moet een heel getal zijn")
    return int(value)


def procent_arg(text: str) -> Decimal:
    value = getal_arg(text.removesuffix("%"))
    if value > 100:
        raise argparse.ArgumentTypeError(f"'{text}' ligt niet tussen 0 en 100")
    return value


def paar_arg(kind: Callable[[str], object]) -> Callable[[str], tuple[str, object]]:
    def parse(text: str) -> tuple[str, object]:
        name, sep, value = text.partition("=")
        if not sep or not name:
            raise argparse.ArgumentTypeError(f"'{text}' moet de vorm discipline=waarde hebben, bijv. huisarts=0.2")
        return name.strip(), kind(value)

    return parse


def add_parser(commands: argparse._SubParsersAction) -> None:
    rekenen = commands.add_parser("rekenen", help="rekenen met de KBZ-financiering")
    soorten = rekenen.add_subparsers(dest="soort", required=True, parser_class=type(rekenen))

    p = soorten.add_parser("budget", help="patiënten × AW-% × tarief tegen de kosten van een fte-mix")
    p.add_argument("--patienten", type=heel_getal_arg, required=True)
    p.add_argument("--aw", type=procent_arg, required=True, help="percentage AW-ION, 0-100")
    p.add_argument("--tarief", type=getal_arg, help="€ per AW-ION (standaard: het kader-tarief)")
    p.add_argument("--fte", type=paar_arg(getal_arg), action="append", default=[], help="bijv. huisarts=0.2")

    p = soorten.add_parser("tarief", help="het tarief per AW-ION dat een fte-mix nodig heeft")
    p.add_argument("--patienten", type=heel_getal_arg, required=True)
    p.add_argument("--aw", type=procent_arg, required=True)
    p.add_argument("--fte", type=paar_arg(getal_arg), action="append", default=[], required=True)

    p = soorten.add_parser("inzet", help="de grootste fte-mix in een verhouding die een budget dekt")
    p.add_argument("--budget", type=getal_arg, required=True)
    p.add_argument(
        "--verhouding", type=paar_arg(heel_getal_arg), action="append", required=True, help="bijv. huisarts=1"
    )

    p = soorten.add_parser("verdeling", help="een regiobudget over praktijken (CSV)")
    p.add_argument("--budget", type=getal_arg, required=True)
    p.add_argument("--praktijken", type=Path, required=True, help="CSV met kolommen naam,patienten,aw[,uitzondering]")
    p.add_argument("--tarief", type=getal_arg)
    p.add_argument("--ro-percentage", type=procent_arg)

    for sub in soorten.choices.values():
        sub.add_argument("--json", action="store_true", help="uitvoer als JSON")


def lees_praktijken(path: Path) -> list[funding.Praktijk]:
    """Practices from CSV; every problem names the file and the line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise funding.InvoerFout(f"{path}: kan het bestand niet lezen ({err.__class__.__name__})") from None
    reader = csv.DictReader(text.splitlines(), delimiter=";" if ";" in text.partition("\n")[0] else ",")
    missing = {"naam", "patienten", "aw"} - set(reader.fieldnames or [])
    if missing:
        raise funding.InvoerFout(f"{path}:1: kolom(men) ontbreken: {', '.join(sorted(missing))}")
    praktijken = []
    for row in reader:
        line = reader.line_num
        try:
            praktijken.append(
                funding.Praktijk(
                    naam=(row["naam"] or "").strip() or _fout("naam is leeg"),
                    patienten=heel_getal_arg(row["patienten"] or ""),
                    aw=procent_arg(row["aw"] or ""),
                    uitzondering=(row.get("uitzondering") or "").strip() or None,
                )
            )
        except (argparse.ArgumentTypeError, ValueError) as err:
            raise funding.InvoerFout(f"{path}:{line}: {err}") from None
    return praktijken


def _fout(message: str) -> str:
    raise ValueError(message)


def _money(value: Decimal) -> Decimal:
    return funding.cents(value)


def uitkomst(args: argparse.Namespace, params: funding.Parameters) -> tuple[dict, list[Stap] | list[str]]:
    """The result as a JSON-ready dict, and the lines for the Dutch text output."""
    if args.soort == "budget":
        tarief = params.tarief.standaard if args.tarief is None else args.tarief
        r = funding.budget(args.patienten, args.aw, tarief, dict(args.fte), params)
        data = {
            "aw_ion": _money(r.aw_ion),
            "tarief": _money(r.tarief),
            "budget": r.budget,
            "kosten": r.kosten,
            "saldo": r.saldo,
            "past": r.past,
        }
        return data, budget_stappen(r)
    if args.soort == "tarief":
        t = funding.tarief(args.patienten, args.aw, dict(args.fte), params)
        data = {
            "aw_ion": _money(t.aw_ion),
            "kosten": t.kosten,
            "tarief": t.tarief,
            "tarief_afgerond": t.tarief_afgerond,
            "binnen_bandbreedte": t.binnen_bandbreedte,
            "bandbreedte": [_money(t.laag), _money(t.hoog)],
        }
        return data, tarief_stappen(t)
    if args.soort == "inzet":
        i = funding.inzet(args.budget, dict(args.verhouding), params)
        data = {"fte": {x.discipline: x.fte for x in i.regels}, "kosten": i.kosten, "over": i.over}
        return data, inzet_stappen(i)
    tarief = params.tarief.standaard if args.tarief is None else args.tarief
    v = funding.verdeling(args.budget, lees_praktijken(args.praktijken), tarief, params, args.ro_percentage)
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
        f"Regiobudget {euro(v.budget, True)}: naar de regio-organisatie {euro(v.naar_ro, True)}, "
        f"voor praktijken {euro(v.voor_praktijken, True)}."
    ]
    lines += [
        f"{t.praktijk.naam} ({procent(t.praktijk.aw)}): gevraagd {euro(t.gevraagd, True)}, "
        f"toegekend {euro(t.toegekend, True)} ({t.status})"
        for t in v.toekenningen
    ]
    lines.append(f"Over: {euro(v.over, True)}")
    return data, lines


def run(args: argparse.Namespace) -> int:
    try:
        params = load(args.project)
        data, lines = uitkomst(args, params)
    except ContentError as err:
        print(err, file=sys.stderr)
        return 1
    except funding.InvoerFout as err:
        print(f"kbz-site: fout: {err}", file=sys.stderr)
        return 2
    if args.json:
        print(simplejson.dumps(data, use_decimal=True, ensure_ascii=False))
        return 0
    for n, line in enumerate(lines, 1):
        print(f"{n}. {line.wat}: {line.som} = {line.uitkomst}" if isinstance(line, Stap) else line)
    return 0
