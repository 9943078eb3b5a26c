"""Lighthouse (mobile) on a built site served with gzip: median scores of several runs.

    npm install --no-save --prefix benchmarks lighthouse@13   # once (make bench does it)
    python benchmarks/lighthouse.py                    # the 100-school trust of `make bench`
    python benchmarks/lighthouse.py --site site --school brookfield --runs 3   # the demo

Serves ``--site`` from a small local static server that gzips text (as any real host
does), runs Lighthouse with Debian's Chromium for each page ``--runs`` times and prints
the median of each category, the largest contentful paint and the bytes transferred.
Scores on a 2-core machine are noisy: take medians, and run nothing else meanwhile.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import io
import json
import shutil
import statistics
import subprocess
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGE_TYPES = {
    "trust home": "",
    "directory": "schools/",
    "school home": "schools/{school}/",
    "school page": "schools/{school}/curriculum/",
    "strategy": "strategy/",
    "brand": "brand/",
}
"""The pages SPEC §10 holds to Lighthouse 95: trust home, directory, a school home, a
school's own page, strategy and brand."""
DEFAULT_SITE = HERE / "out" / "trust-100" / "mkdocs"
"""The 100-school trust as `benchmarks/run.py` builds it with the default engine."""


def first_school(site: Path) -> str:
    """The first school (by slug) with a curriculum page: every page type exists for it."""
    return sorted(p.parent.name for p in (site / "schools").glob("*/curriculum"))[0]


CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TEXT = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


class GzipHandler(SimpleHTTPRequestHandler):
    """Static files, text gzipped when the browser accepts it."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in TEXT and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)


def serve(site: Path) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def lighthouse(url: str, out: Path) -> dict[str, float]:
    binary = shutil.which("lighthouse") or str(HERE / "node_modules" / ".bin" / "lighthouse")
    subprocess.run(
        [
            binary,
            url,
            "--chrome-path=/usr/bin/chromium",
            "--chrome-flags=--headless=new --no-sandbox",
            "--form-factor=mobile",
            "--only-categories=" + ",".join(CATEGORIES),
            "--output=json",
            f"--output-path={out}",
            "--quiet",
        ],
        check=True,
        timeout=300,
    )
    report = json.loads(out.read_text())
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    audits = report["audits"]
    scores["lcp_s"] = audits["largest-contentful-paint"]["numericValue"] / 1000
    scores["kb"] = audits["total-byte-weight"]["numericValue"] / 1024
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=DEFAULT_SITE)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--school", default=None, help="a school's slug (default: the first)")
    args = parser.parse_args()
    school = args.school or first_school(args.site)
    server, base = serve(args.site)
    print(f"{'page':42} {'perf':>5} {'a11y':>5} {'bp':>5} {'seo':>5} {'LCP s':>6} {'KB':>6}")
    table = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in PAGE_TYPES.items():
            url = f"{base}/{path.format(school=school)}"
            runs = [lighthouse(url, Path(tmp) / "out.json") for _ in range(args.runs)]
            median = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
            table[name] = {"path": "/" + path.format(school=school), **median}
            label = f"{name} (/{path.format(school=school)})"
            print(
                f"{label[:42]:42} {median['performance']:5.0f} {median['accessibility']:5.0f} "
                f"{median['best-practices']:5.0f} {median['seo']:5.0f} "
                f"{median['lcp_s']:6.1f} {median['kb']:6.0f}",
                flush=True,
            )
    server.shutdown()
    (HERE / "out").mkdir(exist_ok=True)
    (HERE / "out" / "lighthouse.json").write_text(json.dumps({"runs": args.runs, "pages": table}))


if __name__ == "__main__":
    main()
