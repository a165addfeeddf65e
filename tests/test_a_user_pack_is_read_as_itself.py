"""A pack given by path is the pack its reports read (attack 440 H1: the reports read a
pack's fields by its name, which a user pack's lookup took for a path in the current folder;
an exact copy of pp28-2018 under another name told a Taiwan partnership it "belum dapat
diteruskan sebelum risiko itu ditangani", where the shipped pack says it cannot go on). A
file naming itself as a shipped pack with other content is refused at its ``name:`` line;
a pack that is not a file (a pipe, a FIFO) is refused, not read (attack 440 H2: an internal
error, or a hang)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import paracheck
from paracheck.errors import PackError
from paracheck.rules.loader import PACKS_DIR, load_pack

ROOT = Path(__file__).parents[1]
TAIWAN = ROOT / "examples" / "blocked-taiwan-2022.yaml"
CANNOT_GO_ON = "tidak dapat dilanjutkan sebagai kerja sama pemerintah daerah dengan mitra ini"


def _copy(folder: Path, name: str, change: tuple[str, str] | None = None) -> Path:
    for source in PACKS_DIR.glob("*.yaml"):
        shutil.copyfile(source, folder / source.name)
    path = folder / "pp28-2018.yaml"
    text = path.read_text(encoding="utf-8").replace("\nname: pp28-2018\n", f"\nname: {name}\n")
    if change is not None:
        assert change[0] in text
        text = text.replace(*change)
    target = folder / f"{name}.yaml"
    target.write_text(text, encoding="utf-8")
    return target


def _memo(pack: object) -> str:
    a = paracheck.assess(paracheck.load_proposal(str(TAIWAN)), pack=pack)
    return " ".join(paracheck.render(a, "text", "id").split())


def test_a_copy_under_another_name_gives_the_shipped_packs_memo(tmp_path, monkeypatch) -> None:
    copy = load_pack(str(_copy(tmp_path, "pp28-salinan")))
    monkeypatch.chdir(ROOT)  # not the pack's folder: its name is no path here
    said = _memo(copy)
    assert CANNOT_GO_ON in said
    assert CANNOT_GO_ON in _memo(load_pack("pp28-2018"))
    assert "belum dapat diteruskan sebelum risiko itu ditangani" not in said


def test_a_file_naming_itself_as_a_shipped_pack_with_other_rules_is_refused(tmp_path) -> None:
    changed = ('\nversion: "1.0.0"', '\nversion: "1.0.1"')  # another version of its rules
    path = _copy(tmp_path, "pp28-2018", changed)
    with pytest.raises(PackError) as caught:
        load_pack(str(path))
    said = str(caught.value)
    assert f"{path}:" in said and "name:" in said
    assert (
        "'pp28-2018' adalah nama paket bawaan paracheck" in said
        or "is the name of a pack paracheck ships" in said
    )


def test_an_unchanged_copy_of_a_shipped_pack_loads(tmp_path) -> None:
    assert load_pack(str(_copy(tmp_path, "pp28-2018"))).name == "pp28-2018"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_as_the_pack_is_refused_not_waited_on(tmp_path) -> None:
    fifo = tmp_path / "pack.yaml"
    os.mkfifo(fifo)
    out = subprocess.run(
        [sys.executable, "-m", "paracheck", "rules", "list", "--pack", str(fifo)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 2, out
    assert (
        "paket aturan harus berupa berkas biasa, bukan pipa (pipe) atau perangkat (device)"
        in out.stderr
    )
    assert "Traceback" not in out.stderr


def test_a_pack_piped_through_standard_input_is_refused_with_a_sentence() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "paracheck", "checklist", "--pack", "/dev/stdin"],
        input=(PACKS_DIR / "pp28-2018.yaml").read_text(encoding="utf-8"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 2, out
    assert "bukan pipa (pipe) atau perangkat" in out.stderr and "Traceback" not in out.stderr


def test_the_packs_known_by_their_own_names_are_the_ones_the_process_keeps(tmp_path) -> None:
    from paracheck.rules.loader import USER_PACK_CACHE, pack_if_loadable

    mini = (ROOT / "tests" / "packs" / "mini.yaml").read_text(encoding="utf-8")
    names = [f"mini-{i}" for i in range(USER_PACK_CACHE + 1)]
    for name in names:
        path = tmp_path / f"{name}.yaml"
        path.write_text(mini.replace("\nname: mini\n", f"\nname: {name}\n"), encoding="utf-8")
        load_pack(str(path))
    assert pack_if_loadable(names[-1]) is not None
    # a service trying packs for ever keeps only the latest files, and their names with them
    assert pack_if_loadable(names[0]) is None
