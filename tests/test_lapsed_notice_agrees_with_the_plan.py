"""Beside a lapsed MoU, the notice and the plan say the same about what is done with the partner.

Trial 22, finding 6: the notice said that follow-up "seperti pelaksanaan program dan pemantauan
bersama mitra" waits for a new MoU, while the plan's firm evaluation group held IMP-005's review
meeting with the partner ("Adakan rapat peninjauan sektor bersama mitra …; putuskan apakah
dilanjutkan, diubah, atau dihentikan"). That review is the evaluation's input (it decides whether
each sector goes on, changes or stops): it is done now. The notice's example of what waits is now
what the plan holds (the programmes carried out, the joint working group's meetings), and it
says that the review of the sectors and programmes for the evaluation is held now. Since trial 30
W2 that review beside a lapsed MoU is the region's own (IMP-005's lapsed half: "Tinjau kegiatan
sektor ini dalam evaluasi kerja sama …"), nothing being settled with the partner before the head
of region decides; the notice no longer says "peninjauan bersama mitra".
"""

from __future__ import annotations

from paracheck.report import view

from .test_lapsed_mou_plan import COMMITTEE, _assess

REVIEW = "Tinjau kegiatan sektor ini dalam evaluasi kerja sama"  # IMP-005, the region's own


def test_the_notice_keeps_the_review_that_the_plan_holds_now():
    a = _assess()
    (notice,) = [n for n in a.notices if n.code == "mou_expired"]
    (_, now), *held = view.action_plan(a, "id")
    now_texts = [str(act["text"]) for act in now]
    held_texts = [str(act["text"]) for _, acts in held for act in acts]
    # the plan: the region's review now, the committee's meeting if it goes on
    assert any(t.startswith(REVIEW) for t in now_texts)
    assert any(t.startswith(COMMITTEE) for t in held_texts)
    # the notice: the same, not "pemantauan bersama mitra" among what waits
    assert "pemantauan bersama mitra" not in notice.text.id
    assert (
        "seperti pelaksanaan program dan sidang kelompok kerja bersama, baru dilaksanakan bila "
        "kerja sama dilanjutkan dengan MoU baru; peninjauan sektor dan program sebagai bahan "
        "evaluasi tetap dilakukan sekarang."
    ) in notice.text.id
    assert "monitoring with the partner" not in notice.text.en
    assert "peninjauan bersama mitra" not in notice.text.id
    assert "the review of the sectors and programmes for the evaluation is held now." in (
        notice.text.en
    )
