import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from kbz_site.cli import main

from .support import ROOT, build, copy_project, kbz_site


def test_check_lists_every_problem(tmp_path: Path, capsys) -> None:
    project = copy_project(tmp_path / "p")
    (project / "content/a.md").write_text("---\nbronnen: [nee]\n---\n# A\n", encoding="utf-8")
    (project / "content/b.md").write_text(
        "---\ntitle: B\nbronnen:\n  - kader\n  - ook-niet\n---\n# B\n", encoding="utf-8"
    )
    assert main(["--project", str(project), "check"]) == 1
    err = capsys.readouterr().err
    assert "content/a.md:2: onbekende bron 'nee'" in err
    assert "content/b.md:5: onbekende bron 'ook-niet'" in err


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--project", str(ROOT), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_rekenen_budget_json_is_fixed(capsys) -> None:
    code, out, _ = run(
        capsys,
        "rekenen",
        "budget",
        "--patienten",
        "4190",
        "--aw",
        "35",
        "--tarief",
        "60",
        "--fte",
        "huisarts=0.2",
        "--fte",
        "poh-kb=0.4",
        "--json",
    )
    assert code == 0
    assert json.loads(out, parse_float=Decimal) == {
        "aw_ion": Decimal("1466.50"),
        "tarief": Decimal("60.00"),
        "budget": Decimal("87990.00"),
        "kosten": Decimal("84000.00"),
        "saldo": Decimal("3990.00"),
        "past": True,
    }
    # euros as numbers with two decimals, as written
    assert '"budget": 87990.00' in out and '"kosten": 84000.00' in out and '"saldo": 3990.00' in out


def test_rekenen_tarief_json_is_fixed(capsys) -> None:
    code, out, _ = run(
        capsys,
        "rekenen",
        "tarief",
        "--patienten",
        "4190",
        "--aw",
        "45",
        "--fte",
        "huisarts=0.4",
        "--fte",
        "poh-kb=0.6",
        "--json",
    )
    assert code == 0
    assert json.loads(out, parse_float=Decimal) == {
        "aw_ion": Decimal("1885.50"),
        "kosten": Decimal("144000.00"),
        "tarief": Decimal("76.37"),
        "tarief_afgerond": 76,
        "binnen_bandbreedte": True,
        "bandbreedte": [Decimal("35.00"), Decimal("85.00")],
    }


def test_rekenen_text_is_dutch_steps(capsys) -> None:
    code, out, _ = run(
        capsys, "rekenen", "budget", "--patienten", "4190", "--aw", "35", "--fte", "huisarts=0,2", "--fte", "poh-kb=0,4"
    )
    assert code == 0
    assert "2. Budget: 1.466,5 AW-ION × € 60 = € 87.990 per jaar" in out
    assert out.rstrip().endswith("€ 3.990: het past")


