"""A DPRD request made before the MoU was signed is said as such in the memo's brief, not as
the signed text "sedang dibahas sejak" a day before it existed (province trial 480 L-1:
Kalimantan Barat asked its DPRD on 15 January 2024 and signed on 20 February 2024)."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import view

KALBAR = Path(__file__).parent / "data" / "prov480-05-kalbar-gangwon-2024.yaml"


def test_a_request_made_before_the_signing_is_said_to_be_so():
    result = paracheck.assess(paracheck.load_proposal(str(KALBAR)))
    line = dict(view.brief(result, "id"))["Persetujuan DPRD atas MoU yang telah ditandatangani"]
    assert line.startswith(
        "permohonannya diajukan pada 15 Januari 2024, sebelum MoU ditandatangani, dan masih "
        "dibahas; yang perlu disetujui: naskah MoU yang ditandatangani pada 20 Februari 2024"
    ), line
    english = dict(view.brief(result, "en"))["The DPRD's approval of the signed MoU"]
    assert english.startswith("asked for on January 15, 2024, before the MoU was signed")
