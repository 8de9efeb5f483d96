"""Flowcharts drawn at build time: an SVG for inline use, cached by content, a Dutch error without Graphviz."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbz_site.stroomschema import RenderError, Stroomschema, dot_source, render_svgs

from .support import ROOT, build, copy_project

# Citations are checked against the source texts only when the build passes them in.
BRON = {"bron": "kader", "citaat": "een citaat uit het kader"}
CHART = Stroomschema.model_validate(
    {
        "titel": "T",
        "stappen": [
            {"tekst": 'Een "stap" met aanhalingstekens en <tekens> & meer', **BRON},
            {"vraag": "Verder?", "keuzes": {"ja": "klaar", "nee": "einde"}, **BRON},
            {"id": "klaar", "tekst": "Klaar", **BRON},
        ],
    }
)


def test_svg_is_inline_ready_hidden_and_holds_real_text(tmp_path: Path) -> None:
    (svg,) = render_svgs([dot_source(CHART)], ROOT / "node_modules", tmp_path)
    assert svg.startswith('<svg aria-hidden="true" focusable="false" class="kbz-stroomschema-svg"')
    assert "<?xml" not in svg and "<title>" not in svg and 'width="' not in svg.split(">")[0].replace("max-width", "")
    assert "&lt;tekens&gt; &amp; meer" in svg or "&lt;tekens&gt;" in svg  # escaped by Graphviz
    assert svg.count('class="node"') == 3 and ">ja<" in svg and ">nee<" not in svg  # "nee" goes to the end


def test_an_unchanged_chart_is_not_drawn_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = render_svgs([dot_source(CHART)], ROOT / "node_modules", tmp_path)
    monkeypatch.setattr("kbz_site.stroomschema.render.shutil.which", lambda name: None)  # no Node now
    assert render_svgs([dot_source(CHART)], ROOT / "node_modules", tmp_path) == first  # the cache answers
    with pytest.raises(RenderError, match="Node.js ontbreekt"):
        render_svgs([dot_source(CHART).replace("Klaar", "Anders")], ROOT / "node_modules", tmp_path)
    with pytest.raises(RenderError, match="@viz-js/viz ontbreekt"):
        render_svgs([dot_source(CHART)], tmp_path / "geen-node_modules", tmp_path)


def test_synonym_that_finds_nothing_fails_the_build_at_its_line(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    data = project / "content/_data/synoniemen.yml"
    data.write_text(data.read_text(encoding="utf-8") + "  - zoekwoorden: [iets]\n    vindt: bestaatnergens\n")
    line = len(data.read_text(encoding="utf-8").splitlines())
    result = build(project, tmp_path / "site")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"content/_data/synoniemen.yml:{line}: 'bestaatnergens' staat op geen enkele pagina" in result.stderr
