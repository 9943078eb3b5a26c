#!/usr/bin/env python3
"""Screenshot every page type of a built trusthub site.

    python scripts/screenshots.py --site site --out shots [--only home,brand] [--widths 390]

Serves --site with a local http.server on a free port (in a thread), then for
each page type takes, at 390x844 (mobile) and 1366x900, in light and dark:

    NAME-WIDTH-SCHEME.png        first screen (the viewport)
    NAME-WIDTH-SCHEME-full.png   whole page, clipped at 6000 px tall

Also the open menu (drawer) and the open search box ("menu-home",
"menu-primary", "menu-sixth", "search"). Writes manifest.json: per shot the
URL, HTTP status, page height, document width (wider than the viewport =
sideways scrolling), the elements that stick out past the right edge, boxes
that scroll sideways inside the page (wide tables in their scroll wrapper),
and console errors. A URL missing from the build is flagged "HTTP 404".
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
FULL_CAP = 6000

# page-type slug -> URL relative to the site root (real URLs of the demo site)
PAGES: dict[str, str] = {
    "home": "/",
    "schools": "/schools/",
    "values": "/values/",
    "strategy": "/strategy/",
    "language": "/language/",
    "brand": "/brand/",
    "accessibility": "/accessibility/",
    "autonomy-area": "/autonomy/curriculum/",
    "404": "/404.html",
    "primary-home": "/schools/little-acorns/",
    "secondary-home": "/schools/aldermere-academy/",
    "sixth-home": "/schools/millbeck-sixth-form/",
    "school-values": "/schools/little-acorns/values/",
    "school-strategy": "/schools/aldermere-academy/strategy/",
    "school-contact": "/schools/little-acorns/contact/",
    "school-curriculum": "/schools/aldermere-academy/curriculum/",
    "school-shared": "/schools/little-acorns/how-we-work/",
    "letter-home": "/schools/brookfield/",
    "own-home": "/schools/st-aidans/",
    "photo-home": "/schools/kingfisher/",
    "governance": "/about/governance/",
    "trust-news": "/news/",
    "school-news": "/schools/brookfield/news/",
    "news-story": "/schools/kingfisher/news/2026-11-16-sensory-garden-opens/",
    "school-governance": "/schools/st-aidans/governance/",
    "sixth-courses": "/schools/millbeck-sixth-form/courses/",
    "term-dates": "/term-dates/",
    "school-term-dates": "/schools/brookfield/term-dates/",
}

# Extra states: page-type slug -> (URL, what to open). "menu" opens the navigation
# drawer (the hamburger), "search" opens the search box without typing.
STATES: dict[str, tuple[str, str]] = {
    "menu-home": ("/", "menu"),
    "menu-primary": ("/schools/little-acorns/", "menu"),
    "menu-sixth": ("/schools/millbeck-sixth-form/courses/", "menu"),
    "search": ("/", "search"),
}

OPEN_JS = """(what) => {
  const id = what === 'menu' ? '__drawer' : '__search';
  const box = document.getElementById(id);
  if (!box) return false;
  box.checked = true;
  box.dispatchEvent(new Event('change', {bubbles: true}));
  if (what === 'search') { const q = document.querySelector('.md-search__input'); if (q) q.focus(); }
  return true;
}"""

VIEWPORTS = {
    390: {
        "viewport": {"width": 390, "height": 844},
        "device_scale_factor": 1,
        "is_mobile": True,
        "has_touch": True,
    },
    1366: {
        "viewport": {"width": 1366, "height": 900},
        "device_scale_factor": 1,
        "is_mobile": False,
    },
}
SCHEMES = ("light", "dark")

# Elements whose right edge is past the viewport (the cause of sideways scrolling).
OVERFLOW_JS = """() => {
  const vw = document.documentElement.clientWidth, out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= vw + 1) continue;
    // skip elements inside a scroll container that clips them
    let p = el.parentElement, clipped = false;
    while (p && p !== document.body) {
      const s = getComputedStyle(p);
      if (/(auto|scroll|hidden|clip)/.test(s.overflowX) && p.getBoundingClientRect().right <= vw + 1) { clipped = true; break; }
      p = p.parentElement;
    }
    if (clipped) continue;
    const cls = (el.className && typeof el.className === 'string') ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
    out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + cls + ' right=' + Math.round(r.right));
    if (out.length >= 8) break;
  }
  // boxes that scroll sideways inside the page (a wide table in its scroll wrapper)
  const scrollers = [];
  for (const el of document.querySelectorAll('body *')) {
    const s = getComputedStyle(el);
    if (!/(auto|scroll)/.test(s.overflowX) || el.scrollWidth <= el.clientWidth + 1 || el.clientWidth === 0) continue;
    const cls = (el.className && typeof el.className === 'string') ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
    scrollers.push(el.tagName.toLowerCase() + cls + ' ' + el.clientWidth + '<' + el.scrollWidth);
  }
  return {scrollWidth: document.documentElement.scrollWidth, clientWidth: vw, scrollers: scrollers,
          height: document.documentElement.scrollHeight, overflowing: out,
          title: document.title};
}"""


def serve(site: Path) -> tuple[ThreadingHTTPServer, str]:
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)  # port 0 = a free port
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def settle(page) -> None:
    """Network idle, web fonts loaded, lazy images pulled in, back at the top."""
    page.wait_for_load_state("networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")
    page.evaluate(
        """async (cap) => {
      const step = window.innerHeight;
      for (let y = 0; y < Math.min(document.body.scrollHeight, cap); y += step) {
        window.scrollTo(0, y); await new Promise(r => setTimeout(r, 50));
      }
      window.scrollTo(0, 0);
    }""",
        FULL_CAP,
    )
    page.wait_for_load_state("networkidle")
    page.evaluate(
        "Promise.all([...document.images].filter(i => !i.complete).map(i => new Promise(r => { i.onload = i.onerror = r; })))"
    )
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_timeout(150)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--site", required=True, type=Path, help="built site directory (contains index.html)"
    )
    ap.add_argument(
        "--out", required=True, type=Path, help="directory for the PNGs and manifest.json"
    )
    ap.add_argument("--only", default="", help="comma-separated page-type slugs (default: all)")
    ap.add_argument("--widths", default="390,1366", help="comma-separated: 390 and/or 1366")
    ap.add_argument("--schemes", default="light,dark")
    args = ap.parse_args(argv)

    site = args.site.resolve()
    if not (site / "index.html").is_file():
        ap.error(f"{site} has no index.html: build the site first")
    args.out.mkdir(parents=True, exist_ok=True)
    wanted = args.only.split(",") if args.only else None
    shots = {k: (v, None) for k, v in PAGES.items()}
    shots.update(STATES)
    shots = {k: v for k, v in shots.items() if wanted is None or k in wanted}
    widths = [int(w) for w in args.widths.split(",")]
    schemes = args.schemes.split(",")

    server, base = serve(site)
    manifest: list[dict] = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            for width in widths:
                for scheme in schemes:
                    ctx = browser.new_context(
                        color_scheme=scheme, reduced_motion="reduce", **VIEWPORTS[width]
                    )
                    for name, (url, state) in shots.items():
                        page = ctx.new_page()
                        errors: list[str] = []
                        page.on(
                            "console", lambda m, e=errors: m.type == "error" and e.append(m.text)
                        )
                        page.on("pageerror", lambda exc, e=errors: e.append(str(exc)))
                        resp = page.goto(base + url, wait_until="load")
                        settle(page)
                        if state:
                            page.evaluate(OPEN_JS, state)
                            page.wait_for_timeout(600)
                        stem = f"{name}-{width}-{scheme}"
                        page.screenshot(path=str(args.out / f"{stem}.png"), animations="disabled")
                        info = page.evaluate(OVERFLOW_JS)
                        full_h = min(info["height"], FULL_CAP)
                        page.screenshot(
                            path=str(args.out / f"{stem}-full.png"),
                            full_page=True,
                            clip={"x": 0, "y": 0, "width": width, "height": full_h},
                            animations="disabled",
                        )
                        manifest.append(
                            {
                                "shot": stem,
                                "url": url,
                                "status": resp.status if resp else None,
                                "title": info["title"],
                                "height": info["height"],
                                "clipped": info["height"] > FULL_CAP,
                                "scroll_width": info["scrollWidth"],
                                "client_width": info["clientWidth"],
                                "overflowing": info["overflowing"],
                                "sideways_boxes": info["scrollers"],
                                "errors": errors,
                            }
                        )
                        flag = " SIDEWAYS" if info["scrollWidth"] > info["clientWidth"] else ""
                        if resp is None or resp.status != 200:
                            flag += f" HTTP {resp.status if resp else 'no response'}"
                        if info["scrollers"]:
                            flag += f" boxes-scroll-sideways={len(info['scrollers'])}"
                        print(f"{stem:34} {url:48} h={info['height']:5}{flag}", flush=True)
                        page.close()
                    ctx.close()
            browser.close()
    finally:
        server.shutdown()
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
