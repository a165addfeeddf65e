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
from paracheck.report.advice import saran

DATA = Path(__file__).parent / "data"
PANGANDARAN = DATA / "bappeda440-pangandaran-ishigaki-2022.yaml"
BANGKA_BARAT = DATA / "bappeda440-bangkabarat-zhangzhou-2025.yaml"
NO_MONEY = (
    "Alokasi APBD untuk kerja sama ini Rp0 dan tidak ada dana dari sumber lain yang sudah pasti:"
)


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
    assert "tidak disepakati dengan mitra (BUD-001)." in hold
    assert "RKPD" in hold


def test_the_hold_is_said_in_english_too() -> None:
    saran = _saran(_assessed(PANGANDARAN), "en")
    assert (
        "1. The APBD allocation to this cooperation is Rp0 and no money from another source is "
        "certain:" in saran
    )
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
        text.startswith("Usulkan agar bagian APBD yang tercantum pada setiap program")
        for text in advice
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


SUMUT = DATA / "bappeda440-sumut-gyeonggi-2026.yaml"
SUMUT_NEW = DATA / "bappeda440-sumut-gyeonggi-2026-new-programme.yaml"
PLANNED = "context.planned_program_apbd_idr"


def test_a_running_partnerships_new_programme_above_the_allocation_is_bud_008s_finding() -> None:
    # bappeda440 H3: a new Rp2,5 M APBD programme against Rp600 jt read "Tidak berlaku …
    # program yang sudah berjalan", and the Saran said "dapat dilanjutkan" with no budget word
    a = _assessed(SUMUT_NEW)
    (check,) = [c for c in a.checks if c.rule_id == "BUD-008"]
    assert check.status == "risk"
    said = {ev.path: ev.value for ev in check.evidence}
    assert said[PLANNED] == 2_500_000_000
    assert said["budget.apbd_allocation_idr"] == 600_000_000
    # the whole parts of programmes under way are not set against the year's allocation
    assert "context.unfinished_program_apbd_idr" not in said
    assert "program baru yang direncanakan" in check.why.id


def test_a_running_partnership_with_no_new_programme_is_not_judged_by_bud_008() -> None:
    a = _assessed(SUMUT)
    (check,) = [c for c in a.checks if c.rule_id == "BUD-008"]
    assert check.not_applicable is not None
    assert (
        "tidak ada program baru yang direncanakan dengan bagian dari APBD"
        in check.not_applicable.id
    )


def test_a_new_programme_within_the_allocation_clears_bud_008() -> None:
    text = SUMUT_NEW.read_text(encoding="utf-8")
    within = text.replace("        apbd_idr: 2500000000\n", "        apbd_idr: 500000000\n")
    assert within != text
    (check,) = [c for c in _assessed(SUMUT_NEW, within).checks if c.rule_id == "BUD-008"]
    assert (check.status, check.not_applicable) == ("clear", None)


SULBAR = DATA / "bappeda440-sulbar-kochi-2013-apbn-no-amount.yaml"
SOURCES = "  other_sources: [apbn]\n"


def _sulbar(amount: int | None) -> paracheck.Assessment:
    text = SULBAR.read_text(encoding="utf-8")
    assert SOURCES in text
    if amount is not None:
        text = text.replace(SOURCES, f"{SOURCES}  other_sources_idr: {amount}\n")
    return _assessed(SULBAR, text)


def _bud_007(a: paracheck.Assessment) -> object:
    (check,) = [c for c in a.checks if c.rule_id == "BUD-007"]
    return check


def test_an_other_source_named_with_no_amount_is_asked_not_ticked() -> None:
    # bappeda440 H1: "APBN" with no amount ticked Rp1,75 M of programmes against Rp400 jt
    a = _sulbar(None)
    assert _bud_007(a).status == "unknown"
    asked = {q.path for q in a.questions}
    assert "budget.other_sources_idr" in asked
    assert "Berapa dana dari sumber lain" in render(a, "text", "id")


def test_an_amount_short_of_the_rest_is_bud_007s_finding_and_the_brief_says_it() -> None:
    a = _sulbar(200_000_000)
    check = _bud_007(a)
    assert check.status == "risk"
    said = {ev.path: ev.value for ev in check.evidence}
    assert said["context.covered_idr"] == 600_000_000
    assert "sudah pasti belum menutup anggaran program" in check.why.id
    brief = " ".join(render(a, "text", "id").split())
    assert "sumber dana lain: APBN, Rp200.000.000 di antaranya sudah pasti" in brief


def test_an_amount_covering_the_rest_clears_bud_007() -> None:
    assert _bud_007(_sulbar(1_400_000_000)).status == "clear"


SAWAHLUNTO = DATA / "bappeda440-sawahlunto-yubari-2017.yaml"
HOLD = "TAPD ditugaskan memastikan bahwa alokasi APBD Rp300.000.000 untuk kegiatan bersama mitra"


def test_an_allocation_beside_a_lapsed_mou_is_held_by_the_budget_team() -> None:
    # bappeda440 M2: Rp300 jt in the draft APBD 2018 for an MoU ended in 2016, and no office
    # told to hold it
    a = _assessed(SAWAHLUNTO)
    said = saran(a, "id")
    (held,) = [item for item in said.items if item.startswith(HOLD)]
    assert "sampai Wali Kota mengambil keputusan berdasarkan hasil evaluasi" in held
    # the programme still running, which item 1 lets go on where stopping harms its
    # participants, keeps its money (wording 441 H1)
    assert held.endswith(
        "kecuali untuk kegiatan yang masih berjalan dan tidak dapat dihentikan tanpa "
        "merugikan peserta."
    )
    # after the decision and the questions the first screen says with it
    assert said.items.index(held) > said.decision
    assert HOLD not in said.on_first_screen("id")


def test_no_allocation_beside_a_lapsed_mou_holds_nothing() -> None:
    text = SAWAHLUNTO.read_text(encoding="utf-8")
    assert "  apbd_allocation_idr: 300000000" in text
    a = _assessed(
        SAWAHLUNTO, text.replace("  apbd_allocation_idr: 300000000", "  apbd_allocation_idr: 0")
    )
    assert not [
        item
        for item in saran(a, "id").items
        if item.startswith("TAPD ditugaskan memastikan bahwa alokasi")
    ]
