"""An order check ("the DPRD approved before the MoU was signed") whose two steps are both
recorded done, one of them without its date, cannot be decided: it is "Belum dapat dinilai"
and asks that date, never "☑ … Tidak ada temuan". The date guards of these checks once read
an absent date as "no date, so no finding" (trial165 c: a file saying only that the DPRD had
approved got "☑ REG-020 … persetujuan DPRD sudah terbit sebelum penandatanganan").

The order checks are found in the shipped packs by their conditions (a comparison of two
steps' dates), so a new one is held to this too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.rules import conditions as c
from paracheck.rules.loader import load_pack

ROOT = Path(__file__).resolve().parents[1]
WELL_PREPARED = ROOT / "examples" / "well-prepared-2023.yaml"

#: per regime pack, a day each step of a proposal is dated on (the earlier step a month
#: before the later one) and the date judged: a pack is run on the dates of its own time
ERAS = {
    "pp28-2018": (dt.date(2022, 3, 1), dt.date(2022, 6, 1), dt.date(2023, 1, 1)),
    "permendagri-3-2008": (dt.date(2015, 3, 1), dt.date(2015, 6, 1), dt.date(2016, 1, 1)),
}


def _order_pairs(rule: Any) -> list[tuple[str, str, str]]:
    """(op, step, other step) of every comparison of two steps' dates in ``rule``'s condition."""
    pairs: list[tuple[str, str, str]] = []
    if rule.for_each:  # a per-sector or per-programme rule reads no procedure step's order
        return pairs
    for node in c.walk(c.parse(rule.when, "proposal")):
        if isinstance(node, c.ComparePaths):
            one, other = node.path.split("."), node.other.split(".")
            if one[0] == other[0] == "procedure" and one[-1] == other[-1] == "date":
                pairs.append((node.op, one[1], other[1]))
    return pairs


def _proposal(steps: list[dict[str, Any]], as_of: dt.date) -> paracheck.Proposal:
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "urutan langkah",
        "date": as_of.isoformat(),
        "stage": "active",
        "form": "sister_province",
        "partner": {"name": "Mitra", "country": "JP", "level": "province"},
        "procedure": steps,
    }
    return paracheck.load_proposal_text(yaml.safe_dump(data, allow_unicode=True))


def _check(result: Any, rule_id: str) -> Any:
    return next(ch for ch in result.checks if ch.rule_id == rule_id)


@pytest.mark.parametrize("pack_name", sorted(ERAS))
def test_each_order_check_asks_the_date_a_done_step_leaves_out(pack_name):
    pack = load_pack(pack_name)
    early, late, as_of = ERAS[pack_name]
    tested = set()
    for rule in pack.rules:
        for op, first, second in _order_pairs(rule):
            assert op == "lt", (rule.id, op)  # "first before second" is the finding
            # in order (second before first): decided; each date left out in turn: open
            dated = [
                {"step": second, "status": "done", "date": early.isoformat()},
                {"step": first, "status": "done", "date": late.isoformat()},
            ]
            in_order = _check(paracheck.assess(_proposal(dated, as_of), pack=pack), rule.id)
            if in_order.not_applicable is not None:
                continue  # not in force on these dates (REG-021 in the 2020 pack)
            assert in_order.status == "clear", (rule.id, in_order.status, in_order.missing)
            for left_out in (0, 1):
                steps = [dict(s) for s in dated]
                del steps[left_out]["date"]
                check = _check(paracheck.assess(_proposal(steps, as_of), pack=pack), rule.id)
                asked = f"procedure.{steps[left_out]['step']}.date"
                assert check.status == "unknown", (rule.id, left_out, check.status)
                assert asked in check.missing, (rule.id, check.missing)
            tested.add(rule.id)
    expected = {"REG-020", "REG-021", "REG-022", "REG-023", "REG-024", "REG-046", "REG-048"}
    if pack_name == "pp28-2018":
        # REG-061: the signing before the verification (province trial 480 M-1)
        expected = (expected - {"REG-021"}) | {"REG-047", "REG-058", "REG-061"}
    assert tested == expected


@pytest.mark.parametrize("pack_name", sorted(ERAS))
def test_a_step_recorded_not_taken_or_unknown_is_not_asked_for_its_date(pack_name):
    """Only a step recorded done lacks a date worth asking: a pending one has none (a
    pending step's date is never asked, held-out 23), and an unknown status is asked by its
    own rule (REG-010), the checks after it waiting on that answer meanwhile."""
    pack = load_pack(pack_name)
    _, late, as_of = ERAS[pack_name]
    for status in ("pending", "unknown"):
        steps = [
            {"step": "letter_of_intent", "status": "done"},
            {"step": "dprd_approval", "status": status},
            {"step": "signing", "status": "done", "date": late.isoformat()},
        ]
        result = paracheck.assess(_proposal(steps, as_of), pack=pack)
        for rule_id in ("REG-020", "REG-024"):
            check = _check(result, rule_id)
            assert "procedure.dprd_approval.date" not in check.missing, (status, rule_id)
        if status == "unknown":  # REG-024 waits on the DPRD's answer, not on the LoI's date
            deferred = _check(result, "REG-024")
            assert deferred.status == "clear" and deferred.waits_on is not None
            assert "REG-010" in deferred.waits_on.id


def _undated_memo(tmp_path: Path, lang: str) -> str:
    """The well-prepared example with its DPRD approval and verification left undated."""
    text = WELL_PREPARED.read_text(encoding="utf-8")
    for step, day in (("dprd_approval", "2022-06-14"), ("verification", "2022-08-30")):
        old = f"{{step: {step}, status: done, date: {day}}}"
        assert old in text
        text = text.replace(old, f"{{step: {step}, status: done}}")
    path = tmp_path / "undated.yaml"
    path.write_text(text, encoding="utf-8")
    proposal = paracheck.load_proposal(str(path))
    return paracheck.render(paracheck.assess(proposal), "markdown", lang=lang)


def test_the_memo_asks_the_dprd_date_instead_of_ticking_the_order(tmp_path):
    memo = _undated_memo(tmp_path, "id")
    question = next(line for line in memo.splitlines() if "persetujuan DPRD” selesai" in line)
    assert question.startswith("1. Pada tanggal berapa langkah")
    for rule_id in ("REG-020", "REG-024", "REG-047", "REG-048"):
        assert rule_id in question.split("Terkait:")[1]
        assert f"`[✓]` | {rule_id} |" not in memo
        assert f"`[ ]` **{rule_id}**" in memo
    # the DPRD's date decides a high-severity check: the verdict says it may rise
    assert "Dapat berubah menjadi risiko tinggi setelah data dilengkapi" in memo
    assert "**Risiko rendah**" in memo  # the verdict is still set by confirmed risks


def test_the_dated_example_still_ticks_the_order():
    result = paracheck.assess(paracheck.load_proposal(str(WELL_PREPARED)))
    for rule_id in ("REG-020", "REG-024", "REG-047", "REG-048"):
        assert _check(result, rule_id).status == "clear"


# --------------------------------------------------------------------------- open examples


def _mini_with(tmp_path: Path, kind: str, example: dict[str, Any]) -> Path:
    """The shipped 2020 pack with REG-020's open example replaced (in a copy of the file)."""
    source = ROOT / "src" / "paracheck" / "rules" / "packs" / "pp28-2018.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    rule = next(r for r in data["rules"] if r["id"] == "REG-020")
    data["name"] = "pp28-2018-test"  # its own name: it differs from the shipped pack
    rule["examples"]["open"] = []
    rule["examples"].setdefault(kind, []).append(example)
    for name in ("thesis-obstacles.yaml", "actors.yaml"):
        (tmp_path / name).write_text(
            (source.parent / name).read_text(encoding="utf-8"), encoding="utf-8"
        )
    path = tmp_path / "pp28-2018.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


UNDATED_DPRD = {
    "procedure": [
        {"step": "dprd_approval", "status": "done"},
        {"step": "signing", "status": "done", "date": "2022-06-10"},
    ]
}


def test_an_open_example_that_asks_something_else_fails_the_rules_test(tmp_path):
    example = {**UNDATED_DPRD, "asks": ["procedure.signing.date"]}
    _, failures = paracheck.run_examples(load_pack(str(_mini_with(tmp_path, "open", example))))
    assert [(f.rule_id, f.kind) for f in failures] == [("REG-020", "open")]
    said = failures[0].describe("id")
    assert "belum dapat dinilai dan menanyakan procedure.signing.date" in said
    assert "procedure.dprd_approval.date" in said  # what it does ask


def test_an_open_example_the_check_decides_fails_the_rules_test(tmp_path):
    dated = {
        "procedure": [
            {"step": "dprd_approval", "status": "done", "date": "2022-03-01"},
            {"step": "signing", "status": "done", "date": "2022-06-10"},
        ]
    }
    _, failures = paracheck.run_examples(load_pack(str(_mini_with(tmp_path, "open", dated))))
    assert [(f.rule_id, f.kind, f.got) for f in failures] == [("REG-020", "open", "clear")]


def test_asks_outside_an_open_example_is_refused_with_its_place(tmp_path):
    example = {**UNDATED_DPRD, "asks": ["procedure.dprd_approval.date"]}
    with pytest.raises(paracheck.PackError) as raised:
        load_pack(str(_mini_with(tmp_path, "clears", example)))
    said = str(raised.value)
    assert "REG-020.examples.clears" in said and "asks" in said
