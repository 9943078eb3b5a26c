"""`trusthub serve --engine …`: the preview shows an edit to a page, in every engine."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from trusthub.site.urls import SEARCH_DIR

from .conftest import ENGINES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from serve import fetch, free_port, wait_for


@pytest.mark.parametrize("engine", ENGINES)
def test_the_preview_shows_an_edit_and_survives_a_mistake(trust_copy: Path, engine: str) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/schools/st-aidans/curriculum/"
    page = trust_copy / "schools" / "st-aidans" / "curriculum.md"
    school = trust_copy / "schools" / "st-aidans" / "school.yml"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "trusthub.adapters.cli",
            "serve",
            "--root",
            str(trust_copy),
            "--engine",
            engine,
            "--dev-addr",
            f"127.0.0.1:{port}",
            "--school",
            "st-aidans",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    entry = f"http://127.0.0.1:{port}/assets/trusthub/search/pagefind-entry.json"
    index = trust_copy / ".cache" / "trusthub" / f"serve-public-{engine}" / "docs" / SEARCH_DIR

    def index_text() -> str:  # the words of every page in the preview's search index
        try:
            return "".join(
                gzip.decompress(path.read_bytes()).decode("utf-8")
                for path in (index / "fragment").iterdir()
            )
        except FileNotFoundError:  # being written again
            return ""

    try:
        wait_for(url, "th-page", 240, server)
        wait_for(entry, "page_count", 60, server)  # search works in the preview too
        indexed = json.loads(fetch(entry))["languages"]["en"]
        assert indexed["page_count"] >= 10  # the trust's pages and St Aidan's
        assert "Curriculum" in index_text()
        good = school.read_text()
        school.write_text(good.replace("primary:", "primary: not-a-colour\n  was:", 1))
        time.sleep(2)  # the broken file is reported; the preview keeps the last good tree
        page.write_text(page.read_text() + "\nA sentence added during the preview.\n")
        time.sleep(2)
        assert "A sentence added during the preview." not in fetch(url)
        school.write_text(good)
        wait_for(url, "A sentence added during the preview.", 120, server)
        wait_for(entry, "page_count", 60, server)
        deadline = time.monotonic() + 60  # the index follows the tree, the engine may be quicker
        while "A sentence added during the preview." not in index_text():
            assert time.monotonic() < deadline, "the edit never reached the preview's index"
            time.sleep(0.5)
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=30)
    assert b"school.yml" in errors  # the mistake was reported, with its file
