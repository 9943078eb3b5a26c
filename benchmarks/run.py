"""Benchmark trusthub against plain Material for MkDocs on the same synthetic trust.

    make bench                                   # N=100, 3 runs each
    python benchmarks/run.py --schools 25 --runs 1
    python benchmarks/run.py --growth 25,50,100,200 --runs 1

In one run, on the same generated trust, it times `trusthub build --engine E` for
each engine (MkDocs, the default; ProperDocs; Zensical) with a warm cache and with
an empty one, the MkDocs plugin (`mkdocs build` with trusthub in its plugins), a
plain Material build of the same Markdown with Material's default navigation, the
same with no navigation at all (the floor), and `trusthub check`; each in a fresh
process, median of several runs, interleaved. The SPEC §10 ratios are those of the
default engine. It reports ratios, peak memory, page sizes, and writes the table as
JSON to benchmarks/out/results.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

from synth import make_trust  # noqa: E402

PLAIN_CONFIG = """site_name: Plain Material
docs_dir: docs
theme:
  name: material
  font: false
{custom_dir}plugins:
  - search
markdown_extensions: [abbr, admonition, attr_list, def_list, md_in_html, tables, toc,
  pymdownx.details, pymdownx.superfences]
"""

MEASURE = """
import resource, sys, time
from pathlib import Path
start = time.perf_counter()
{body}
elapsed = time.perf_counter() - start
who = (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)  # engines run as child processes
peak = max(resource.getrusage(w).ru_maxrss for w in who)
print(elapsed, peak * 1024)
"""


def _measure(body: str, cwd: Path) -> tuple[float, int]:
    """Run ``body`` in a fresh Python; return (seconds, peak RSS bytes)."""
    code = MEASURE.format(body=body)
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"benchmark step failed:\n{done.stderr[-3000:]}")
    seconds, rss = done.stdout.strip().splitlines()[-1].split()
    return float(seconds), int(rss)


def _median(runs: list[tuple[float, int]]) -> dict[str, float]:
    return {
        "seconds": statistics.median(r[0] for r in runs),
        "peak_rss_mb": max(r[1] for r in runs) / 2**20,
    }


def prepare(schools: int, seed: int) -> tuple[Path, Path, Path]:
    """The synthetic trust and two plain-Material projects of the same Markdown."""
    from trusthub.content.repo import load_repo
    from trusthub.site.export import write_docs_tree
    from trusthub.site.plan import plan_site

    trust = make_trust(OUT / f"trust-{schools}", schools, seed)
    repo, _report = load_repo(trust)
    plan = plan_site(repo)
    plain = OUT / f"plain-{schools}"
    shutil.rmtree(plain, ignore_errors=True)
    write_docs_tree(repo, plan, plain / "docs")
    (plain / "mkdocs.yml").write_text(PLAIN_CONFIG.format(custom_dir=""))
    floor = OUT / f"floor-{schools}"
    shutil.rmtree(floor, ignore_errors=True)
    shutil.copytree(plain / "docs", floor / "docs")
    (floor / "overrides" / "partials").mkdir(parents=True)
    (floor / "overrides" / "partials" / "nav.html").write_text("")
    (floor / "mkdocs.yml").write_text(PLAIN_CONFIG.format(custom_dir="  custom_dir: overrides\n"))
    return trust, plain, floor


def trusthub_build(trust: Path, cold: bool) -> str:
    clear = (
        f"import shutil; shutil.rmtree({str(trust / '.cache')!r}, ignore_errors=True)\n"
        if cold
        else ""
    )
    return (
        clear + "from trusthub.adapters.mkdocs_run import run_build\n"
        f"run_build(Path({str(trust)!r}), site_dir=Path({str(trust / 'site')!r}))"
    )


ENGINES = ("mkdocs", "properdocs", "zensical")


def engine_build(trust: Path, engine: str, cold: bool) -> str:
    """`trusthub build --engine …`: the build tree, then the engine in a process of its own."""
    clear = (
        f"import shutil; shutil.rmtree({str(trust / '.cache')!r}, ignore_errors=True)\n"
        if cold
        else ""
    )
    return (
        clear + "from trusthub.adapters.engines import build_site\n"
        f"build_site(Path({str(trust)!r}), {engine!r}, site_dir=Path({str(trust / engine)!r}))"
    )


def edit_then_build(trust: Path, engine: str) -> str:
    """A warm build after one school page changed (the rest of the tree is reused)."""
    school = sorted(p for p in (trust / "schools").iterdir() if p.is_dir())[0]
    page = sorted(school.glob("*.md"))[0]
    return (
        f"page = Path({str(page)!r})\n"
        "text = page.read_text().split('\\nEdited at ')[0]\n"
        "page.write_text(text + f'\\nEdited at {time.time_ns()}.\\n')\n"
        + engine_build(trust, engine, cold=False)
    )


def mkdocs_build(project: Path) -> str:
    return (
        "from mkdocs.commands.build import build\nfrom mkdocs.config import load_config\n"
        f"build(load_config({str(project / 'mkdocs.yml')!r}, "
        f"site_dir={str(project / 'site')!r}))"
    )


def check(trust: Path) -> str:
    return f"from trusthub.governance.check import check_repo\ncheck_repo(Path({str(trust)!r}))"


def page_sizes(site: Path) -> dict[str, float]:
    sizes = sorted(p.stat().st_size for p in site.rglob("*.html"))
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    return {
        "pages": len(sizes),
        "median_page_kb": statistics.median(sizes) / 1000,
        "largest_page_kb": sizes[-1] / 1000,
        "site_mb": total / 1e6,
    }


def benchmark(schools: int, runs: int, seed: int) -> dict[str, object]:
    trust, plain, floor = prepare(schools, seed)
    steps = {
        "plugin_cold": lambda: _measure(trusthub_build(trust, cold=True), trust),
        "plugin_warm": lambda: _measure(trusthub_build(trust, cold=False), trust),
        "material_default_nav": lambda: _measure(mkdocs_build(plain), plain),
        "material_no_nav": lambda: _measure(mkdocs_build(floor), floor),
        "trusthub_check": lambda: _measure(check(trust), trust),
    }
    for engine in ENGINES:
        steps[f"{engine}_cold"] = lambda e=engine: _measure(engine_build(trust, e, True), trust)
        steps[f"{engine}_warm"] = lambda e=engine: _measure(engine_build(trust, e, False), trust)
        steps[f"{engine}_edit"] = lambda e=engine: _measure(edit_then_build(trust, e), trust)
    results: dict[str, list[tuple[float, int]]] = {name: [] for name in steps}
    for _ in range(runs):  # interleave, so drift on the machine affects every step alike
        for name, step in steps.items():
            results[name].append(step())
            print(f"  {name}: {results[name][-1][0]:.2f} s", file=sys.stderr)
    table = {name: _median(r) for name, r in results.items()}
    warm = table["mkdocs_warm"]["seconds"]
    return {
        "schools": schools,
        "runs": runs,
        **{k: v for k, v in table.items()},
        "ratios": {
            "warm_vs_no_nav": warm / table["material_no_nav"]["seconds"],
            "default_nav_vs_warm": table["material_default_nav"]["seconds"] / warm,
            "cold_vs_warm": table["mkdocs_cold"]["seconds"] / warm,
            "plugin_warm_vs_no_nav": table["plugin_warm"]["seconds"]
            / table["material_no_nav"]["seconds"],
            **{
                f"{engine}_warm_vs_no_nav": table[f"{engine}_warm"]["seconds"]
                / table["material_no_nav"]["seconds"]
                for engine in ENGINES
            },
        },
        "trusthub_site": page_sizes(trust / "mkdocs"),
        "material_default_nav_site": page_sizes(plain / "site"),
    }


def print_table(result: dict) -> None:  # type: ignore[type-arg]
    print(
        f"\nN = {result['schools']} schools, {result['trusthub_site']['pages']} pages, "
        f"median of {result['runs']} run(s) — {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}"
    )
    print(f"{'step':<24}{'seconds':>10}{'peak MB':>10}")
    for name in (
        *(f"{engine}_{kind}" for engine in ENGINES for kind in ("warm", "edit", "cold")),
        "plugin_warm",
        "plugin_cold",
        "material_default_nav",
        "material_no_nav",
        "trusthub_check",
    ):
        row = result[name]
        print(f"{name:<24}{row['seconds']:>10.2f}{row['peak_rss_mb']:>10.0f}")
    r, s = result["ratios"], result["trusthub_site"]
    print(f"\nwarm / no-nav floor      {r['warm_vs_no_nav']:.2f}×   (target ≤ 1.3, default engine)")
    for engine in ENGINES:
        print(f"--engine {engine:<11} warm / no-nav floor  {r[f'{engine}_warm_vs_no_nav']:.2f}×")
    print(f"plugin (mkdocs build)     warm / no-nav floor  {r['plugin_warm_vs_no_nav']:.2f}×")
    print(f"default nav / warm       {r['default_nav_vs_warm']:.2f}×   (target ≥ 3)")
    print(f"cold / warm              {r['cold_vs_warm']:.2f}×   (target ≤ 2.5)")
    print(
        f"median page              {s['median_page_kb']:.1f} KB (target ≤ 25); largest "
        f"{s['largest_page_kb']:.1f} KB; site {s['site_mb']:.1f} MB"
    )
    print(
        f"material default-nav median page "
        f"{result['material_default_nav_site']['median_page_kb']:.1f} KB"
    )


def growth(sizes: list[int], runs: int, seed: int) -> list[dict[str, float]]:
    rows = []
    for n in sizes:
        trust = make_trust(OUT / f"trust-{n}", n, seed)
        _measure(engine_build(trust, "mkdocs", cold=True), trust)
        timing = [_measure(engine_build(trust, "mkdocs", cold=False), trust) for _ in range(runs)]
        pages = page_sizes(trust / "mkdocs")["pages"]
        seconds = statistics.median(t[0] for t in timing)
        rows.append(
            {
                "schools": n,
                "pages": pages,
                "warm_seconds": seconds,
                "ms_per_page": 1000 * seconds / pages,
            }
        )
        per_page = 1000 * seconds / pages
        print(f"N={n:<4} pages={pages:<6} warm={seconds:6.2f} s  {per_page:.1f} ms/page")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--schools", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--growth", type=str, default="", help="comma-separated school counts for the growth table"
    )
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    if args.growth:
        rows = growth([int(n) for n in args.growth.split(",")], args.runs, args.seed)
        (OUT / "growth.json").write_text(json.dumps(rows, indent=2))
        return
    started = time.perf_counter()
    result = benchmark(args.schools, args.runs, args.seed)
    result["machine"] = {
        "cpus": __import__("os").cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
    print_table(result)
    (OUT / "results.json").write_text(json.dumps(result, indent=2))
    print(f"\nwrote {OUT / 'results.json'} in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
