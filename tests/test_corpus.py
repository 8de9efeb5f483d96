"""The corpus of broken inputs (tests/corpus/cases.yml): `kbz-site check` and
`mkdocs build` both name the file, the line and the problem in Dutch, never a traceback."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
import yaml

from kbz_site.cli import main

from .support import build_in_process, copy_project

CASES = yaml.safe_load((Path(__file__).parent / "corpus/cases.yml").read_text(encoding="utf-8"))


def break_project(project: Path, case: dict) -> int | None:
    """Apply the case; return the line the message must point at (None if it must pass)."""
    target = project / case["bestand"]
    text = target.read_text(encoding="utf-8") if target.exists() else ""
    if case.get("verwijder"):  # the message is about the file that needs it
        target.unlink()
        text = (project / case["ander_bestand"]).read_text(encoding="utf-8")
        return text.count("\n", 0, text.index(case["regel_bij"])) + 1
    if "inhoud" in case:
        text = case["inhoud"]
    elif "zoek" in case:
        assert case["zoek"] in text, f"{case['naam']}: tekst niet gevonden"
        text = text.replace(case["zoek"], case["vervang"], 1)
    target.parent.mkdir(parents=True, exist_ok=True)
    if "ander_bestand" in case:  # the message is about the file that depends on this one
        target.write_text(text, encoding="utf-8")
        other = (project / case["ander_bestand"]).read_text(encoding="utf-8")
        return other.count("\n", 0, other.index(case["regel_bij"])) + 1
    if case.get("latin1"):
        target.write_bytes(text.encode("latin-1"))
        first = next(i for i, ch in enumerate(text) if ord(ch) > 127)
        return text.count("\n", 0, first) + 1
    if case.get("crlf"):
        target.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    else:
        target.write_text(text, encoding="utf-8")
    if case.get("fout") is False:
        return None
    if "regel" in case:
        return case["regel"]
    index = text.find(case["regel_bij"])
    assert index >= 0, f"{case['naam']}: regel_bij niet gevonden"
    return text.count("\n", 0, index) + 1


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 70
    assert len({c["naam"] for c in CASES}) == len(CASES)


def _whole_build(case: dict) -> bool:
    """Cases only MkDocs' whole build can decide: a correct input (every page must build) and
    the menu files (kbz-menu and awesome-nav report while building, after every page is
    checked). Every other mistake stops the build at the content model, in a fraction of it."""
    return case.get("fout") is False or case["bestand"].endswith(".nav.yml")


def _batches(cases: list[dict]) -> list[list[dict]]:
    """Whole-build cases packed into as few projects as possible: correct inputs together,
    mistakes together, never two cases touching the same file (one cannot hide another)."""

    def files(case: dict) -> set[str]:
        return {case["bestand"], case.get("ander_bestand", case["bestand"])}

    batches: list[list[dict]] = []
    for case in cases:
        for batch in batches:
            same_kind = (batch[0].get("fout") is False) == (case.get("fout") is False)
            if same_kind and not files(case) & set().union(*map(files, batch)):
                batch.append(case)
                break
        else:
            batches.append([case])
    return batches


ALONE = [c for c in CASES if not _whole_build(c)]
BATCHES = _batches([c for c in CASES if _whole_build(c)])


def _check_and_build(tmp_path: Path, cases: list[dict]) -> tuple[list[tuple[dict, int | None]], list[tuple]]:
    """Apply ``cases`` to one copy of the project; run `kbz-site check` and the build."""
    project = copy_project(tmp_path / "project")
    lines = [(case, break_project(project, case)) for case in cases]
    # The last good site: a failed build must leave it byte for byte as it was.
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("vorige site", encoding="utf-8")
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["--project", str(project), "check"])
    status, log = build_in_process(project, site)
    return lines, [("check", err.getvalue(), code), ("build", log, status)]


def _assert_reported(tmp_path: Path, lines: list[tuple[dict, int | None]], runs: list[tuple]) -> None:
    if all(line is None for _, line in lines):
        assert [code for _, _, code in runs] == [0, 0], "\n".join(output for _, output, _ in runs)
        return
    site = tmp_path / "site"
    for name, output, exit_code in runs:
        assert exit_code == 1, f"{name}: {output}"
        assert "Traceback" not in output, f"{name}: {output}"
        for case, line in lines:
            expected = f"{case.get('ander_bestand', case['bestand'])}:{line}: "
            hits = [row for row in output.splitlines() if expected in row and case["melding"] in row]
            assert hits, f"{name}, {case['naam']}: expected {expected}...{case['melding']}\n{output}"
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "vorige site"
    assert not list(tmp_path.glob(".site*")), "the staging folder is left behind"


@pytest.mark.parametrize("case", ALONE, ids=[c["naam"] for c in ALONE])
def test_broken_input_is_reported_at_its_line(tmp_path: Path, case: dict) -> None:
    _assert_reported(tmp_path, *_check_and_build(tmp_path, [case]))


@pytest.mark.parametrize(
    "batch",
    BATCHES,
    ids=[f"{'correct' if b[0].get('fout') is False else 'mistakes'}-{i}" for i, b in enumerate(BATCHES)],
)
def test_cases_that_need_the_whole_build(tmp_path: Path, batch: list[dict]) -> None:
    """The same assertions, one build for a batch of cases in different files."""
    _assert_reported(tmp_path, *_check_and_build(tmp_path, batch))


# Mistakes that make a whole file unreadable hide the references into that file; every
# other mistake must still be reported when many are made at once.
_UNREADABLE = {"yaml-tab", "yaml-dubbele-punt", "leeg-bestand", "geen-utf8", "dubbele-sleutel", "pagina-geen-utf8"}


def _one_per_file() -> list[dict]:
    chosen, files = [], set()
    for case in CASES:
        if case.get("fout") is False or case.get("verwijder") or case["naam"] in _UNREADABLE:
            continue
        if case["bestand"] in files:
            continue
        files.add(case["bestand"])
        chosen.append(case)
    return chosen


def test_many_mistakes_at_once_are_all_reported_in_one_run(tmp_path: Path) -> None:
    cases = _one_per_file()
    assert len(cases) >= 12
    project = copy_project(tmp_path / "project")
    expected = [(f"{c.get('ander_bestand', c['bestand'])}:{break_project(project, c)}: ", c["melding"]) for c in cases]

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["--project", str(project), "check"])
    status, log = build_in_process(project, tmp_path / "site")
    for name, output, exit_code in (("check", err.getvalue(), code), ("build", log, status)):
        assert exit_code == 1
        missing = [e for e in expected if not any(e[0] in line and e[1] in line for line in output.splitlines())]
        assert not missing, f"{name} missed {missing}\n{output}"
