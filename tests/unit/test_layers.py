"""DESIGN.md layers: only ui/ imports PySide6; nothing imports ui/; domain/ imports nothing of the project."""

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "stationdesk"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules(exclude: str | None = None):
    for path in SRC.rglob("*.py"):
        relative = path.relative_to(SRC).as_posix()
        if exclude and relative.startswith(exclude):
            continue
        yield relative, _imports(path)


def test_only_ui_imports_pyside6():
    offenders = [rel for rel, names in _modules(exclude="ui/") if any(n.split(".")[0] == "PySide6" for n in names)]
    assert offenders == []


def test_nothing_outside_ui_imports_ui():
    offenders = [
        rel
        for rel, names in _modules(exclude="ui/")
        if any(n.startswith("stationdesk.ui") for n in names) and rel not in ("cli.py", "commands/core.py")
    ]
    assert offenders == []


def test_domain_imports_nothing_of_the_project_but_errors():
    offenders = [
        rel
        for rel, names in _modules()
        if rel.startswith("domain/")
        and any(
            n.startswith("stationdesk.")
            and n not in ("stationdesk.errors", "stationdesk.domain")
            and not n.startswith("stationdesk.domain.")
            for n in names
        )
    ]
    assert offenders == []


def test_the_cli_does_not_import_qt_until_the_gui_is_asked_for():
    import subprocess
    import sys

    code = "import sys, stationdesk.cli; stationdesk.cli.build_parser(); print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_ui_reaches_the_sync_code_through_services():
    offenders = [
        rel
        for rel, names in _modules()
        if rel.startswith("ui/") and any(n.startswith("stationdesk.sync") for n in names)
    ]
    assert offenders == []
