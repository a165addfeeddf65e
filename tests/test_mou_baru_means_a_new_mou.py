""" "MoU baru" means a new MoU (the lapsed-MoU plan's "Bila kerja sama dilanjutkan dengan MoU
baru", REG-044's "Pastikan MoU baru ditandatangani …"), so a check does not use "baru" for
"only then" beside it: REG-021 read "MoU baru ditandatangani setelah Surat Kuasa terbit", in
a lapsed memo a statement about a future MoU, which is not what it judges; IMP-007 said "baru
MoU ditandatangani" for an MoU signed but not yet carried out (words19 B4)."""

from __future__ import annotations

import re

import pytest

import paracheck
from paracheck.rules.loader import load_pack


def _texts(rule) -> list[str]:
    """A rule's Indonesian check, title and clearing sentence."""
    said = [rule.title.id]
    for field in ("check", "clears_when"):
        text = getattr(rule, field, None)
        if text is not None:
            said.append(text.id)
    return said


@pytest.mark.parametrize("pack_name", paracheck.pack_names())
def test_no_check_says_baru_for_only_then_beside_a_new_mou(pack_name):
    wrong = []
    for rule in load_pack(pack_name).rules:
        for text in _texts(rule):
            # "MoU baru ditandatangani setelah …" (only then), "baru MoU ditandatangani" (just)
            if re.search(r"MoU baru ditandatangani setelah|baru MoU ditandatangani", text):
                wrong.append((rule.id, text))
    assert not wrong, wrong


@pytest.mark.parametrize("pack_name", paracheck.pack_names())
def test_reg_021_says_the_mou_is_signed_after_the_full_powers(pack_name):
    rule = next((r for r in load_pack(pack_name).rules if r.id == "REG-021"), None)
    if rule is None:
        pytest.skip(f"{pack_name} has no REG-021")
    assert rule.check is not None
    assert "MoU ditandatangani setelah Surat Kuasa terbit" in rule.check.id
