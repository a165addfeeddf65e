"""A rule pack with a key written twice in one mapping is refused at the second one, as a
proposal is. The pack loader kept the last value without a word: a rule author who added
``severity: low`` below an old ``severity: high`` got a pack judging by whichever came last,
or a puzzling refusal about something else (TOC-004 "lighter than its base risk"), never
the line that was wrong (atk24)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import paracheck

MINI = Path("tests/packs/mini.yaml")


def _twice(tmp_path: Path, key_line: str, again: str) -> tuple[Path, int, int, int]:
    """mini.yaml with ``again`` written below its first line equal to ``key_line``: the
    pack's path, the first writing's line, the second's line and column."""
    lines = MINI.read_text(encoding="utf-8").splitlines()
    first = lines.index(key_line)
    lines.insert(first + 1, again)
    path = tmp_path / "mini.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, first + 1, first + 2, len(again) - len(again.lstrip()) + 1


@pytest.mark.parametrize(
    ("key_line", "again", "key"),
    [
        ("    severity: high", "    severity: low", "severity"),  # a rule's field
        ('version: "0.0.1"', 'version: "0.0.2"', "version"),  # the pack's own
    ],
)
def test_a_key_written_twice_is_refused_at_its_second_line(tmp_path, key_line, again, key):
    path, first, line, column = _twice(tmp_path, key_line, again)
    with pytest.raises(paracheck.PackError) as refused:
        paracheck.load_pack(str(path))
    said = [(p.line, p.column, p.message) for p in refused.value.problems]
    assert said == [
        (line, column, f"cannot read pack: duplicate key '{key}' (first given on line {first})")
    ]


def test_the_command_line_says_it_in_indonesian_with_exit_2(tmp_path):
    path, first, line, column = _twice(tmp_path, "    severity: high", "    severity: low")
    result = subprocess.run(
        [sys.executable, "-m", "paracheck", "rules", "list", "--pack", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert f"{path}:{line}:{column}: " in result.stderr
    assert f"kunci 'severity' ditulis dua kali (pertama di baris {first})" in result.stderr


def test_the_shipped_pack_files_write_no_key_twice():
    """Read from the files themselves: a shipped pack comes from the compiled cache."""
    from paracheck._yaml import yaml
    from paracheck.rules.loader import PACKS_DIR, _BaseLoader, _written_twice

    files = sorted(PACKS_DIR.glob("*.yaml"))
    assert len(files) >= 3
    for file in files:
        node = yaml.compose(file.read_text(encoding="utf-8"), Loader=_BaseLoader)
        assert _written_twice(node) is None, file
