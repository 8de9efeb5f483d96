from pathlib import Path

from kbz_site.cli import main

from .support import ROOT, copy_project


def test_check_passes_on_the_real_content(capsys) -> None:
    assert main(["--project", str(ROOT), "check"]) == 0
    assert "Alles in orde" in capsys.readouterr().out


def test_check_lists_every_problem(tmp_path: Path, capsys) -> None:
    project = copy_project(tmp_path / "p")
    (project / "content/a.md").write_text("---\nbronnen: [nee]\n---\n# A\n", encoding="utf-8")
    (project / "content/b.md").write_text("---\ntitle: B\nbronnen:\n  - kader\n  - ook-niet\n---\n# B\n", encoding="utf-8")
    assert main(["--project", str(project), "check"]) == 1
    err = capsys.readouterr().err
    assert "content/a.md:2: onbekende bron 'nee'" in err
    assert "content/b.md:5: onbekende bron 'ook-niet'" in err
