"""Golden files: generated text compared with a copy on disk, with a readable diff.

After an intended change, refresh every golden file with ``make golden``
(``TRUSTHUB_UPDATE_GOLDEN=1 pytest tests/test_rocket.py tests/test_golden.py``).
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"


def assert_golden(relative: str, actual: str) -> None:
    """Fail with a unified diff if ``actual`` differs from ``tests/golden/<relative>``."""
    path = GOLDEN / relative
    if os.environ.get("TRUSTHUB_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path} is missing: run make golden")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(),
            actual.splitlines(),
            f"golden/{relative}",
            "generated",
            lineterm="",
            n=1,
        )
        shown = "\n".join(list(diff)[:80])
        pytest.fail(
            f"{relative} differs from the golden file (after an intended change, "
            f"run make golden):\n{shown}"
        )
