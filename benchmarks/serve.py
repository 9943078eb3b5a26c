"""How long `trusthub serve` takes to show an edit to one school page (live preview).

    python benchmarks/serve.py --schools 100     # each engine: whole site, and --school preview

Starts the server on a free localhost port, waits for the first build, appends a
marker to one school page and times until the served page shows it.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synth import make_trust  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode())
    except OSError:
        return ""


def wait_for(
    url: str, text: str, limit: float, server: subprocess.Popen[bytes] | None = None
) -> float:
    """Seconds until ``url`` shows ``text`` (AssertionError after ``limit`` seconds, or if
    ``server`` stops meanwhile)."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if text in fetch(url):
            return time.perf_counter() - start
        assert server is None or server.poll() is None, "the preview server stopped"
        time.sleep(0.1)
    raise AssertionError(f"{url} did not show {text!r} within {limit:.0f} s")


def measure(trust: Path, extra: list[str]) -> tuple[float, float]:
    """(first build, rebuild after an edit) in seconds."""
    slug = sorted(p.name for p in (trust / "schools").iterdir())[0]
    page = next(p for p in sorted((trust / "schools" / slug).glob("*.md")))
    port = free_port()
    url = f"http://127.0.0.1:{port}/schools/{slug}/{page.stem}/"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "trusthub.adapters.cli",
            "serve",
            "--root",
            str(trust),
            "--dev-addr",
            f"127.0.0.1:{port}",
            *extra,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        first = wait_for(url, "<html", 600)
        marker = f"LIVE-EDIT-{time.time_ns()}"
        original = page.read_text(encoding="utf-8")
        page.write_text(original + f"\n\n{marker}\n", encoding="utf-8")
        try:
            rebuild = wait_for(url, marker, 600)
        finally:
            page.write_text(original, encoding="utf-8")
        return first, rebuild
    finally:
        server.terminate()
        server.wait(timeout=30)


ENGINES = ("mkdocs", "properdocs", "zensical")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--schools", type=int, default=100)
    parser.add_argument("--engines", default=",".join(ENGINES))
    args = parser.parse_args()
    trust = make_trust(HERE / "out" / f"serve-{args.schools}", args.schools)
    slug = sorted(p.name for p in (trust / "schools").iterdir())[0]
    rows = []
    for engine in args.engines.split(","):
        for label, extra in (("whole site", []), (f"--school {slug}", ["--school", slug])):
            first, rebuild = measure(trust, ["--engine", engine, *extra])
            rows.append({"engine": engine, "preview": label, "first": first, "edit": rebuild})
            print(
                f"trusthub serve --engine {engine:<10} {label:<32} first build {first:6.1f} s, "
                f"edit shown after {rebuild:5.1f} s",
                flush=True,
            )
    (HERE / "out" / "serve.json").write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
