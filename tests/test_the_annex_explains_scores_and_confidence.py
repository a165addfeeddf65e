"""The annex says what a score's scale is and what a source's confidence means.

Review 300, 10 and 11: "skor 16" and "Skor 141" were given with no scale, and "keyakinan
sedang-tinggi" beside the law on the first screen read to a DPRD member as a legal basis in
doubt; nothing in the report said that medium and low mark what comes from secondary sources
(REGULATION.md), to be confirmed against the official text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

NTB = Path(__file__).resolve().parents[1] / "examples" / "ntb-zhejiang-2015.yaml"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_report_says_the_scales_and_what_confidence_means(fmt: str) -> None:
    a = paracheck.assess(paracheck.load_proposal(NTB))
    said = " ".join(paracheck.render(a, fmt, "id").split())
    assert (
        "kemungkinan (1–5) × dampak (1–5), sehingga satu risiko paling tinggi bernilai 25" in said
    )
    assert "Keyakinan atas isi sumber yang dikutip: tinggi bila isinya sudah pasti;" in said
    assert "sedang-tinggi, sedang, sedang-rendah, atau rendah" in said
    assert "sehingga perlu dipastikan pada naskah resminya." in said
    english = " ".join(paracheck.render(a, fmt, "en").split())
    assert "(1–5), so a single risk scores at most 25" in english
    assert "to be confirmed against the official text." in english
