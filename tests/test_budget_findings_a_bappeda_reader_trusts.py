"""Budget findings as a Bappeda planner reads them (bappeda440).

- BUD-001 beside a signed MoU: the Saran opens with the hold its own action states (no new
  commitment that costs money until the funds are in the APBD), before "Kerja sama dapat
  dilanjutkan ke penyusunan perjanjian kerja sama (PKS) …", which read as a go-ahead for the
  PKS with no money and nothing in the RKPD (H2).
- BUD-002 fired on an allocation of Rp0 beside programmes giving APBD parts: its reason says
  so, its advice asks for those parts to be allocated (not for parts the file already has), and
  its "Tidak menjadi temuan bila" no longer says those parts clear it (M1)."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report import render

DATA = Path(__file__).parent / "data"
PANGANDARAN = DATA / "bappeda440-pangandaran-ishigaki-2022.yaml"
BANGKA_BARAT = DATA / "bappeda440-bangkabarat-zhangzhou-2025.yaml"
NO_MONEY = "Kerja sama belum mempunyai dana dari APBD maupun sumber lain:"


def _assessed(path: Path, text: str | None = None) -> paracheck.Assessment:
    if text is None:
        return paracheck.assess(paracheck.load_proposal(str(path)))
    return paracheck.assess(paracheck.load_proposal_text(text, source=path.name))


def _saran(a: paracheck.Assessment, lang: str = "id") -> str:
    memo = " ".join(render(a, "text", lang).split())
    heading = " SARAN " if lang == "id" else " RECOMMENDATION "
    return memo[memo.index(heading) : memo.index("Lampiran" if lang == "id" else "Annex")]


def test_a_signed_mou_with_no_money_opens_the_saran_with_the_hold_on_costly_commitments() -> None:
    a = _assessed(PANGANDARAN)
    assert "BUD-001" in {c.rule_id for c in a.checks if c.status == "risk"}
    saran = _saran(a)
    first, decision = saran.index(f"1. {NO_MONEY}"), saran.index("2. Dengan syarat itu,")
    assert first < decision
    hold = saran[first:decision]
    assert "belum disepakati dengan mitra (BUD-001)." in hold
    assert "RKPD" in hold


def test_the_hold_is_said_in_english_too() -> None:
    saran = _saran(_assessed(PANGANDARAN), "en")
    assert "1. The cooperation has no money from the APBD or any other source:" in saran
    assert "2. On that condition," in saran


def test_an_allocation_on_file_opens_no_hold() -> None:
    text = PANGANDARAN.read_text(encoding="utf-8")
    assert "  apbd_allocation_idr: 0\n" in text
    a = _assessed(
        PANGANDARAN,
        text.replace("  apbd_allocation_idr: 0\n", "  apbd_allocation_idr: 900000000\n"),
    )
    assert "BUD-001" not in {c.rule_id for c in a.checks if c.status == "risk"}
    assert NO_MONEY not in _saran(a)


def test_bud_002_says_the_programmes_apbd_parts_wait_for_an_allocation() -> None:
    a = _assessed(BANGKA_BARAT)
    (check,) = [c for c in a.checks if c.rule_id == "BUD-002"]
    assert check.status == "risk"
    assert "tahun anggaran berikutnya Rp0: sampai bagian itu dialokasikan" in check.why.id
    assert "ada program yang mencantumkan bagian APBD" in check.clears_when.id
    assert "alokasi APBD belum dicantumkan dan ada program" in check.clears_when.id
    advice = [act.text.id for act in a.actions if "BUD-002" in act.rules]
    assert any(
        text.startswith("Usulkan agar bagian APBD yang tercantum pada program") for text in advice
    )
    assert not [text for text in advice if "walaupun kecil" in text]


def test_bud_002_without_programme_parts_still_asks_for_a_share_of_each() -> None:
    text = BANGKA_BARAT.read_text(encoding="utf-8")
    a = _assessed(
        BANGKA_BARAT,
        "\n".join(line for line in text.splitlines() if not line.strip().startswith("apbd_idr:"))
        + "\n",
    )
    assert "risk" in {c.status for c in a.checks if c.rule_id == "BUD-002"}
    advice = [act.text.id for act in a.actions if "BUD-002" in act.rules]
    assert any("walaupun kecil" in text for text in advice)
