"""What a phone downloads: bytes of a first load per page type, and of a first search.

    python benchmarks/budgets.py                         # the 100-school trust of `make bench`
    python benchmarks/budgets.py --site SITE --plain PLAIN_SITE --school SLUG

Serves each built site with gzip (as any real host does; see ``lighthouse.py``), opens
each page type in headless Chromium with an empty cache at a phone's size, and adds up
the bytes on the wire by kind: HTML, CSS, JS, fonts, images and the rest (search files
among them). Plain Material is measured on the same pages of the same Markdown
(``run.py`` builds it), so the table shows what trusthub adds or saves. Then a first
search: from a school's home to its first results, as a parent would do it; on plain
Material that is the search index its every page downloads. Writes
``benchmarks/out/budgets.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

from lighthouse import DEFAULT_SITE, PAGE_TYPES, first_school, serve  # noqa: E402

KINDS = ("html", "css", "js", "font", "image", "other")
SEARCH_WORD = "curriculum"
PHONE = {"width": 390, "height": 844}


def kind_of(url: str, content_type: str) -> str:
    """Which budget a response counts against, by its content type (then its name)."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    if "html" in content_type:
        return "html"
    if "css" in content_type or path.endswith(".css"):
        return "css"
    if "javascript" in content_type or path.endswith((".js", ".mjs")):
        return "js"
    if "font" in content_type or path.endswith((".woff2", ".woff", ".ttf")):
        return "font"
    if content_type.startswith("image/"):
        return "image"
    return "other"


def _record(page: Any) -> list[tuple[str, str, int]]:
    """Every finished response of ``page``'s context: URL, kind, bytes on the wire."""
    from playwright.sync_api import Error

    seen: list[tuple[str, str, int]] = []

    def finished(request: Any) -> None:
        try:
            response = request.response()
            sizes = request.sizes()
        except Error:  # the page closed meanwhile
            return
        if response is None or request.url.startswith("data:"):
            return
        wire = sizes["responseBodySize"] + sizes["responseHeadersSize"]
        kind = kind_of(request.url, response.headers.get("content-type", ""))
        seen.append((request.url, kind, wire))

    page.context.on("requestfinished", finished)
    return seen


def first_load(browser: Any, url: str) -> dict[str, int]:
    """Bytes by kind that a phone with an empty cache downloads to show ``url``."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    seen = _record(page)
    page.goto(url, wait_until="networkidle")
    context.close()
    totals = dict.fromkeys(KINDS, 0)
    for _url, kind, size in seen:
        totals[kind] += size
    totals["total"] = sum(totals[k] for k in KINDS)
    return totals


def first_search(browser: Any, base: str, school: str, plain: bool) -> dict[str, int]:
    """Bytes from a school's home to the first results of a search, beyond the home itself.

    trusthub: the header's search link, then a word typed into Pagefind's box; plain
    Material: its search box, whose whole index the page has already asked for."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    seen = _record(page)
    page.goto(f"{base}/schools/{school}/", wait_until="networkidle")
    home = {url for url, _kind, _size in seen}
    if plain:
        search = [(u, k, s) for u, k, s in seen if "search" in u]
        context.close()
        return {"bytes": sum(s for _u, _k, s in search), "requests": len(search)}
    seen.clear()
    page.get_by_role("link", name="Search").first.click()
    page.get_by_role("searchbox").fill(SEARCH_WORD)
    page.wait_for_selector(".th-search__result")
    page.wait_for_load_state("networkidle")
    context.close()
    fetched = [(u, k, s) for u, k, s in seen if u not in home]
    return {"bytes": sum(s for _u, _k, s in fetched), "requests": len(fetched)}


def measure(site: Path, school: str, plain: bool) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    server, base = serve(site)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            pages = {
                name: first_load(browser, f"{base}/{path.format(school=school)}")
                for name, path in PAGE_TYPES.items()
            }
            search = first_search(browser, base, school, plain)
            browser.close()
    finally:
        server.shutdown()
    return {"pages": pages, "first_search": search}


def print_table(ours: dict[str, Any], plain: dict[str, Any] | None) -> None:
    print(f"{'page type (KB gzipped)':24}" + "".join(f"{k:>7}" for k in (*KINDS, "total")))
    for name in PAGE_TYPES:
        for label, result in (("", ours), (" (Material)", plain)):
            if result is None:
                continue
            row = result["pages"][name]
            cells = "".join(f"{row[k] / 1024:7.1f}" for k in (*KINDS, "total"))
            print(f"{(name + label)[:24]:24}{cells}")
    search = ours["first_search"]
    print(f"first search: {search['bytes'] / 1024:.1f} KB in {search['requests']} requests")
    if plain is not None:
        print(f"plain Material's search index: {plain['first_search']['bytes'] / 1024:.1f} KB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=DEFAULT_SITE)
    parser.add_argument("--plain", type=Path, default=OUT / "plain-100" / "site")
    parser.add_argument("--school", default=None, help="a school's slug (default: the first)")
    args = parser.parse_args()
    school = args.school or first_school(args.site)
    ours = measure(args.site, school, plain=False)
    plain = measure(args.plain, school, plain=True) if args.plain.is_dir() else None
    print_table(ours, plain)
    OUT.mkdir(exist_ok=True)
    (OUT / "budgets.json").write_text(
        json.dumps({"school": school, "trusthub": ours, "material": plain}, indent=2)
    )


if __name__ == "__main__":
    main()
