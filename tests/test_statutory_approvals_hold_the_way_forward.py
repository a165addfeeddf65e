"""The approvals a law requires — the DPRD's, the central government's — hold the way
forward (attack 380 H4, H5).

- A proposal is never told to go on past the DPRD's approval: not listed, or of unknown
  status, beside a later step the file records as taken (the central approval), it is the
  step the Saran goes on to, as the next steps below it list it. It read "Usulan dapat
  diteruskan ke penandatanganan MoU" beside "1. Persetujuan DPRD: tidak diketahui".
- A signed MoU the DPRD has not approved (the step pending, or recorded as not needed) is
  put before the DPRD before anything starts, and implementation not yet begun waits, as
  for an MoU the central government has not approved (REG-023). It read "dapat dilanjutkan
  ke penyusunan perjanjian kerja sama (PKS)" beside the action sending the MoU to the DPRD
  "untuk dibahas, disetujui atau ditinjau ulang". Where the step is not listed the approval
  may exist, and the file is asked (as REG-011 does for the central approval).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.report import view
from paracheck.report.advice import advice

DATA = Path(__file__).parent / "data"
UNKNOWN_CENTRAL_DONE = DATA / "attack380-s6-dprd-unknown-central-done.yaml"
MISSING_REST_DONE = DATA / "attack380-s6-dprd-missing-rest-done.yaml"
SIGNED_PENDING = DATA / "attack380-s8-ms-dprd-pending.yaml"
SIGNED_NOT_NEEDED = DATA / "attack380-s8-ms-dprd-na.yaml"


def _assessed(path: Path) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(str(path)))


def _saran(path: Path, lang: str = "id") -> list[str]:
    return [" ".join(item.split()) for item in advice(_assessed(path), lang)]


@pytest.mark.parametrize(
    ("path", "said"),
    [
        (
            UNKNOWN_CENTRAL_DONE,
            "Usulan dapat diteruskan ke persetujuan DPRD (statusnya belum diketahui dari berkas",
        ),
        (
            MISSING_REST_DONE,
            "Usulan dapat diteruskan ke persetujuan DPRD (langkah ini tidak tercantum dalam berkas",
        ),
    ],
    ids=["unknown", "not listed"],
)
def test_a_proposal_goes_on_to_the_dprds_approval_not_past_it(path: Path, said: str) -> None:
    saran = _saran(path)
    assert saran[0].startswith(said), saran[0]
    assert not any("diteruskan ke penandatanganan" in item for item in saran)
    assert not any("diteruskan ke verifikasi" in item for item in saran)
    steps = [line for _, lines in view.next_steps(_assessed(path), "id") for line in lines]
    assert steps[0].startswith("Persetujuan DPRD")


@pytest.mark.parametrize(
    ("path", "rule"), [(SIGNED_PENDING, "REG-020"), (SIGNED_NOT_NEEDED, "REG-010")]
)
def test_a_signed_mou_the_dprd_has_not_approved_holds_implementation(path: Path, rule: str) -> None:
    a = _assessed(path)
    saran = _saran(path)
    assert saran[0].startswith(
        "Sebelum program baru, perjanjian kerja sama (PKS) atau pengiriman peserta dimulai, "
        "Wali Kota menyampaikan MoU yang telah ditandatangani beserta rencana kerja samanya "
        "kepada DPRD untuk dimintakan persetujuan (bila permohonan persetujuan sudah diajukan, "
        "MoU itu disampaikan dalam pembahasannya); sampai DPRD menyetujuinya, pelaksanaan kerja "
        f"sama yang belum dimulai ditunda ({rule})."
    ), saran[0]
    assert not any("dapat dilanjutkan ke penyusunan perjanjian kerja sama" in s for s in saran)
    headings = [heading for heading, _ in view.action_plan(a, "id")]
    assert headings[0] == (
        "Segera, sebelum program baru, perjanjian kerja sama (PKS), atau pengiriman peserta "
        "berikutnya dimulai"
    )
    assert any(h.startswith("Setelah persetujuan DPRD terbit — ") for h in headings), headings
    assert not any("pemerintah pusat" in h for h in headings)
    english = [heading for heading, _ in view.action_plan(a, "en")]
    assert any(h.startswith("Once the DPRD's approval is issued — ") for h in english), english


def test_a_signed_mou_awaiting_the_central_approval_still_names_it() -> None:
    example = Path(__file__).parent.parent / "examples" / "signed-before-dprd-2021.yaml"
    a = _assessed(example)
    assert view.awaiting_approval(a) == {"REG-023"}
    assert view.awaited_words(a, "id") == "persetujuan pemerintah pusat terbit"
    assert view.awaited_words(a, "en") == "the central government's approval is issued"
    # its DPRD approval is recorded, only late: REG-020 opens nothing, it is followed up
    saran = _saran(example)
    assert saran[0].endswith(
        "pelaksanaan kerja sama yang belum dimulai ditunda, dan arahan pembenahan, bila diberikan, "
        "dijalankan lebih dulu (REG-023)."
    )
    assert "MoU ditandatangani sebelum persetujuan DPRD (REG-020), ditindaklanjuti" in saran[1]
