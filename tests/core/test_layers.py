"""The package's layers: no import cycles, SQL only in the storage package, core free of Qt."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop"
SQL = re.compile(r"(SELECT [^\"]*FROM|INSERT (OR [A-Z]+ )?INTO|UPDATE [a-z_]+ SET|DELETE FROM|"
                 r"CREATE (TABLE|INDEX|TRIGGER|VIRTUAL)|PRAGMA [a-z_]+)")


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """Every desktop module `name` imports, at module level or inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1] + ([base] if base else []))
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return out


def test_no_module_import_cycles():
    modules = _modules()
    known = set(modules)
    # A package's __init__ importing its own submodules is how a package exposes them, not a cycle
    # between ideas; the submodules themselves must not import each other in a circle.
    graph = {name: {t for t in _imports(name, path, known) if not (path.name == "__init__.py"
                                                                     and t.startswith(name + "."))}
             for name, path in modules.items()}
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_sql_lives_only_in_the_storage_package():
    outside = [str(path.relative_to(ROOT)) for path in PACKAGE.rglob("*.py")
               if "storage" not in path.parts and SQL.search(path.read_text(encoding="utf-8"))]
    assert outside == []


def test_the_connection_stays_inside_the_storage_package():
    outside = [str(path.relative_to(ROOT)) for path in PACKAGE.rglob("*.py")
               if "storage" not in path.parts and re.search(r"\b_conn\b|\.conn\.", path.read_text(encoding="utf-8"))]
    assert outside == []


def test_core_never_imports_qt():
    qt = re.compile(r"^\s*(from|import) (PySide6|shiboken6)", re.M)
    assert [str(p) for p in (PACKAGE / "core").rglob("*.py") if qt.search(p.read_text(encoding="utf-8"))] == []
