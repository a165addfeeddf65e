"""While a blocker stands, the plan lists only its actions and says the others wait (or, beside
a blocker the region cannot remove, are not taken); the annex, where "rinciannya ada", says the
same over each other finding's advice. It gave a blocked Israeli partnership "Tanyakan kepada
mitra bahasa kerja …" under a plain "Rekomendasi", beside the first page's "Hentikan
penjajakan" (ministry 450 M4). A blocker's own advice keeps the plain heading."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

ROOT = Path(__file__).parent.parent
TAIWAN = ROOT / "examples" / "blocked-taiwan-2022.yaml"  # REG-001: no change cures it
JEDDAH = ROOT / "tests" / "data" / "holdout38-palembang-jeddah-2019.yaml"  # a blocker to deal with

NOT_TAKEN = (
    "Rekomendasi (tidak dijalankan karena kerja sama pemerintah daerah dengan mitra ini tidak "
    "dapat dilakukan)"
)
DEFERRED = "Rekomendasi (ditunda sampai penghambat ditangani)"


def _flat(path: Path, fmt: str) -> str:
    a = paracheck.assess(paracheck.load_proposal(str(path)))
    return " ".join(paracheck.render(a, fmt, "id").split())


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_beside_an_incurable_blocker_the_other_advice_is_said_not_taken(fmt) -> None:
    flat = _flat(TAIWAN, fmt)
    assert NOT_TAKEN in flat
    assert DEFERRED not in flat
    # REG-001's own advice (stop the exploration) keeps the plain heading
    blocker = flat[flat.index("REG-001") :]
    assert "Rekomendasi:" in flat or "Rekomendasi</dt>" in flat, blocker[:200]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_beside_a_blocker_to_deal_with_the_other_advice_is_said_to_wait(fmt) -> None:
    flat = _flat(JEDDAH, fmt)
    assert DEFERRED in flat
    assert NOT_TAKEN not in flat
    # and the questions wait for it too, where beside REG-001 they are not asked (wording 452 M9)
    assert "pertanyaan ditunda sampai penghambat ditangani" in flat
    assert "tidak perlu dijawab" not in flat


def test_without_a_blocker_every_heading_is_plain() -> None:
    flat = _flat(ROOT / "examples" / "ntb-zhejiang-2015.yaml", "text")
    assert "Rekomendasi:" in flat
    assert "Rekomendasi (" not in flat
