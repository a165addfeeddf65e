"""An MoU signed before the central government approved it: what goes on while the approval
is awaited, and what the letter to Kemendagri is (wording review 57 M5, M6, M10).

- The Saran's opening holds implementation not yet begun until the approval or directions
  arrive; the sentence after it read "Dengan syarat itu, kerja sama dapat dilanjutkan sesuai
  MoU", which a reader took as going on now. It says now that activities under way go on and
  new ones start once that condition is met.
- Beside a request for approval already under way the letter is a follow-up to it, not a
  second request; the date the file gives such a step is the day it was begun or asked, and
  the evidence says so where it read as the day of the approval.
- A partnership quiet for over a year: the decision's options include funding the
  programme already planned, not only new programmes or ending the MoU.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report.advice import advice

DATA = Path(__file__).parent / "data"
EXAMPLES = Path(__file__).parent.parent / "examples"
IN_PROGRESS = DATA / "wording57-central-approval-in-progress.yaml"
PENDING_AND_DPRD_LATE = EXAMPLES / "signed-before-dprd-2021.yaml"
QUIET = DATA / "holdout400-bitung-davao-2024.yaml"


def _assessed(path: Path) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(str(path)))


def _saran(a: paracheck.Assessment, lang: str) -> list[str]:
    return [" ".join(item.split()) for item in advice(a, lang)]


def test_a_held_mou_with_no_other_risk_to_follow_says_what_waits_and_what_goes_on() -> None:
    a = _assessed(IN_PROGRESS)
    saran = _saran(a, "id")
    # REG-046 (the Full Powers before the approval) is answered by the same letter (wording
    # 58 M3): named with it, not left as another risk to follow
    assert saran[0].endswith("(REG-023, REG-046)."), saran[0]
    # the approval named, not "syarat itu" alone in its item; no leave to go on "sesuai MoU"
    # under an MoU not approved (wording review 58 H1, M1)
    assert saran[1] == (
        "Sampai persetujuan pemerintah pusat terbit, program baru, perjanjian kerja sama "
        "(PKS), dan pengiriman peserta berikutnya belum dimulai; program yang sudah berjalan, "
        "bila ada, diteruskan tanpa diperluas."
    )
    assert not any(item.startswith("Dengan syarat itu") for item in saran)
    assert not any("sesuai MoU" in item for item in saran[:2])
    english = _saran(a, "en")
    assert english[1].startswith("Until the central government's approval is issued, no new")


def test_a_held_mou_with_risks_to_follow_says_the_hold_after_its_decision() -> None:
    saran = _saran(_assessed(PENDING_AND_DPRD_LATE), "id")
    assert saran[1].startswith("Dengan syarat itu, kerja sama dapat dilanjutkan dengan pembenahan")
    assert saran[1].endswith(
        "Sampai persetujuan pemerintah pusat terbit, program baru, perjanjian kerja sama (PKS), "
        "dan pengiriman peserta berikutnya belum dimulai; program yang sudah berjalan, bila ada, "
        "diteruskan tanpa diperluas."
    )


def test_the_letter_to_kemendagri_follows_up_a_request_already_made() -> None:
    saran = _saran(_assessed(IN_PROGRESS), "id")
    assert "(bila permohonan persetujuan sudah diajukan, surat itu menjadi susulannya)" in saran[0]
    assert "ditandatangani sebelum ada persetujuan pemerintah pusat" in saran[0]
    # the hold lifts with the approval, as the plan's "Setelah persetujuan … terbit" says; a
    # direction to put things right is carried out first, not a go-ahead (wording review 58 H2)
    assert (
        "sampai persetujuan itu terbit, pelaksanaan kerja sama yang belum dimulai ditunda"
        in (saran[0])
    )
    assert "persetujuan atau arahan itu diterima" not in saran[0]


def test_the_date_of_a_step_under_way_is_said_to_be_the_day_it_began() -> None:
    a = _assessed(IN_PROGRESS)
    check = next(c for c in a.checks if c.rule_id == "REG-023")
    dates = {e.path: e for e in check.evidence if e.path.endswith(".date")}
    begun = dates["procedure.central_approval.date"]
    assert begun.value == "2021-08-01"
    assert begun.note is not None
    assert begun.note.id.startswith("langkah ini sedang berjalan: tanggal ini ialah tanggal")
    assert "dimulai atau permohonannya diajukan" in begun.note.id
    assert "under way" in begun.note.en
    # a step completed keeps its date as the day it was done, with no such note
    signed = dates["procedure.signing.date"]
    assert signed.note is None


def test_the_date_of_a_step_not_yet_taken_is_not_said_to_be_the_day_it_began() -> None:
    # wording review 58 H3: "dimulai atau diajukan" beside "belum diajukan" in the same memo
    text = IN_PROGRESS.read_text(encoding="utf-8").replace(
        "{step: central_approval, status: in_progress, date: 2021-08-01}",
        "{step: central_approval, status: pending, date: 2021-08-01}",
    )
    a = paracheck.assess(paracheck.load_proposal_text(text))
    check = next(c for c in a.checks if c.rule_id == "REG-023")
    (day,) = [e for e in check.evidence if e.path == "procedure.central_approval.date"]
    assert day.note is not None
    assert day.note.id == "langkah ini belum dilakukan: tanggal ini bukan tanggal selesainya"


def test_a_quiet_partnerships_decision_names_funding_the_programme_planned() -> None:
    a = _assessed(QUIET)
    saran = _saran(a, "id")
    assert saran[0].endswith("(IMP-013)."), saran[0]
    assert (
        "pendanaan program untuk sisa masa berlaku MoU (program terhenti yang dijadwalkan ulang, "
        "program yang sudah direncanakan, atau program baru yang disepakati dengan mitra)"
        in saran[0]
    )
    assert (
        "the decision between funded programmes for the rest of the MoU's term"
        in (_saran(a, "en")[0])
    )
