"""Benchmark: what our plugins add to `mkdocs build`, and how fast an edit shows in `make serve`.

    python bench/build.py [--sizes 500 2000] [--sections 40] [--runs 1] [--edits 5]

Builds the real site and generated sites (N pages in 40 sections) with our plugins on
and off, in one run, and prints the ratio ours/plain; Python-Markdown alone on the same
pages is the floor. Then measures edit-to-preview: from saving a page to `mkdocs serve`
serving the new HTML. Timings are wall-clock on this machine; compare ratios, not seconds.
The load average is printed with each figure: on a shared machine the seconds mean little.
Flowcharts are drawn by Node once per machine (the cache in .cache/kbz-stroomschema is
shared with the project), so the builds measure our plugins, not Graphviz's first start.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import markdown
import yaml

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
WORDS = (
    "huisarts buurtteam samenwerking wijk patiënt zorg welzijn praktijk ondersteuning gezondheid "
    "overleg scholing afspraken domein basiszorg aandachtswijk verwijzing gesprek model team"
).split()


def config_without_our_plugins(config: dict) -> dict:
    plain = dict(config)
    plain["plugins"] = [
        p for p in config["plugins"] if not str(next(iter(p)) if isinstance(p, dict) else p).startswith("kbz-")
    ]
    return plain


def load_config() -> dict:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, s, n: f"!!python/name:{s}")
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)


def dump_config(config: dict, path: Path) -> None:
    text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
    # restore the python/name tags that safe_dump wrote as strings
    text = text.replace("'!!python/name:", "!!python/name:").replace("fence_code_format'", "fence_code_format")
    path.write_text(text, encoding="utf-8")


def make_project(dest: Path, pages: int, sections: int) -> Path:
    """Our real content and templates, plus `pages` generated pages in `sections` sections."""
    docs = dest / "content"
    shutil.copytree(ROOT / "content", docs)
    (dest / "node_modules").symlink_to(ROOT / "node_modules")
    _share_cache(dest)
    shutil.copytree(ROOT / "templates", dest / "templates")
    shutil.copytree(ROOT / "bronteksten", dest / "bronteksten")
    for n in range(pages):
        section = docs / f"sectie-{n % sections:02d}"
        section.mkdir(exist_ok=True)
        body = "\n\n".join(
            f"## Kop {k}\n\n" + " ".join(WORDS[(n + k + i) % len(WORDS)] for i in range(60)) for k in range(5)
        )
        (section / f"pagina-{n:04d}.md").write_text(
            f"---\ntitle: Pagina {n}\nbronnen: [kader, afsprakenstelsel]\n---\n\n# Pagina {n}\n\n{body}\n",
            encoding="utf-8",
        )
    # Each section in the menu, as an editor's new folder would be (plugin awesome-nav).
    used = sorted({n % sections for n in range(pages)})
    for s in used:
        (docs / f"sectie-{s:02d}" / ".nav.yml").write_text(f"title: Sectie {s}\n", encoding="utf-8")
    menu = docs / ".nav.yml"
    menu.write_text(menu.read_text(encoding="utf-8") + "".join(f"  - sectie-{s:02d}\n" for s in used), encoding="utf-8")
    return dest


def _share_cache(project: Path) -> None:
    (ROOT / ".cache").mkdir(exist_ok=True)
    (project / ".cache").symlink_to(ROOT / ".cache")


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text(encoding="utf-8").split()[:3])
    except OSError:
        return "?"


def timed_build(project: Path, config: dict, name: str) -> float:
    cfg = project / f"{name}.yml"
    dump_config({**config, "docs_dir": "content", "site_dir": f"site-{name}"}, cfg)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(cfg)], cwd=project, env=ENV, check=True)
    return time.perf_counter() - start


def markdown_floor(project: Path, config: dict) -> float:
    extensions = [e if isinstance(e, str) else next(iter(e)) for e in config["markdown_extensions"]]
    pages = [p.read_text(encoding="utf-8") for p in (project / "content").rglob("*.md")]
    start = time.perf_counter()
    md = markdown.Markdown(extensions=[e for e in extensions if e != "pymdownx.superfences"])
    for text in pages:
        md.reset().convert(text)
    return time.perf_counter() - start


def compare(project: Path, label: str, runs: int) -> dict:
    config = load_config()
    if label != "echte site":
        config.pop("nav", None)
    ours, plain = [], []
    for _ in range(runs):  # interleaved, so drift on the machine hits both alike
        plain.append(timed_build(project, config_without_our_plugins(config), "plain"))
        ours.append(timed_build(project, config, "ours"))
    return {
        "load": load_average(),
        "label": label,
        "plain": min(plain),
        "ours": min(ours),
        "ratio": min(ours) / min(plain),
        "floor": markdown_floor(project, config),
        "html_kb": _mean_page_kb(project / "site-ours"),
    }


def _mean_page_kb(site: Path) -> float:
    pages = list(site.rglob("*.html"))
    return sum(p.stat().st_size for p in pages) / len(pages) / 1024


def edit_to_preview(runs: int = 5) -> list[float]:
    """Seconds from saving a page to `mkdocs serve` serving the changed HTML."""
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        for name in ("content", "templates", "bronteksten"):
            shutil.copytree(ROOT / name, project / name)
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
        (project / "node_modules").symlink_to(ROOT / "node_modules")
        _share_cache(project)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen(
            # as `make serve` runs it
            [
                sys.executable,
                "-m",
                "mkdocs",
                "serve",
                "-q",
                "--dirty",
                "--no-strict",
                "--dev-addr",
                f"127.0.0.1:{port}",
            ],
            cwd=project,
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}/samenwerking/"
        try:
            _wait_for(url, "Samenwerking", timeout=120)
            page = project / "content/samenwerking/index.md"
            original = page.read_text(encoding="utf-8")
            times = []
            for n in range(runs):
                time.sleep(1.5)  # a new edit, not one that the previous rebuild still picks up
                marker = f"meetpunt-{n}-{time.time_ns()}"
                start = time.perf_counter()
                page.write_text(original + f"\n{marker}\n", encoding="utf-8")
                _wait_for(url, marker, timeout=120)
                times.append(time.perf_counter() - start)
            return times
        finally:
            server.terminate()
            server.wait(timeout=30)


def _wait_for(url: str, text: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if text in response.read().decode("utf-8"):
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{url} toonde '{text}' niet binnen {timeout} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000])
    parser.add_argument("--sections", type=int, default=40)
    parser.add_argument("--runs", type=int, default=1, help="builds per site and variant (the fastest counts)")
    parser.add_argument("--edits", type=int, default=5, help="edits measured in mkdocs serve (the median counts)")
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        real = Path(tmp) / "real"
        real.mkdir()
        for name in ("content", "templates", "bronteksten"):
            shutil.copytree(ROOT / name, real / name)
        (real / "node_modules").symlink_to(ROOT / "node_modules")
        _share_cache(real)
        rows.append(compare(real, "echte site", args.runs))
        for size in args.sizes:
            project = make_project(Path(tmp) / f"gen-{size}", size, args.sections)
            rows.append(compare(project, f"{size} pagina's / {args.sections} secties", args.runs))

    print(
        "| site | plain (s) | met onze plugins (s) | ratio ours/plain "
        "| Python-Markdown alleen (s) | HTML per pagina (KB) | load average |"
    )
    print("|---|---:|---:|---:|---:|---:|---|")
    for r in rows:
        print(
            f"| {r['label']} | {r['plain']:.2f} | {r['ours']:.2f} | {r['ratio']:.3f} "
            f"| {r['floor']:.2f} | {r['html_kb']:.0f} | {r['load']} |"
        )
    if args.edits < 1:  # --edits 0: only the builds
        return
    times = edit_to_preview(args.edits)
    print(
        f"\nedit-to-preview (mkdocs serve --dirty, echte site): mediaan {statistics.median(times):.2f} s over "
        f"{len(times)} keer: " + ", ".join(f"{t:.2f}" for t in times) + f" (load average {load_average()})"
    )


if __name__ == "__main__":
    main()
