"""The layout's promises, checked: no import cycles, SQL only in triage/state, small modules and
functions, no private names imported across modules, no citations of files outside the repo."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "triage"
MAX_MODULE_LINES = 450
MAX_FUNCTION_LINES = 60
# Declarative tables, not logic: a function that only builds a table may be longer.
LONG_BY_DESIGN: dict[str, str] = {}
_SQL = re.compile(
    r"\b(?:SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(?:TABLE|INDEX)"
    r"|PRAGMA\s|pg_\w+lock)",
    re.IGNORECASE | re.DOTALL,
)


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """triage modules that ``name`` imports, at the top or inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for target in targets:
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target and target != name and not name.startswith(target + "."):
                found.add(target)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    cycles, state, stack = [], {}, []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return cycles


def test_no_import_cycles() -> None:
    graph = {name: _imports(name, path) for name, path in MODULES.items()}
    # A Flask factory importing its own blueprints is how Flask is meant to be used.
    graph["triage.review"] = {
        m for m in graph["triage.review"] if not m.startswith("triage.review.")
    }
    assert _cycles(graph) == []


def test_sql_lives_only_in_the_state_package() -> None:
    offenders = []
    for name, path in MODULES.items():
        if name.startswith("triage.state"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and _SQL.search(text):
                offenders.append(f"{name}:{node.lineno}")
    assert offenders == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_module_is_small(name: str) -> None:
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_MODULE_LINES, f"{name} has {lines} lines"


def test_functions_are_short() -> None:
    long = []
    for name, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                where = f"{name}.{node.name}"
                if size > MAX_FUNCTION_LINES and where not in LONG_BY_DESIGN:
                    long.append(f"{where} ({size} lines)")
    assert long == []


def test_no_private_names_imported_across_modules() -> None:
    offenders = []
    for path in [
        *PACKAGE.rglob("*.py"),
        *(ROOT / "tests").glob("*.py"),
        *(ROOT / "scripts").rglob("*.py"),
    ]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("triage"):
                offenders += [
                    f"{path.relative_to(ROOT)}: {alias.name}"
                    for alias in node.names
                    if alias.name.startswith("_") and alias.name != "__version__"
                ]
    assert offenders == []


def test_code_cites_only_files_in_this_repository() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*")
        if path.is_file()
        and path.suffix in (".py", ".html", ".js", ".css")
        and re.search(r"DESIGN\.md|DOMAIN\.md|STYLE\.md|\.\./shared", path.read_text("utf-8"))
    ]
    assert offenders == []


# Who may import whom, by folder (docs/architecture.md, "The layout"): the flow reads left to
# right, and nothing below the command line or the review page knows about them.
ALLOWED_IMPORTS = {
    "errors": set(),
    "config": {"errors"},
    "topics": set(),
    "situations": {"topics"},
    "linear": set(),
    "inbound": {"errors", "config", "topics", "situations", "linear"},
    "model": {"errors", "inbound", "topics", "situations", "linear"},
    "drafts": {"errors", "config", "topics", "situations"},
    "compose": {"errors", "config", "inbound", "topics", "situations", "drafts"},
    "mailbox": {"errors", "config"},
    "state": {"errors", "config", "inbound", "topics", "situations"},
    "training": {"errors", "config", "inbound", "model", "topics", "situations", "linear"},
    "passes": {
        "errors", "config", "inbound", "model", "compose", "drafts", "mailbox", "state",
        "topics", "situations",
    },
    "review": {
        "errors", "config", "inbound", "compose", "drafts", "mailbox", "state",
        "topics", "situations", "model",
    },
    "dev": {"errors", "config", "passes", "state", "training", "mailbox"},
    "cli": {
        "errors", "config", "inbound", "model", "mailbox", "passes", "state", "training",
        "review", "dev", "topics", "situations", "compose", "drafts",
    },
}  # fmt: skip


def test_folders_import_only_what_their_place_in_the_flow_allows() -> None:
    def folder(module: str) -> str:
        return module.split(".")[1] if "." in module else ""

    wrong = sorted(
        f"{name} -> {target}"
        for name, path in MODULES.items()
        if folder(name)
        for target in _imports(name, path)
        if folder(target) != folder(name)
        and folder(target) not in ALLOWED_IMPORTS.get(folder(name), set())
    )
    assert wrong == []
