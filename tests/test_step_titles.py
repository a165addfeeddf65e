"""A rule about a procedure step says what is missing in words true for every status on
which it fires. words17 A1: "Persetujuan DPRD belum tercatat, padahal MoU sudah
ditandatangani" beside the evidence "Status langkah persetujuan DPRD: tidak diperlukan", and
"Verifikasi belum tercatat" beside "sedang berjalan": the step *is* recorded, so the title told
the officer that only a paper was missing when the approval was never given or unfinished."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

import paracheck

#: statuses an officer records for a step that is not done (the proposal contract's)
RECORDED_NOT_DONE = ("pending", "in_progress", "not_applicable")
#: "not recorded", unless it is "not recorded as done" (true of every status but done)
SAYS_UNRECORDED = {
    "id": re.compile(r"(belum|tidak) tercatat(?! selesai)"),
    "en": re.compile(r"not recorded(?! as done)|\bno [\w ()]+ recorded"),
}


def _status_tests(when: Any) -> Iterator[tuple[str, str, list[str]]]:
    """(step, operator, values) of every test of a step's status in a raw condition."""
    if isinstance(when, dict):
        path = when.get("path", "")
        found = re.fullmatch(r"procedure\.(\w+)\.status", path)
        if found:
            for op in ("not_in", "in", "eq", "ne"):
                if op in when:
                    value = when[op]
                    yield found.group(1), op, value if isinstance(value, list) else [value]
        for value in when.values():
            yield from _status_tests(value)
    elif isinstance(when, list):
        for value in when:
            yield from _status_tests(value)


def _recorded_firing(rule: Any) -> set[str]:
    """The recorded statuses of a step not done on which the rule's condition can fire: a
    ``not_in`` that leaves them out, or an ``in`` / ``eq`` that names them."""
    out: set[str] = set()
    for _, op, values in _status_tests(rule.when):
        if op == "not_in":
            out |= {s for s in RECORDED_NOT_DONE if s not in values}
        elif op in ("in", "eq"):
            out |= {s for s in RECORDED_NOT_DONE if s in values}
    return out


@pytest.mark.parametrize("name", ["pp28-2018", "permendagri-3-2008"])
def test_a_step_rule_firing_on_a_recorded_status_never_says_the_step_is_unrecorded(name):
    pack = paracheck.load_pack(name)
    wrong = [
        (rule.id, lang, sorted(firing), rule.title.get(lang))
        for rule in pack.rules
        if (firing := _recorded_firing(rule))
        for lang in ("id", "en")
        if SAYS_UNRECORDED[lang].search(rule.title.get(lang))
    ]
    assert not wrong


def test_the_dprd_title_beside_a_step_recorded_as_not_needed_says_it_is_not_obtained():
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "t",
        "date": "2024-03-01",
        "stage": "active",
        "procedure": [
            {"step": "signing", "status": "done", "date": "2023-05-20"},
            {"step": "dprd_approval", "status": "not_applicable"},
        ],
    }
    check = {c.rule_id: c for c in paracheck.assess(data).checks}["REG-010"]
    assert check.status == "risk"
    assert check.title.id.startswith("Persetujuan DPRD belum diperoleh")
