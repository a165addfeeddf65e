"""Held-out 152–155, judged on paper before paracheck ran on them (expectations and reasons
written first, in the session's notes): a province's ten-sector proposal, a sound partnership
at its evaluation (no false alarm), an institution paid for by the partner and the APBN with
no APBD, and a process begun under Permendagri 3/2008 and judged three weeks after Permendagri
25/2020 took effect.

153 (low), 154 (medium on the residual IUU-fishing risk) and 155 (low, the next step
verification) agreed. 152 did not, and the tool is kept, argued here: I expected high on
sectors without a lead agency or a programme, but I had left those fields out, and the
contract reads a field left out as not known (``lead_agency: null`` is "none named"). The
tool asks three questions before the proposal goes on and says the verdict may become high;
written as none (``programs: []``, ``lead_agency: null``) the file is high, as I expected.
Mended: the first screen said "belum ada program" of the sectors whose programmes it was
asking for; it now says "program belum dicantumkan" of those.
"""

from __future__ import annotations

from pathlib import Path

from tests.held_out import (
    assert_partner_never_acts,
    assert_verdict_and_grounds,
    assessed,
    memo,
    not_applicable,
)

DATA = Path(__file__).parent / "data"
NTT = DATA / "holdout152-ntt-yunnan-2026.yaml"
TOMOHON = DATA / "holdout153-tomohon-suncheon-2026.yaml"
SELAYAR = DATA / "holdout154-selayar-kmi-2026.yaml"
PALU = DATA / "holdout155-palu-sendai-2020.yaml"
ALL = (NTT, TOMOHON, SELAYAR, PALU)


def _written_as_none(tmp_path: Path) -> Path:
    """152 with two sectors' programmes written as none and the energy sector's lead agency
    as none named."""
    text = NTT.read_text("utf-8")
    text = text.replace(
        "  - name: water_sanitation\n", "  - name: water_sanitation\n    programs: []\n"
    )
    text = text.replace("  - name: trade\n", "  - name: trade\n    programs: []\n")
    text = text.replace("  - name: energy\n", "  - name: energy\n    lead_agency: null\n")
    path = tmp_path / "ntt-none.yaml"
    path.write_text(text, "utf-8")
    return path


def test_ten_sectors_for_two_staff_with_fields_left_out_ask_before_going_on() -> None:
    assert_verdict_and_grounds(
        NTT, "medium_risk", {"HR-005"}, {"TOC-010", "TOC-016"}, {"IMP-001", "IMP-002", "IMP-003"}
    )
    a = assessed(NTT)
    assert a.worst_verdict == "high_risk"
    said = memo(NTT)
    assert "menjawab lebih dulu pertanyaan nomor 1, 2, dan 3" in said


def test_the_brief_tells_programmes_not_given_from_none() -> None:
    said = memo(NTT)
    assert (
        "program belum dicantumkan: air minum dan sanitasi, perdagangan, kebudayaan, "
        "peningkatan kapasitas" in said
    )
    assert "belum ada program" not in said


def test_sectors_written_with_no_programme_and_no_agency_are_high(tmp_path: Path) -> None:
    path = _written_as_none(tmp_path)
    assert_verdict_and_grounds(path, "high_risk", {"IMP-001", "IMP-002", "HR-005"}, set())
    said = memo(path)
    assert (
        "belum ada program: air minum dan sanitasi, perdagangan; program belum dicantumkan: "
        "kebudayaan, peningkatan kapasitas" in said
    )


def test_a_sound_partnership_at_its_evaluation_is_low_with_nothing_to_do() -> None:
    assert_verdict_and_grounds(
        TOMOHON,
        "low_risk",
        set(),
        {"IMP-012", "GOV-021", "GOV-003", "REG-026", "BUD-003", "IMP-005", "IMP-013"},
    )
    assert not_applicable(TOMOHON, "TOC-018")
    assert list(assessed(TOMOHON).actions) == []


def test_an_institution_paid_by_the_partner_and_the_apbn_is_medium_on_iuu_fishing() -> None:
    assert_verdict_and_grounds(
        SELAYAR, "medium_risk", {"TOC-002"}, {"BUD-001", "BUD-002", "TOC-001", "IMP-020"}
    )
    for rule in ("REG-049", "REG-002", "HR-002"):
        assert not_applicable(SELAYAR, rule), rule


def test_a_process_begun_in_2019_judged_in_june_2020_goes_on_to_verification() -> None:
    assert_verdict_and_grounds(PALU, "low_risk", set(), {"REG-018", "REG-017", "TOC-013"})
    assert assessed(PALU).pack.name == "pp28-2018"
    assert "Usulan dapat diteruskan ke verifikasi rencana kerja sama" in memo(PALU)


def test_the_partner_never_acts() -> None:
    for path in ALL:
        assert_partner_never_acts(path)
