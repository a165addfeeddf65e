"""``rules docs --pack PATH -o DIR`` writes ``DIR/<the pack's name>.md`` (attack 440 M2: an
absolute path wrote "<pack>.yaml.md" next to the pack, outside ``-o``; a relative one failed
with "folder … tidak ada")."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from paracheck.rules.loader import PACKS_DIR

ROOT = Path(__file__).parents[1]


def test_a_pack_file_given_by_path_is_written_into_the_output_folder(tmp_path) -> None:
    packs = tmp_path / "packs"
    packs.mkdir()
    for source in PACKS_DIR.glob("*.yaml"):
        shutil.copyfile(source, packs / source.name)
    own = packs / "salinan.yaml"
    own.write_text(
        (packs / "pp28-2018.yaml")
        .read_text(encoding="utf-8")
        .replace("\nname: pp28-2018\n", "\nname: pp28-salinan\n"),
        encoding="utf-8",
    )
    out = tmp_path / "docs"
    for given in (str(own), "packs/salinan.yaml"):
        done = subprocess.run(
            [sys.executable, "-m", "paracheck", "rules", "docs", "--pack", given, "-o", str(out)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert [p.name for p in out.iterdir()] == ["pp28-salinan.md"]
    assert not list(packs.glob("*.md"))
