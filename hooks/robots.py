"""Site glue for Aldermere: a robots.txt that points search engines at the sitemap.

Staff builds are deployed behind the trust's sign-in and ask not to be indexed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def on_post_build(config: Any) -> None:
    audience = config.plugins["trusthub"].config.audience
    lines = ["User-agent: *"]
    if audience == "staff":
        lines.append("Disallow: /")
    else:
        lines.append("Allow: /")
        if config.site_url:
            lines.append(f"Sitemap: {config.site_url.rstrip('/')}/sitemap.xml")
    Path(config.site_dir, "robots.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
