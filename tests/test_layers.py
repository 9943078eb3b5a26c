"""The layers of src/trusthub: each imports only the layers below it; only adapters import an engine."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "trusthub"
LAYERS = ["content", "design", "governance", "graphics", "site", "build", "adapters"]
"""From the bottom up: a module may import its own layer and those before it."""
ENGINES = ("mkdocs", "material", "properdocs", "zensical")


def _modules() -> list[Path]:
    return sorted(
        p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE
    )


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names += [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        elif isinstance(node, ast.Import):
            names += [a.name for a in node.names]
    return names


def _layer(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0]


def test_every_module_belongs_to_a_layer() -> None:
    assert sorted({_layer(p) for p in _modules()}) == sorted(LAYERS)


@pytest.mark.parametrize("layer", LAYERS)
def test_a_layer_imports_only_the_layers_below_it(layer: str) -> None:
    allowed = set(LAYERS[: LAYERS.index(layer) + 1])
    wrong = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in _modules()
        if _layer(path) == layer
        for name in _imports(path)
        if name.startswith("trusthub.")
        and name.split(".")[1] in LAYERS
        and name.split(".")[1] not in allowed
    ]
    assert wrong == []


def test_only_adapters_import_an_engine() -> None:
    wrong = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in _modules()
        if _layer(path) != "adapters"
        for name in _imports(path)
        if name.split(".")[0] in ENGINES
    ]
    assert wrong == []


def test_the_core_loads_without_any_engine() -> None:
    core = [
        ".".join(("trusthub", *p.relative_to(PACKAGE).with_suffix("").parts))
        for p in _modules()
        if _layer(p) != "adapters" and p.name != "__init__.py"
    ]
    code = (
        f"import importlib, sys\nfor m in {core!r}: importlib.import_module(m)\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {ENGINES!r})\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_layer_check_sees_a_wrong_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from trusthub.site.plan import SitePlan\nimport mkdocs.plugins\n")
    assert "trusthub.site.plan" in _imports(module)
    assert "mkdocs.plugins" in _imports(module)
