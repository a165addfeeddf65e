"""A comparison says what its two versions are where that is not what it seems: an old
version with no date, judged as of the day assessed, is not "dated" after the new one (attack
430 L1); one file given twice is said to be one file (attack 430 L2)."""

from __future__ import annotations

from pathlib import Path

import paracheck

DATA = Path(__file__).parent / "data"
OLD = DATA / "holdout400-bitung-davao-2024.yaml"
NEW = DATA / "holdout400-bitung-davao-2026.yaml"


def test_an_old_version_without_a_date_is_said_undated() -> None:
    text = OLD.read_text(encoding="utf-8")
    assert "\ndate: 2024-02-15\n" in text
    old = paracheck.assess(paracheck.load_proposal_text(text.replace("\ndate: 2024-02-15\n", "\n")))
    new = paracheck.assess(paracheck.load_proposal(str(NEW)))
    d = paracheck.diff(old, new)
    assert d.dates_reversed  # the contract's flag stays: the old one was judged later
    said = " ".join(paracheck.render_diff(d, "text", "id").split())
    assert "Versi lama tidak bertanggal sehingga dinilai per hari penilaian (" in said
    assert "bertanggal lebih awal" not in said
    english = " ".join(paracheck.render_diff(d, "text", "en").split())
    assert (
        "The old version gives no date, so it was judged as of the day it was assessed" in english
    )


def test_two_dated_versions_in_the_wrong_order_are_still_said_so() -> None:
    old, new = (paracheck.assess(paracheck.load_proposal(str(p))) for p in (NEW, OLD))
    said = " ".join(paracheck.render_diff(paracheck.diff(old, new), "text", "id").split())
    assert (
        "Versi baru bertanggal lebih awal (15 Februari 2024) daripada versi lama (10 Juni 2026)"
        in said
    )


def test_one_file_given_twice_is_said_to_be_one_file() -> None:
    """Attack 430 L2: the same file on both sides gave a full comparison and "Tidak ada
    perubahan" with no word that both were one text."""
    a = paracheck.assess(paracheck.load_proposal(str(NEW)))
    said = " ".join(paracheck.render_diff(paracheck.diff(a, a), "text", "id").split())
    assert "Kedua versi adalah berkas yang sama (isinya identik)" in said
    other = paracheck.assess(paracheck.load_proposal(str(OLD)))
    said = " ".join(paracheck.render_diff(paracheck.diff(other, a), "text", "id").split())
    assert "berkas yang sama" not in said


def test_no_change_in_the_checks_stands_apart_from_the_changed_entries() -> None:
    """Attack 430 L13: "Tidak ada perubahan pada pemeriksaan." followed the changed entries'
    list with no blank line, and read as one more entry."""
    text = NEW.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    old = paracheck.load_proposal_text(text)
    new = paracheck.load_proposal_text(text.replace(title, title + " (revisi)"))
    a, b = paracheck.assess(old), paracheck.assess(new)
    out = paracheck.render_diff(paracheck.diff(a, b, (old, new)), "text", "id", assessments=(a, b))
    assert "\n\nTidak ada perubahan pada pemeriksaan.\n" in out
