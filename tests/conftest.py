"""Shared fixtures: the demo trust, and throw-away copies of it to break."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITE_PARTS = ["brand", "schools", "content", "overrides", "hooks", ".github", "mkdocs.yml"]


@pytest.fixture(scope="session")
def public_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo trust's public site, built once per test run."""
    from trusthub.adapters.mkdocs_run import run_build

    return run_build(ROOT, site_dir=tmp_path_factory.mktemp("public") / "site")


@pytest.fixture(scope="session")
def staff_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo trust's staff site, built once per test run."""
    from trusthub.adapters.mkdocs_run import run_build

    return run_build(ROOT, audience="staff", site_dir=tmp_path_factory.mktemp("staff") / "site")


ENGINES = ["mkdocs", "properdocs", "zensical"]
"""The engines `trusthub build --engine` renders the build tree with."""


@pytest.fixture(scope="session")
def engine_site(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The demo trust's public site built from the build tree by an engine (once each)."""
    from trusthub.adapters.engines import build_site

    sites: dict[str, Path] = {}

    def build(engine: str) -> Path:
        if engine not in sites:
            out = tmp_path_factory.mktemp(engine) / "site"
            sites[engine] = build_site(ROOT, engine, site_dir=out)
        return sites[engine]

    return build


@pytest.fixture
def demo_root() -> Path:
    """The repository's own demo trust (read-only: copy it before changing anything)."""
    return ROOT


@pytest.fixture
def trust_copy(tmp_path: Path) -> Path:
    """A private copy of the demo trust that a test may change."""
    dest = tmp_path / "trust"
    dest.mkdir()
    for part in SITE_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, dest / part)
        else:
            shutil.copy2(source, dest / part)
    return dest


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium (Debian's), driven by Playwright."""
    from playwright.sync_api import sync_playwright

    from .browser import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


DEMO_TODAY = "2026-11-23"
"""The demo trust's statutory review dates are current on this day."""


@pytest.fixture(autouse=True, scope="session")
def _demo_dates_are_current() -> Iterator[None]:
    """Builds and checks judge statutory dates as of DEMO_TODAY, so tests do not age."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TRUSTHUB_TODAY", DEMO_TODAY)
        yield


@pytest.fixture(autouse=True)
def _no_unexpected_log_warnings(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fail a test whose code logged a warning it did not expect (MkDocs' own habit)."""
    caplog.set_level(logging.WARNING)
    yield
    if getattr(caplog, "warnings_expected", False):
        return
    unexpected = [r for r in caplog.get_records("call") if r.levelno >= logging.WARNING]
    if unexpected:
        lines = "\n".join(f"{r.name}: {r.getMessage()}" for r in unexpected)
        pytest.fail(f"unexpected log warnings:\n{lines}")


@pytest.fixture
def expect_log_warnings(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.warnings_expected = True  # type: ignore[attr-defined]
    return caplog
