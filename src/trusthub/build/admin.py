"""/admin/ in the staff build: the web editor (Decap CMS), served from the site itself.

The editor's page, its configuration (generated from the models, :mod:`trusthub.content.cms`)
and Decap's own bundle, installed from npm at set-up (``make cms``) and linked in from
``node_modules/decap-cms/dist``: no request leaves the site. The public build never calls
this, so it has no /admin/.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from markupsafe import escape

from trusthub.content.cms import cms_config
from trusthub.content.repo import Repo
from trusthub.site.urls import TRUST_LOGO

ADMIN_DIR = "admin"
BUNDLE_ENV = "TRUSTHUB_CMS_BUNDLE"
"""A folder holding decap-cms.js, instead of ``<repo>/node_modules/decap-cms/dist``."""
BUNDLE_DIR = Path("node_modules") / "decap-cms" / "dist"
BUNDLE_FILES = ("decap-cms.js", "*.decap-cms.js", "*.wasm", "decap-cms.js.LICENSE.txt")
SET_UP = "make cms"


def cms_bundle(root: Path) -> Path | None:
    """The folder of Decap CMS's installed bundle, or None if it is not installed."""
    candidates = [Path(os.environ[BUNDLE_ENV])] if os.environ.get(BUNDLE_ENV) else []
    candidates.append(root / BUNDLE_DIR)
    return next((c for c in candidates if (c / "decap-cms.js").is_file()), None)


def write_admin(repo: Repo, site: Path) -> Path:
    """Write /admin/ into the built ``site``; return its folder."""
    admin = site / ADMIN_DIR
    admin.mkdir(parents=True, exist_ok=True)
    generated = cms_config(repo)
    generated.config["logo_url"] = f"../{TRUST_LOGO}"  # the trust's, not Decap's, at sign-in
    (admin / "config.yml").write_text(generated.yaml(), encoding="utf-8")
    bundle = cms_bundle(repo.root)
    title = f"Edit the website · {repo.trust.name}" if repo.trust else "Edit the website"
    if bundle is None:
        body = (
            "<main><h1>The web editor is not installed</h1><p>Run <code>"
            f"{SET_UP}</code> in the repository (it installs Decap CMS from npm), then "
            "build the staff site again.</p></main>"
        )
    else:
        _link_bundle(bundle, admin / "decap-cms")
        body = '<script src="decap-cms/decap-cms.js"></script>'
    (admin / "index.html").write_text(_PAGE.format(title=escape(title), body=body), "utf-8")
    return admin


# Decap CMS reads config.yml beside the page by default, so the page names no configuration.


def _link_bundle(bundle: Path, target: Path) -> None:
    target.mkdir(exist_ok=True)
    for pattern in BUNDLE_FILES:
        for source in bundle.glob(pattern):
            dest = target / source.name
            dest.unlink(missing_ok=True)
            try:
                os.link(source, dest)
            except OSError:
                shutil.copyfile(source, dest)


_PAGE = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{title}</title>
<link rel="icon" href="data:,">
</head>
<body>
{body}
</body>
</html>
"""
