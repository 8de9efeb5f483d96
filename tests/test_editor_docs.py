"""Every Markdown example in the editor handbook builds, and renders what it promises."""

from __future__ import annotations

import re
from pathlib import Path

from .support import ROOT, build, copy_project

EXAMPLES = re.findall(r"^````markdown\n(.*?)^````", (ROOT / "docs/editors.md").read_text(encoding="utf-8"), re.M | re.S)


def test_handbook_has_examples_of_every_extra() -> None:
    kinds = {m[1] for e in EXAMPLES if (m := re.match(r"```(\S+)", e))}
    assert {"kbz-parameters", "rekenvoorbeeld", "tariefgrafiek", "rekenhulp", "stroomschema", "contact"} <= kinds


def test_handbook_examples_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    body = "\n\n".join(EXAMPLES)
    (project / "content/proef.md").write_text(
        f"---\ntitle: Proef\nbronnen: [kader]\n---\n\n# Proef\n\n{body}\n", encoding="utf-8"
    )
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("not_in_nav: |\n", "not_in_nav: |\n  /proef.md\n"), encoding="utf-8"
    )
    site = tmp_path / "site"
    result = build(project, site)
    assert result.returncode == 0, result.stderr
    html = (site / "proef/index.html").read_text(encoding="utf-8")
    for rendered in (
        "kbz-parameters",
        "kbz-rekenvoorbeeld",
        "kbz-grafiek",
        "kbz-rekenhulp",
        "kbz-stroomschema",
        "kbz-contactkaart",
    ):
        assert rendered in html, rendered
    assert "```" not in html  # no block was left as code
