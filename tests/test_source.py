"""The package's source binds each module-level name once.

A rule module that binds a constant twice reads the last value everywhere: until release 74,
kk_rules had two `_EVENTS` tuples, and the shorter one silently took `күні`, `форум` and
`спартакиада` away from the rule whose docstring names them. pyflakes reports a function or an
import defined twice, not a constant bound to a new value.
"""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"


def _bound_names(node: ast.stmt) -> list[str]:
    """The names a module-level statement binds (imports, assignments, defs, classes)."""
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return [(alias.asname or alias.name).split(".")[0] for alias in node.names if alias.name != "annotations"]
    if isinstance(node, ast.Assign):
        targets = [t for target in node.targets for t in (target.elts if isinstance(target, ast.Tuple) else [target])]
        return [t.id for t in targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [node.target.id]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    return []


def test_no_module_binds_a_name_twice():
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            for name in _bound_names(node):
                if name in seen:
                    twice.append(f"{path.relative_to(PACKAGE)}: {name} (lines {seen[name]} and {node.lineno})")
                seen[name] = node.lineno
    assert not twice, twice
