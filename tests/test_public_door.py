"""The command line and the web service go through the front door: they import nothing from
paracheck but the public package (``paracheck/__init__.py``) and their own subpackage, and use
only the names it publishes. An embedder can then do everything they do (issue 15)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import paracheck

SRC = Path(__file__).resolve().parents[1] / "src" / "paracheck"
PUBLIC = set(paracheck.__all__) | set(paracheck._MODELS) | {"__version__"}


def _modules(package: str) -> list[Path]:
    return sorted((SRC / package).rglob("*.py"))


def door_violations(path: Path, own: str) -> list[str]:
    """Every import of a private paracheck module, and every ``paracheck.NAME`` that is not a
    public name, in one source file (``own``: the subpackage the file may import freely)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []

    def private(module: str) -> bool:
        return (
            module.startswith("paracheck.") and module != own and not module.startswith(own + ".")
        )

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if private(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if private(node.module):
                found.append(f"from {node.module} import …")
            elif node.module == "paracheck":
                found += [
                    f"from paracheck import {a.name}" for a in node.names if a.name not in PUBLIC
                ]
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "paracheck"
            and node.attr not in PUBLIC
        ):
            found.append(f"paracheck.{node.attr}")
    return [f"{path.name}:{v}" for v in found]


@pytest.mark.parametrize("package", ["cli", "web"])
def test_the_cli_and_the_web_service_use_only_the_public_package(package):
    files = _modules(package)
    assert len(files) >= 4, f"no sources found under {SRC / package}"
    violations = [v for f in files for v in door_violations(f, f"paracheck.{package}")]
    assert violations == []


def test_the_door_check_catches_a_private_import_and_a_private_name(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text(
        "import paracheck\n"
        "from paracheck.cli.common import emit\n"  # own subpackage: allowed
        "from paracheck.rules.loader import select_pack\n"
        "import paracheck.batch\n"
        "from paracheck import render, compiled\n"
        "paracheck.load_pack('x'); paracheck.report.render\n",
        encoding="utf-8",
    )
    found = [v.split(":", 1)[1] for v in door_violations(planted, "paracheck.cli")]
    assert found == [
        "from paracheck.rules.loader import …",
        "import paracheck.batch",
        "from paracheck import compiled",
        "paracheck.report",
    ]


def test_every_public_name_exists_and_is_documented():
    for name in paracheck.__all__:
        value = getattr(paracheck, name)
        assert (value.__doc__ or "").strip(), f"paracheck.{name} has no docstring"
