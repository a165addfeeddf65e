"""A procedure step whose status the file gives as unknown is neither a step to go on to nor
one taken for granted (words20 A1, A5): the Saran named a proposal's LoI of unknown status as
the step to go on to ("diteruskan ke penyusunan dan penandatanganan surat pernyataan kehendak
(LoI)" while the DPRD's approval was under way), and said nothing of a running MoU's four
unknown legal steps while its verdict line counted one unassessed check."""

from __future__ import annotations

from pathlib import Path

import yaml

import paracheck
from paracheck.facts.loader import parse_proposal_data
from paracheck.report.advice import advice

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "well-prepared-2023.yaml"


def _assessed(stage: str, statuses: dict[str, str | None]) -> paracheck.Assessment:
    """The well-prepared example at ``stage``, its steps' statuses replaced by ``statuses``
    (a step given None is left out, one not named keeps the example's)."""
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["stage"] = stage
    steps = []
    for step in data["procedure"]:
        if step["step"] in statuses:
            if statuses[step["step"]] is None:
                continue
            step = {"step": step["step"], "status": statuses[step["step"]]}
        steps.append(step)
    data["procedure"] = steps
    if stage == "proposal":
        data.pop("sectors", None)  # no running programmes behind a proposal
    proposal = parse_proposal_data(data)
    return paracheck.assess(proposal, as_of=proposal.date)


_LATER = ("verification", "agreement_drafting", "central_approval", "full_powers", "signing")
_AFTER = ("implementing_agreement", "reporting")


def _proposal_with_unknown_loi() -> paracheck.Assessment:
    return _assessed(
        "proposal",
        {
            "letter_of_intent": "unknown",
            "dprd_approval": "in_progress",
            **dict.fromkeys(_LATER + _AFTER),
        },
    )


def test_a_step_of_unknown_status_is_not_the_step_a_proposal_goes_on_to():
    a = _proposal_with_unknown_loi()
    saran = advice(a, "id")
    decision = saran[0]
    assert "surat pernyataan kehendak" not in decision
    assert "ke verifikasi rencana kerja sama, setelah persetujuan DPRD selesai" in decision


def test_a_proposal_step_of_unknown_status_is_named_to_be_confirmed_first():
    a = _proposal_with_unknown_loi()
    confirm = [s for s in advice(a, "id") if "belum diketahui" in s]
    assert len(confirm) == 1
    said = confirm[0]
    assert "surat pernyataan kehendak (LoI)" in said
    assert "sebelum usulan diteruskan" in said and "ditugaskan memastikannya" in said
    english = [s for s in advice(a, "en") if "does not give the status" in s]
    assert len(english) == 1 and "letter of intent" in english[0]


# Full Powers are no step of the example's regime (Permendagri 25/2020; trial29 M2)
_LEGAL = ("dprd_approval", "verification", "central_approval", "agreement_drafting")


def _running_mou_with_unknown_legal_steps() -> paracheck.Assessment:
    return _assessed("active", dict.fromkeys(_LEGAL, "unknown"))


def test_a_running_mous_unknown_required_steps_are_named_in_the_saran():
    a = _running_mou_with_unknown_legal_steps()
    confirm = [s for s in advice(a, "id") if s.startswith("Status langkah")]
    assert len(confirm) == 1
    for name in (
        "persetujuan DPRD",
        "verifikasi rencana kerja sama",
        "persetujuan pemerintah pusat",
        "penyusunan naskah perjanjian bersama Kemlu dan Kemendagri",
    ):
        assert name in confirm[0]
    assert "dinilai ulang" in confirm[0]


def test_many_unknown_required_steps_are_counted_and_the_table_named():
    """More steps than the Saran names are counted, with the table that names each: NTB's
    six named pushed its two-page memo to a third."""
    steps = (*_LEGAL, "letter_of_intent", "cooperation_plan")
    confirm = [s for s in advice(_assessed("active", dict.fromkeys(steps, "unknown")), "id")]
    confirm = [s for s in confirm if s.startswith("Status enam langkah wajib belum diketahui")]
    assert len(confirm) == 1 and "tabel langkah prosedur" in confirm[0]


def test_no_step_to_confirm_when_every_step_is_known():
    a = _assessed("active", {})
    assert not any("belum diketahui dari berkas" in s for s in advice(a, "id"))
