"""An empty action plan above the procedure steps still ahead says that they follow, not a
bare "Tidak ada." (web 462 M5: "Rencana tindak lanjut per tahap — Tidak ada." read as no way
forward, above the list of the DPRD's approval, the verification and the signing)."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

FILE = Path(__file__).parent / "data" / "web462-temanggung-takayama-2025.yaml"
SAID = {
    "id": "Tidak ada temuan yang memerlukan tindak lanjut. Langkah prosedur yang masih harus "
    "ditempuh tercantum pada bagian Langkah prosedur berikutnya di bawah ini.",
    "en": "No finding needs follow-up. The procedure steps still to take are listed under Next "
    "procedure steps below.",
}


@pytest.fixture(scope="module")
def assessed() -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(str(FILE)))


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_empty_plan_says_the_steps_ahead_follow(assessed, fmt, lang) -> None:
    out = " ".join(paracheck.render(assessed, fmt, lang).split())
    assert SAID[lang] in out
    # and the steps do follow it
    assert out.index(SAID[lang]) < out.index(
        "Persetujuan DPRD: belum dilakukan" if lang == "id" else "DPRD approval: pending"
    )


def test_a_blocked_proposal_whose_steps_wait_says_none_as_before() -> None:
    blocked = Path(__file__).parents[1] / "examples" / "blocked-taiwan-2022.yaml"
    a = paracheck.assess(paracheck.load_proposal(str(blocked)))
    assert SAID["id"] not in paracheck.render(a, "text", "id")
