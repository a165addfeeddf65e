"""A file whose sectors were only put in another order has not changed (attack 380 M2).

The sentences paracheck writes name a list's members in the file's order, so ``diff`` of NTB
against the same file with its sectors reversed said "SARAN YANG BERUBAH" (a sentence naming
"sektor infrastruktur dan pertambangan" removed, one naming "sektor pertambangan dan
infrastruktur" added) and, under GOV-005, "Temuannya sama, tetapi keadaannya berubah". The
comparison matches a Saran sentence and a recommendation by their words in any order.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

import paracheck

NTB = Path(__file__).parent.parent / "examples" / "ntb-zhejiang-2015.yaml"


def _memo_of_diff(old: dict[str, Any], new: dict[str, Any], lang: str = "id") -> str:
    a = paracheck.assess(old, source="lama.yaml")
    b = paracheck.assess(new, source="baru.yaml")
    return " ".join(
        paracheck.render_diff(paracheck.diff(a, b), "text", lang, assessments=(a, b)).split()
    )


def test_reversed_sectors_give_no_changed_saran_and_no_changed_circumstances() -> None:
    old = yaml.safe_load(NTB.read_text(encoding="utf-8"))
    new = copy.deepcopy(old)
    new["sectors"] = list(reversed(new["sectors"]))
    said = _memo_of_diff(old, new)
    assert "SARAN YANG BERUBAH" not in said
    assert "keadaannya berubah" not in said
    english = _memo_of_diff(old, new, "en")
    assert "in a changed case" not in english and "Removed in the new version" not in english


def test_a_sector_really_removed_still_changes_the_saran() -> None:
    old = yaml.safe_load(NTB.read_text(encoding="utf-8"))
    new = copy.deepcopy(old)
    new["sectors"] = [s for s in new["sectors"] if s["name"] != "mining"]
    said = _memo_of_diff(old, new)
    assert "SARAN YANG BERUBAH" in said


def test_same_words_reads_a_list_in_any_order_alike_and_other_words_apart() -> None:
    from paracheck.comparison import same_words

    assert same_words("sektor infrastruktur dan pertambangan") == same_words(
        "sektor pertambangan dan infrastruktur"
    )
    assert same_words("sektor infrastruktur dan pertambangan") != same_words(
        "sektor infrastruktur dan pariwisata"
    )
