"""A signed MoU the DPRD is still being asked to approve: implementation waits, the
request is not read as the approval, and the checks on an approval given do not tick
(trial 390, a DPRD commission's expert staff: Kota Cilegon – Ulsan, signed in October 2023,
the request to the DPRD sent on 22 January 2024 and recorded ``in_progress`` with that date,
a return visit already paid from the APBD).

- H1: the stage notice (a programme run at stage "MoU ditandatangani") made the Saran open
  "… memperbaiki data …; keputusan menunggu penilaian ulang itu. Menurut data yang ada
  sekarang, kerja sama dapat dilanjutkan dengan pembenahan", with no word that
  implementation waits for the DPRD and the central government, which the same file at stage
  ``active`` said. The approvals a law requires hold implementation whatever the data to
  correct.
- M1: "Karena persetujuan DPRD terbit sesudah penandatanganan, pastikan …" stood beside
  "Karena DPRD belum menyetujui, …": the date of a step in progress is the day it began, not
  the day an approval was given.
- L1: "Bila DPRD sudah menyetujui, …" (REG-024, REG-048) were ticked on that date.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

import paracheck
from paracheck.report.advice import saran

CASE = Path(__file__).parent / "data" / "holdout391-cilegon-ulsan-2024.yaml"


def _data() -> dict[str, Any]:
    return copy.deepcopy(yaml.safe_load(CASE.read_text(encoding="utf-8")))


def _assess(data: dict[str, Any]) -> paracheck.Assessment:
    return paracheck.assess(data, source="cilegon.yaml")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_saran_holds_implementation_for_both_approvals_beside_the_data_to_correct() -> None:
    a = _assess(_data())
    assert "stage_behind_programmes" in {n.code for n in a.notices}
    said = saran(a, "id")
    items = [_flat(item) for item in said.items]
    assert items[0].startswith("Bagian Kerja Sama ditugaskan memperbaiki data")
    holds = items[1]
    waits = "pelaksanaan kerja sama yang belum dimulai ditunda"
    assert f"sampai DPRD menyetujuinya, {waits} (REG-020)" in holds
    assert (
        f"sampai persetujuan itu terbit, {waits}, dan arahan pembenahan, bila diberikan, "
        "dijalankan lebih dulu (REG-023)"
    ) in holds
    assert items[2].startswith("Menurut data yang ada sekarang, dengan kedua syarat itu,")
    # the first screen says the hold with the decision resting on it
    first = _flat(said.on_first_screen("id"))
    assert first.startswith("Saran (butir 2 dan 3):")
    assert "(REG-020)" in first and "(REG-023)" in first


def test_the_same_hold_is_said_in_english() -> None:
    items = [_flat(item) for item in saran(_assess(_data()), "en").items]
    assert any("(REG-020)" in item and "(REG-023)" in item for item in items[1:2])


def test_a_request_in_progress_is_not_read_as_an_approval_given_late() -> None:
    a = _assess(_data())
    texts = [r.text.id for c in a.checks for r in c.recommendations]
    # the request before the DPRD is not made again (trial dprd430 F-1)
    assert any(t.startswith("Karena permohonan persetujuan sedang dibahas DPRD") for t in texts)
    assert not any(t.startswith("Karena DPRD belum menyetujui") for t in texts)
    assert not any(t.startswith("Karena persetujuan DPRD terbit sesudah") for t in texts)


def test_the_checks_on_an_approval_given_do_not_tick_on_the_date_of_the_request() -> None:
    checks = {c.rule_id: c for c in _assess(_data()).checks}
    for rule in ("REG-024", "REG-048"):
        assert checks[rule].not_applicable is not None, rule
        assert checks[rule].not_applicable.id.startswith("DPRD belum menyetujui")


def test_the_approval_once_given_is_judged_on_its_date_again() -> None:
    data = _data()
    for step in data["procedure"]:
        if step["step"] == "dprd_approval":
            step["status"] = "done"
    checks = {c.rule_id: c for c in _assess(data).checks}
    assert checks["REG-048"].not_applicable is None
    texts = [r.text.id for r in checks["REG-020"].recommendations]
    assert any(t.startswith("Karena persetujuan DPRD terbit sesudah") for t in texts)


def _brief(data: dict[str, Any]) -> dict[str, str]:
    from paracheck.report import view

    return dict(view.brief(_assess(data), "id"))


def test_the_brief_says_the_signed_mou_is_before_the_dprd() -> None:
    # H3: "Diajukan untuk persetujuan DPRD" was said of a proposal's plan only; what the
    # approval must cover, beside where the request stands (wording review 56 H3)
    line = _brief(_data())["Persetujuan DPRD atas MoU yang telah ditandatangani"]
    assert line.startswith(
        "sedang dibahas sejak 22 Januari 2024; yang perlu disetujui: naskah MoU yang "
        "ditandatangani pada 18 Oktober 2023 beserta rencana kerja samanya"
    )


def test_a_signed_mou_says_it_is_to_go_to_the_dprd_when_not_yet_asked() -> None:
    data = _data()
    for step in data["procedure"]:
        if step["step"] == "dprd_approval":
            step["status"] = "pending"
            del step["date"]
    line = _brief(data)["Persetujuan DPRD atas MoU yang telah ditandatangani"]
    assert line.startswith("belum diajukan; yang perlu disetujui: naskah MoU")


def test_no_dprd_line_once_approved_or_where_the_file_does_not_say() -> None:
    approved = _data()
    unlisted = _data()
    for step in approved["procedure"]:
        if step["step"] == "dprd_approval":
            step["status"] = "done"
    unlisted["procedure"] = [s for s in unlisted["procedure"] if s["step"] != "dprd_approval"]
    for data in (approved, unlisted):
        said = _brief(data)
        assert not any("persetujuan DPRD" in label for label in said)


def test_a_text_the_ministries_have_not_seen_is_put_to_them_not_only_recorded() -> None:
    # trial 390 M3: REG-019 (high) asked only "catat dalam berkas …" of a running MoU; the
    # head of region's letter sends the signed text for review (wording review 56 M2)
    checks = {c.rule_id: c for c in _assess(_data()).checks}
    texts = [r.text.id for r in checks["REG-019"].recommendations]
    assert any(
        t.startswith("Siapkan surat Wali Kota kepada Menteri Luar Negeri dan Menteri Dalam Negeri")
        and "naskah MoU yang telah ditandatangani untuk ditelaah" in t
        for t in texts
    )
