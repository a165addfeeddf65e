"""`paracheck rules test` and `rules docs` say what they did in the reader's language:
Indonesian by default, as every other command (they printed "229 passed, 0 failed" and "wrote
…" in English under an Indonesian command line)."""

from __future__ import annotations

from pathlib import Path

import paracheck

from .test_cli_defects import run

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "packs" / "mini.yaml"
#: BUD-001's `fires` example of the mini pack, and the same facts with funds: a clear check
FIRES = "fires: [{budget: {apbd_allocation_idr: 0, other_sources: []}}]"
BROKEN = "fires: [{budget: {apbd_allocation_idr: 5, other_sources: []}}]"


def test_rules_test_counts_the_examples_in_indonesian_by_default():
    count, failures = paracheck.run_examples(str(MINI))
    assert count and not failures
    out = run("rules", "test", "--pack", str(MINI))
    assert out.returncode == 0, out.stderr
    assert out.stdout == f"{MINI}: {count} contoh lulus, 0 gagal\n"
    english = run("rules", "test", "--pack", str(MINI), "--lang", "en")
    assert english.stdout == f"{MINI}: {count} passed, 0 failed\n"


def test_a_failing_example_is_said_in_indonesian_with_what_was_expected_and_found(tmp_path):
    text = MINI.read_text(encoding="utf-8")
    assert FIRES in text
    pack = tmp_path / "broken.yaml"
    pack.write_text(text.replace(FIRES, BROKEN, 1), encoding="utf-8")
    out = run("rules", "test", "--pack", str(pack))
    assert out.returncode == 1
    assert out.stderr == (
        f"GAGAL {pack}: BUD-001: contoh ke-1 di examples.fires seharusnya berisiko, "
        "hasilnya tidak ada temuan\n"
    )
    assert "1 gagal" in out.stdout
    english = run("rules", "test", "--pack", str(pack), "--lang", "en")
    assert english.stderr == (f"FAIL {pack}: BUD-001: examples.fires[0] expected risk, got clear\n")


def test_rules_docs_says_where_it_writes_in_indonesian_by_default(tmp_path):
    out = run("rules", "docs", "--output", str(tmp_path))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == (
        f"menulis rujukan paket aturan ke folder {tmp_path.resolve()} "
        "(pilih folder lain dengan -o FOLDER)"
    )
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written and lines[1:] == [f"ditulis: {tmp_path.resolve() / n}" for n in written]
    english = run("rules", "docs", "--output", str(tmp_path), "--lang", "en").stdout
    assert english.splitlines()[0].startswith(
        f"writing the pack reference into {tmp_path.resolve()}"
    )
    assert english.splitlines()[1:] == [f"wrote {tmp_path.resolve() / n}" for n in written]