@pytest.mark.parametrize(
    "args, message",
    [
        (["budget", "--patienten", "4190", "--aw", "101"], "--aw: '101' ligt niet tussen 0 en 100"),
        (["budget", "--patienten", "-4", "--aw", "35"], "--patienten: '-4' mag niet negatief zijn"),
        (["budget", "--patienten", "veel", "--aw", "35"], "--patienten: 'veel' is geen getal"),
        (["budget", "--patienten", "10", "--aw", "35", "--fte", "tandarts=1"], "onbekende discipline 'tandarts'"),
        (["budget", "--aw", "35"], "verplicht: --patienten"),
        (["inzet", "--budget", "1000", "--verhouding", "huisarts"], "moet de vorm discipline=waarde hebben"),
    ],
)
def test_rekenen_bad_input_is_one_dutch_line_exit_2(capsys, args: list[str], message: str) -> None:
    try:
        code, out, err = run(capsys, "rekenen", *args)
    except SystemExit as stop:
        assert isinstance(stop.code, int)
        code, err = stop.code, capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_rekenen_verdeling_from_csv(tmp_path: Path, capsys) -> None:
    csv_file = tmp_path / "praktijken.csv"
    csv_file.write_text(
        "naam,patienten,aw,uitzondering\nA,2000,30,\nB,1000,60,\nC,3000,20,\nD,1000,20,LVB\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, "rekenen", "verdeling", "--budget", "100000", "--praktijken", str(csv_file), "--json")
    data = json.loads(out, parse_float=Decimal)
    assert code == 0 and data["naar_ro"] == Decimal("10000.00")
    assert [(p["naam"], p["status"]) for p in data["praktijken"]] == [
        ("B", "volledig"),
        ("A", "volledig"),
        ("C", "onder drempel"),
        ("D", "volledig"),
    ]
    assert data["over"] == Decimal("6000.00")


def test_rekenen_verdeling_names_a_missing_column(tmp_path: Path, capsys) -> None:
    csv_file = tmp_path / "praktijken.csv"
    csv_file.write_text("naam,patienten\nA,2000\n", encoding="utf-8")
    code, _, err = run(capsys, "rekenen", "verdeling", "--budget", "1000", "--praktijken", str(csv_file))
    assert code == 2 and f"{csv_file}:1: kolom(men) ontbreken: aw" in err
    csv_file.write_text("naam,patienten,aw\nA,2000,35\nB,twee,35\n", encoding="utf-8")
    code, _, err = run(capsys, "rekenen", "verdeling", "--budget", "1000", "--praktijken", str(csv_file))
    assert code == 2 and f"{csv_file}:3: 'twee' is geen getal" in err


def test_check_runs_the_same_checks_as_the_build(tmp_path: Path, capsys) -> None:
    project = copy_project(tmp_path / "p")
    theme = project / "content/themas/gfi.md"
    theme.write_text("---\ntitle: GFI\n---\n\n# GFI\n", encoding="utf-8")
    example = project / "content/financiering/rekenvoorbeelden.md"
    example.write_text(example.read_text(encoding="utf-8").replace("aw: 35\n", "aw: 135\n", 1), encoding="utf-8")
    assert main(["--project", str(project), "check"]) == 1
    err = capsys.readouterr().err
    assert "content/themas/gfi.md:2: verplicht veld 'samenvatting' ontbreekt" in err
    assert re.search(r"content/financiering/rekenvoorbeelden\.md:\d+: 'aw' mag hoogstens 100 zijn", err)


def test_every_new_item_passes_check_and_builds(tmp_path: Path, capsys) -> None:
    from kbz_site.schemas import TYPES

    project = copy_project(tmp_path / "p")
    soorten = [t.naam for t in TYPES if t.naam != "financiering"]
    for soort in soorten:
        assert main(["--project", str(project), "nieuw", soort, f"Proef {soort}"]) == 0
    assert "Gemaakt:" in capsys.readouterr().out
    assert main(["--project", str(project), "check"]) == 0, capsys.readouterr().err
    site = tmp_path / "site"
    assert build(project, site).returncode == 0
    assert (site / "themas/proef-thema/index.html").exists()
    assert (site / "regios/proef-regio/index.html").exists()
    assert (site / "scholing/modules/proef-module/index.html").exists()
    assert (site / "startersmappen/proef-startersmap/index.html").exists()
    # the same name twice is refused, and nothing is written
    before = (project / "content/_data/contacten.yml").read_text(encoding="utf-8")
    assert main(["--project", str(project), "nieuw", "contact", "Proef contact"]) == 2
    assert (project / "content/_data/contacten.yml").read_text(encoding="utf-8") == before


def test_check_passes_on_the_real_content_and_warns_about_private_contacts_in_a_public_repository(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """One check of the real content (a whole build) for both: it passes, and in a public
    repository it warns that the contacts marked not public would be readable there."""
    from kbz_site import cli, cms

    seen: list[bool] = []

    def warning(env: dict[str, str], has_private_contacts: bool) -> str | None:
        seen.append(has_private_contacts)
        return cms.public_repository_warning(env, has_private_contacts, is_public=lambda slug: True)

    monkeypatch.setattr(cli, "public_repository_warning", warning)
    monkeypatch.setenv("REPOSITORY_URL", "https://github.com/voorbeeld/kbz-site")
    assert main(["--project", str(ROOT), "check"]) == 0  # a warning, not a failure
    assert seen == [True]  # the real content has contacts with publiek: false
    out, err = capsys.readouterr()
    assert "Alles in orde" in out
    assert "waarschuwing: content/_data/contacten.yml" in err


@pytest.mark.parametrize(
    ("zoek", "vervang", "melding"),
    [
        ("  name: material\n", "\tname: material\n", "er staat een tab; spring in met spaties, niet met tabs"),
        ("  name: material\n", "   name: material\n", "controleer het inspringen"),
        ("site_url: ", " site_url: ", "controleer het inspringen"),
        ("  language: nl\n", "  language: nl\n   font: false\n", "controleer het inspringen"),
        ("  - kbz-menu:", "  - kbz-menuu:", "de instelling 'plugins' klopt niet"),
    ],
    ids=["tab", "inspringen-te-diep", "inspringen-bovenaan", "inspringen-onder-een-regel", "plugin-tikfout"],
)
def test_make_build_says_a_broken_mkdocs_yml_in_dutch(tmp_path: Path, zoek: str, vervang: str, melding: str) -> None:
    """`make build` (Netlify) runs `kbz-site build`: a broken mkdocs.yml is a Dutch
    mkdocs.yml:regel: message, exit 1, no traceback, and the last good site stays."""
    assert "kbz-site build" in (ROOT / "Makefile").read_text(encoding="utf-8").split("\nbuild:", 1)[1].split("\n\n")[0]
    project = copy_project(tmp_path / "p")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert zoek in text
    broken = text.replace(zoek, vervang, 1)
    config.write_text(broken, encoding="utf-8")
    site = project / "site"
    site.mkdir()
    (site / "index.html").write_text("vorige site", encoding="utf-8")

    result = kbz_site("build", cwd=project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Error" not in result.stderr and "Config value" not in result.stderr
    hits = [line for line in result.stderr.splitlines() if line.startswith("mkdocs.yml:") and melding in line]
    assert hits, result.stderr
    line = int(hits[0].split(":")[1])
    changed = next(n for n, (a, b) in enumerate(zip(broken.splitlines(), text.splitlines(), strict=False), 1) if a != b)
    if "instelling" in melding:  # a wrong setting: the line where that setting begins
        assert broken.splitlines()[line - 1].startswith("plugins:"), result.stderr
    else:
        assert line in (changed, changed + 1), (line, changed, result.stderr)  # where YAML noticed it
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "vorige site"
    assert main(["--project", str(project), "check"]) == 1  # check says the same


def test_kbz_site_build_outside_a_project_is_one_dutch_line(tmp_path: Path) -> None:
    result = kbz_site("build", cwd=tmp_path)
    assert result.returncode == 2 and "geen mkdocs.yml gevonden" in result.stderr and "Traceback" not in result.stderr
