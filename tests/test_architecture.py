"""Only ui/ imports Qt, and importing the package has no side effects."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import nps_trainer

PACKAGE_DIR = Path(nps_trainer.__file__).parent


def _domain_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(PACKAGE_DIR)], prefix="nps_trainer."):
        if info.name.startswith(("nps_trainer.ui", "nps_trainer.storage.migrations")):
            continue
        names.append(info.name)
    return names


def test_domain_modules_exist() -> None:
    names = _domain_modules()
    for expected in ("nps_trainer.storage.database", "nps_trainer.services", "nps_trainer.__main__"):
        assert expected in names


def test_no_module_outside_ui_loads_qt(tmp_path: Path) -> None:
    names = _domain_modules()
    script = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            cwd=tmp_path)
    assert result.stdout.strip() == "", f"Qt loaded by a domain module: {result.stdout}"


def test_importing_everything_creates_no_files(tmp_path: Path, user_paths) -> None:
    names = [*_domain_modules(), "nps_trainer.ui.main_window", "nps_trainer.ui.launch"]
    script = f"import importlib\nfor name in {names!r}:\n    importlib.import_module(name)\n"
    home = user_paths.data.parent.parent
    subprocess.run([sys.executable, "-c", script], check=True, cwd=tmp_path)
    assert not home.exists() or not any(home.rglob("*")), "importing created files in the user folders"
    assert list(tmp_path.iterdir()) == []


def _import_graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports (at the top or inside functions; not under TYPE_CHECKING)."""
    import ast

    modules: dict[str, tuple[Path, bool]] = {}
    for file in PACKAGE_DIR.rglob("*.py"):
        parts = list(file.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        modules[".".join(parts[:-1] if is_package else parts)] = (file, is_package)
    graph: dict[str, set[str]] = {}
    for name, (file, is_package) in modules.items():
        tree = ast.parse(file.read_text(encoding="utf-8"))
        typing_only = {id(sub) for node in ast.walk(tree)
                       if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
                       for sub in ast.walk(node)}
        package = name if is_package else name.rsplit(".", 1)[0]
        found: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)] if node.level else []
                target = ".".join([*base, node.module] if node.module else base) if node.level else node.module or ""
                for alias in node.names:
                    candidate = f"{target}.{alias.name}"
                    found.add(candidate if candidate in modules else target)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
        graph[name] = {target for target in found if target in modules and target != name}
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one node (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while (member := stack.pop()) != node:
                group.append(member)
            if group:
                circles.append(sorted([node, *group]))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return circles


def test_no_import_circles_between_modules_or_packages() -> None:
    graph = _import_graph()
    assert _circles(graph) == []

    def package(module: str) -> str:
        return ".".join(module.split(".")[:2])

    packages: dict[str, set[str]] = {}
    for module, targets in graph.items():
        packages.setdefault(package(module), set()).update(
            package(target) for target in targets if package(target) != package(module))
    assert _circles(packages) == []


def test_the_circle_finder_finds_a_circle() -> None:
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
