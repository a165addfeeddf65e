"""A step the law of the signing's date did not require is not "Belum waktunya".

Wording review 26 (B10): an MoU signed in 2019, judged at its evaluation in 2026 under PP
28/2018, showed "Verifikasi rencana kerja sama | tidak (belum diwajibkan saat
penandatanganan) | Belum waktunya". The legend defines "Belum waktunya" as owed from a later
stage or step; for that MoU nothing is later. The table now says the file does not list the
step, and its "Wajib" column says why it is not owed.
"""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import view

DATA = Path(__file__).parent / "data" / "words26-mou-2019-evaluation.yaml"


def _rows() -> dict[str, tuple[str, str]]:
    a = paracheck.assess(paracheck.load_proposal(str(DATA)))
    return {
        e.step: (view.step_required(a, e, "id"), view.step_status(a, e, "id")) for e in a.procedure
    }


def test_a_step_brought_in_after_the_signing_is_not_listed_rather_than_not_yet_due():
    rows = _rows()
    assert rows["verification"] == (
        "tidak (belum diwajibkan saat penandatanganan)",
        "Tidak dicantumkan",
    )
    required, status = rows["central_approval"]
    assert required.startswith("tidak sebagai langkah tersendiri")
    assert status == "Tidak dicantumkan"


def test_no_step_of_that_mou_is_said_to_be_not_yet_due():
    assert all(status != "Belum waktunya" for _, status in _rows().values())
