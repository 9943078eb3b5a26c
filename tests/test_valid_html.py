"""Every page of the demo is valid HTML for the Nu Html Checker, in every build.

The checker is the W3C's (``vnu.jar`` from the ``vnu-jar`` npm package, on Java 17+);
``.ci/run`` installs both.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from .conftest import ENGINES, ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA = shutil.which("java")

pytestmark = pytest.mark.skipif(
    JAVA is None or not VNU.is_file(),
    reason="needs Java and the Nu Html Checker (CI installs them: see .ci/run)",
)


def html_errors(target: Path) -> list[str]:
    """The Nu Html Checker's errors for every HTML file under ``target``, one line each."""
    assert JAVA is not None
    done = subprocess.run(
        [
            JAVA,
            "-jar",
            str(VNU),
            "--skip-non-html",
            "--errors-only",
            "--format",
            "json",
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    messages = json.loads(done.stderr)["messages"]  # the checker reports on stderr
    return [
        f"{m.get('url', '').rpartition(str(target))[2]}:{m.get('lastLine', 0)}: {m['message']}"
        for m in messages
    ]


@pytest.fixture(scope="module", params=["plugin", *ENGINES])
def built_site(request: Any, public_site: Path, engine_site: Any) -> Path:
    return public_site if request.param == "plugin" else engine_site(request.param)


def test_every_page_is_valid_html(built_site: Path) -> None:
    errors = html_errors(built_site)
    assert errors == [], f"{len(errors)} errors, first: {errors[:10]}"


def test_the_checker_reports_what_the_engines_wrote_before(tmp_path: Path) -> None:
    """What Material and Zensical write unmended, and a skipped heading level, are errors."""
    page = tmp_path / "page.html"
    page.write_text(
        '<!doctype html><html lang="en-GB"><head><title>t</title></head><body>'
        '<input class="md-toggle" type="checkbox" id="__drawer" autocomplete="off">'
        '<label class="md-overlay" for="__drawer" aria-hidden="true"></label>'
        '<div markdown="0"><h1>A</h1><h3>B</h3></div></body></html>',
        encoding="utf-8",
    )
    errors = html_errors(tmp_path)
    assert len(errors) == 4, errors
