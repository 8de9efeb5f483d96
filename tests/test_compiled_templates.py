"""Compiled templates kept on disk (.cache/kbz-jinja): used by a new process, never stale, never fatal."""

from __future__ import annotations

from pathlib import Path

import jinja2

from kbz_site.plugins.common import CompiledTemplates


def _env(folder: Path, templates: Path, trim: bool = False) -> tuple[jinja2.Environment, CompiledTemplates]:
    cache = CompiledTemplates()  # a new process: nothing in memory
    cache.folder = folder
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(templates), trim_blocks=trim, bytecode_cache=cache)
    return env, cache


def _compiles(env: jinja2.Environment, monkeypatch) -> list[str]:
    seen: list[str] = []
    compile_ = env.compile

    def counted(source, name=None, filename=None, raw=False, defer_init=False):
        seen.append(name)
        return compile_(source, name, filename, raw, defer_init)

    monkeypatch.setattr(env, "compile", counted)
    return seen


def test_a_new_process_uses_the_kept_code_and_an_edit_compiles_again(tmp_path: Path, monkeypatch) -> None:
    templates, folder = tmp_path / "t", tmp_path / "cache"
    templates.mkdir()
    (templates / "a.html").write_text("{% if x %}ja{% endif %}\n{{ x }}", encoding="utf-8")

    env, _ = _env(folder, templates)
    first = env.get_template("a.html").render(x=1)
    env, _ = _env(folder, templates)
    seen = _compiles(env, monkeypatch)
    assert env.get_template("a.html").render(x=1) == first and seen == []

    (templates / "a.html").write_text("anders {{ x }}", encoding="utf-8")
    env, _ = _env(folder, templates)
    seen = _compiles(env, monkeypatch)
    assert env.get_template("a.html").render(x=1) == "anders 1" and seen == ["a.html"]


def test_other_settings_get_their_own_code(tmp_path: Path) -> None:
    templates, folder = tmp_path / "t", tmp_path / "cache"
    templates.mkdir()
    (templates / "a.html").write_text("{% if x %}\nja\n{% endif %}", encoding="utf-8")
    plain, _ = _env(folder, templates, trim=False)
    trimmed, _ = _env(folder, templates, trim=True)
    assert plain.get_template("a.html").render(x=1) == "\nja\n"
    assert trimmed.get_template("a.html").render(x=1) == "ja\n"


def test_a_damaged_cache_file_is_compiled_again(tmp_path: Path) -> None:
    templates, folder = tmp_path / "t", tmp_path / "cache"
    templates.mkdir()
    (templates / "a.html").write_text("{{ x }}!", encoding="utf-8")
    env, _ = _env(folder, templates)
    env.get_template("a.html")
    [kept] = folder.glob("*.bc")
    kept.write_bytes(kept.read_bytes()[:20] + b"kapot")
    env, _ = _env(folder, templates)
    assert env.get_template("a.html").render(x=2) == "2!"
