"""The import direction of quant's modules, read with ``ast`` (no new dependency).

Where the rules came from: the layout proposed in shared/STYLE.md, adjusted to what the code shows.
Every module has a rank in LAYERS; a module may import (anywhere in its body, including imports
inside functions and under TYPE_CHECKING) only modules of a lower rank. Departures from STYLE.md,
and why:

- ``report`` and ``render`` sit *below* ``pipeline``, not on top: check() returns a Report, so
  the pipeline must import it; renderers only read the model.
- ``units`` imports ``model`` (for Kind), which STYLE.md allows for helpers above the records.
- the package ``quant`` (``__init__``) is the public facade: above pipeline, below cli, which
  reads ``quant.__version__``.

Where new modules go: add each to LAYERS with its rank; test_every_module_has_a_layer fails until it is.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import quant

PACKAGE = Path(quant.__file__).parent

#: module -> rank; a module may import only modules of lower rank
LAYERS: dict[str, float] = {
    # the bottom: records and errors import nothing of quant (model only interval)
    "quant.errors": 0,
    "quant.interval": 0,
    "quant.model": 1,
    # helpers: data, units, numbers, patterns
    "quant.lexicon": 2,
    "quant.units": 3,
    "quant.numerals": 3,
    "quant.patterns": 4,
    # the stages, in the order the pipeline runs them
    "quant.sentences": 10,
    "quant.mentions": 11,
    "quant.claims": 12,
    # relations, a package: the words and items every link reads, the kinds of link (the later ones build
    # on the earlier ones' helpers), the links that build on the firm ones, then the stage itself
    "quant.relations.words": 13.1,
    "quant.relations.items": 13.2,
    "quant.relations.shares": 13.3,
    "quant.relations.sums": 13.3,
    "quant.relations.changes": 13.4,
    "quant.relations.gaps": 13.4,
    "quant.relations.rates": 13.4,
    "quant.relations.conversions": 13.5,
    "quant.relations.products": 13.5,
    "quant.relations.completions": 13.6,
    "quant.relations.equations": 13.6,
    "quant.relations": 13.7,
    "quant.findings": 14,
    # what a check returns, and how it is shown
    "quant.render._common": 19,
    "quant.render.text": 20,
    "quant.render.markdown": 20,
    "quant.render.html": 20,
    "quant.render.github": 20,
    "quant.render.sarif": 20,
    "quant.render": 21,
    "quant.report": 22,
    # the orchestrator, then the public facade, then the tools on top
    "quant.pipeline": 30,
    "quant": 35,
    "quant.testing": 40,
    "quant.cli": 41,
    "quant.pytest_plugin": 41,
}

STAGES = ["quant.sentences", "quant.mentions", "quant.claims", "quant.relations", "quant.findings"]
HELPERS = ["quant.errors", "quant.interval", "quant.model", "quant.lexicon", "quant.units", "quant.numerals",
           "quant.patterns"]
TOP = ["quant.pipeline", "quant.cli", "quant.pytest_plugin", "quant.testing", "quant"]


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def quant_imports(name: str) -> set[str]:
    """The quant modules a module imports, anywhere in its body."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            for alias in node.names:
                # "from quant import render" imports a module; "from quant import __version__" the package
                candidate = f"{module}.{alias.name}"
                found.add(candidate if candidate in MODULES else module)
    return {m for m in found if m == "quant" or m.startswith("quant.")} - {name}


def test_every_module_has_a_layer() -> None:
    missing = sorted(set(MODULES) - set(LAYERS))
    assert not missing, f"add these modules to LAYERS in tests/test_layers.py: {missing}"
    assert not sorted(set(LAYERS) - set(MODULES)), "LAYERS names a module that no longer exists"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_point_down(name: str) -> None:
    if name not in LAYERS:
        pytest.skip("reported by test_every_module_has_a_layer")
    upward = sorted(m for m in quant_imports(name) if LAYERS.get(m, 10**6) >= LAYERS[name])
    assert not upward, f"{name} (rank {LAYERS[name]}) imports {upward}, which are not below it"


def test_bottom_imports_nothing_of_quant() -> None:
    assert quant_imports("quant.errors") == set()
    assert quant_imports("quant.interval") == set()
    assert quant_imports("quant.model") <= {"quant.interval"}


@pytest.mark.parametrize("name", HELPERS)
def test_helpers_import_no_stage(name: str) -> None:
    assert not quant_imports(name) & {*STAGES, *TOP, "quant.report", "quant.render"}


@pytest.mark.parametrize("name", STAGES)
def test_stage_never_imports_a_later_stage(name: str) -> None:
    later = set(STAGES[STAGES.index(name) + 1 :])
    assert not quant_imports(name) & later
    assert not quant_imports(name) & {*TOP, "quant.report", "quant.render"}


def test_pipeline_runs_every_stage() -> None:
    assert set(STAGES) <= quant_imports("quant.pipeline")


def test_the_walker_sees_relative_and_lazy_imports() -> None:
    """A check of the checker: units imports lexicon inside a function; cli reads quant.__version__."""
    assert "quant.lexicon" in quant_imports("quant.units")
    assert "quant" in quant_imports("quant.cli")
    assert {"quant.render._common", "quant.render.text"} <= quant_imports("quant.render")
