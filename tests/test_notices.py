"""Notices: what a reader must know about how a proposal was judged — no pack for its date, a
pack no longer in force, a region under special autonomy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import paracheck
from paracheck.facts import reference
from paracheck.facts.model import Proposal
from paracheck.report import formatting
from paracheck.rules.loader import _headers, load_pack

MINI = Path(__file__).parent / "packs" / "mini.yaml"


def _proposal(**fields) -> Proposal:
    return Proposal.model_validate({"schema": "paracheck/proposal/v1", "title": "t", **fields})


def codes(result) -> list[str]:
    return [n.code for n in result.notices]


def test_a_proposal_older_than_every_pack_is_judged_with_the_earliest_and_warned():
    earliest = min((h for h in _headers() if h[1] is not None), key=lambda h: h[1])
    day = earliest[1] - dt.timedelta(days=365 * 3)
    result = paracheck.assess(_proposal(date=day))
    assert result.pack.name == earliest[0]
    notice = next(n for n in result.notices if n.code == "no_pack_for_date")
    # long dates and the regulations' names, as the rest of the memo (review 12)
    assert formatting.date(day, "id") in notice.text.id
    assert formatting.date(day, "en") in notice.text.en
    assert result.pack.regime in notice.text.en and earliest[0] not in notice.text.id


def test_a_proposal_inside_a_pack_gets_no_pack_notice():
    result = paracheck.assess(_proposal(date=dt.date(2023, 9, 15)))
    assert not {"no_pack_for_date", "superseded_pack", "pack_not_in_force"} & set(codes(result))


def test_a_chosen_pack_past_its_end_is_reported_as_superseded():
    mini = load_pack(str(MINI))  # in force 2000-01-01 to 2030-12-31
    result = paracheck.assess(_proposal(), pack=mini, as_of=dt.date(2031, 1, 1))
    assert codes(result) == ["superseded_pack"]
    before = paracheck.assess(_proposal(), pack=mini, as_of=dt.date(1999, 1, 1))
    assert codes(before) == ["pack_not_in_force"]


def test_an_expired_regime_is_said_with_its_successor_and_long_dates():
    """ "Dasar aturan permendagri-3-2008 berlaku hanya sampai 2020-05-21 (diganti pp28-2018);
    tanggal yang dinilai (2023-09-15) sudah lewat" said the assessed date had passed."""
    old = load_pack("permendagri-3-2008")
    result = paracheck.assess(_proposal(date=dt.date(2023, 9, 15)), pack=old)
    (notice,) = (n for n in result.notices if n.code == "superseded_pack")
    # review 15, finding 6: Permendagri 25/2020 revoked it; PP 28/2018 ran beside it from
    # 2018 and replaced nothing ("diganti oleh PP 28/2018 dan Permendagri 25/2020" said so)
    assert notice.text.id == (
        "Permendagri 3/2008 berlaku sampai 21 Mei 2020 dan dicabut oleh Permendagri 25/2020; "
        "sejak itu dasar hukumnya PP 28/2018 dan Permendagri 25/2020. Tanggal penilaian "
        "(15 September 2023) berada di luar masa berlakunya."
    )
    assert "diganti" not in notice.text.id and "superseded by" not in notice.text.en
    assert "revoked by Permendagri 25/2020" in notice.text.en
    assert "sudah lewat" not in notice.text.id and "2020-05-21" not in notice.text.en


@pytest.mark.parametrize(
    "name, region",
    [
        ("Provinsi Aceh", "aceh"),
        ("Kota Banda Aceh", "aceh"),
        ("Kabupaten Aceh Besar", "aceh"),
        ("Kota Sabang", "aceh"),
        ("Kabupaten Pidie Jaya", "aceh"),
        ("Provinsi Papua Barat", "papua"),
        ("Kota Jayapura", "papua"),
        ("Kabupaten Merauke", "papua"),
        ("Kota Administrasi Jakarta Selatan", "jakarta_administrative"),
        ("Kabupaten Administrasi Kepulauan Seribu", "jakarta_administrative"),
        ("Jakarta Timur", "jakarta_administrative"),
    ],
)
def test_regions_under_special_autonomy_are_recognised(name, region):
    found = reference.special_autonomy(name)
    assert found is not None and found[0] == region


@pytest.mark.parametrize(
    "name",
    [
        "Kota Balikpapan",
        "Provinsi Nusa Tenggara Barat",
        "Kota Acehville",
        "Kabupaten Lombok Timur",
        # the province is an autonomous region: only its administrative cities are noticed
        "Provinsi DKI Jakarta",
        "Provinsi Daerah Khusus Jakarta",
    ],
)
def test_other_regions_are_not_flagged(name):
    assert reference.special_autonomy(name) is None


def test_an_aceh_proposal_carries_the_special_autonomy_notice_naming_the_law_and_the_dpra():
    result = paracheck.assess(
        _proposal(date=dt.date(2022, 5, 1), local={"name": "Kota Banda Aceh", "level": "city"})
    )
    notice = next(n for n in result.notices if n.code == "special_autonomy")
    assert "UU 11/2006" in notice.text.id and "DPRA" in notice.text.id
    # a city's council is the DPRK: the notice says which body "DPRD" stands for in Aceh
    # (held-out proposal 11, Banda Aceh, read only the province's DPRA)
    assert "DPRK" in notice.text.id and "DPRK" in notice.text.en
    assert "special autonomy" in notice.text.en
    other = paracheck.assess(
        _proposal(date=dt.date(2022, 5, 1), local={"name": "Kota Balikpapan", "level": "city"})
    )
    assert "special_autonomy" not in codes(other)


# --- the MoU's term (agreement.expires) ------------------------------------------------------


@pytest.mark.parametrize(
    ("stage", "ends", "expected"),
    [
        ("active", dt.date(2022, 3, 31), ["mou_expired"]),  # ended before the date judged
        ("evaluation", dt.date(2026, 12, 31), ["mou_expiring"]),  # within six months
        ("active", dt.date(2030, 12, 31), []),  # years to run
        ("proposal", dt.date(2022, 3, 31), []),  # not signed: no term yet
    ],
)
def test_a_signed_mou_past_or_near_its_last_day_carries_a_notice(stage, ends, expected):
    """A 2017 MoU that ended in 2022 while field work went on could not be recorded, and the
    report said nothing (newcomer trial 9)."""
    result = paracheck.assess(
        _proposal(date=dt.date(2026, 9, 1), stage=stage, agreement={"expires": ends})
    )
    found = [c for c in codes(result) if c.startswith("mou_")]
    assert found == expected
    if expected:
        notice = next(n for n in result.notices if n.code == expected[0])
        day_id = ends.strftime("%Y")
        assert day_id in notice.text.id and day_id in notice.text.en


@pytest.mark.parametrize(
    ("level", "unit_id", "unit_en", "head_id", "head_en"),
    [
        ("province", "Biro Kerja Sama", "The Cooperation Bureau", "Gubernur", "governor"),
        ("city", "Bagian Kerja Sama", "The Cooperation Section", "Wali Kota", "mayor"),
        (
            None,
            "Biro/Bagian Kerja Sama",
            "The Cooperation Bureau or Section",
            "kepala daerah",
            "head of region",
        ),
    ],
)
def test_an_mou_term_notice_names_who_prepares_the_decision_and_the_way_to_a_new_mou(
    level, unit_id, unit_en, head_id, head_en
):
    """Wording review 15: the notice named no actor; newcomer trial 15: an expired MoU got no
    word on who decides, nor that a new MoU goes through the procedure again."""
    local = {"name": "Daerah", "level": level} if level else None
    expired = paracheck.assess(
        _proposal(
            date=dt.date(2026, 9, 1),
            stage="active",
            agreement={"expires": "2022-03-31"},
            local=local,
        )
    )
    (notice,) = [n for n in expired.notices if n.code == "mou_expired"]
    assert (
        f"{unit_id} agar menyiapkan evaluasi kerja sama sebagai bahan pertimbangan {head_id} "
        "untuk memutuskan"
    ) in notice.text.id
    assert "tahapan kerja sama menurut PP 28/2018 dan Permendagri 25/2020" in notice.text.id
    assert f"{unit_en} should prepare an evaluation for the {head_en} to decide" in (notice.text.en)
    expiring = paracheck.assess(
        _proposal(
            date=dt.date(2026, 9, 1),
            stage="active",
            agreement={"expires": "2026-12-31"},
            local=local,
        )
    )
    (soon,) = [n for n in expiring.notices if n.code == "mou_expiring"]
    assert f"{unit_id} agar menyiapkan evaluasi kerja sama" in soon.text.id


def test_the_mou_term_notice_is_in_every_human_report():
    result = paracheck.assess(
        _proposal(date=dt.date(2026, 9, 1), stage="active", agreement={"expires": "2022-03-31"})
    )
    for fmt in ("text", "markdown", "html"):
        assert "Masa berlaku MoU telah berakhir pada 31 Maret 2022" in paracheck.render(
            result, fmt, "id"
        )


def test_a_signed_mou_with_programmes_under_way_is_told_its_stage_looks_behind():
    # newcomer trial 12: a KSDLL whose programme had run since 2024 was recorded at the
    # stage "MoU signed"; the running partnership's checks were not yet due, and the memo had
    # no finding and no next step
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama teknik",
        "date": "2026-06-01",
        "stage": "mou_signed",
        "sectors": [
            {
                "name": "agriculture",
                "programs": [
                    {"name": "Pelatihan", "status": "ongoing"},
                    {"name": "Riset", "status": "planned"},
                ],
            }
        ],
    }
    a = paracheck.assess(paracheck.Proposal.model_validate(data))
    (notice,) = [n for n in a.notices if n.code == "stage_behind_programmes"]
    # words20 B10: a count in running text in words (EYD V), the stage in curly quotes
    assert "“MoU ditandatangani”, padahal satu program sudah berjalan" in notice.text.get("id")
    assert "yet 1 of its programmes is under way" in notice.text.get("en")
    data["sectors"][0]["programs"][0]["status"] = "planned"
    calm = paracheck.assess(paracheck.Proposal.model_validate(data))
    assert not [n for n in calm.notices if n.code == "stage_behind_programmes"]
    data["stage"] = "active"
    data["sectors"][0]["programs"][0]["status"] = "ongoing"
    active = paracheck.assess(paracheck.Proposal.model_validate(data))
    assert not [n for n in active.notices if n.code == "stage_behind_programmes"]


def test_an_mou_ending_before_its_signing_is_told_to_check_the_dates_not_that_it_expired():
    # newcomer trial 13: expires 2021-12-31, signed 2022-01-20, was told the MoU "telah
    # berakhir pada 31 Desember 2021"
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Kota kembar",
        "date": "2026-06-01",
        "stage": "active",
        "agreement": {"expires": "2021-12-31"},
        "procedure": [{"step": "signing", "status": "done", "date": "2022-01-20"}],
    }
    codes = [n.code for n in paracheck.assess(Proposal.model_validate(data)).notices]
    assert "mou_expires_before_signing" in codes and "mou_expired" not in codes
    data["agreement"]["expires"] = "2025-12-31"
    codes = [n.code for n in paracheck.assess(Proposal.model_validate(data)).notices]
    assert "mou_expired" in codes and "mou_expires_before_signing" not in codes


def _tkksd_case(plan_status: str | None, reviewed: bool | None = True) -> Proposal:
    procedure = [{"step": "initiative", "status": "done", "date": "2026-01-10"}]
    if plan_status is not None:
        procedure.append({"step": "cooperation_plan", "status": plan_status})
    return _proposal(
        date="2026-06-01",
        stage="proposal",
        procedure=procedure,
        governance={"tkksd_reviewed": reviewed},
    )


@pytest.mark.parametrize(
    ("plan_status", "said"),
    [
        (None, "tidak tercantum dalam daftar prosedur"),
        ("pending", "tercatat belum dilakukan"),
        # words20 B10: "tercatat tidak diketahui" read as "recorded as unknown"
        ("unknown", "tidak diketahui statusnya"),
    ],
)
def test_a_tkksd_review_of_a_plan_not_recorded_is_told_to_check_the_two_records(plan_status, said):
    # newcomer trial 14 (D7): GOV-020 ticked "Rencana kerja sama telah dibahas TKKSD" beside
    # a procedure table whose plan was "Tidak dicantumkan"
    result = paracheck.assess(_tkksd_case(plan_status))
    (notice,) = [n for n in result.notices if n.code == "tkksd_without_plan"]
    assert f"langkah rencana kerja sama {said}" in notice.text.id
    assert "Check which is right" in notice.text.en
    memo = paracheck.render(result, "text", "id", width=10_000)
    assert "TKKSD tercatat telah membahas rencana kerja sama" in memo


@pytest.mark.parametrize(
    ("plan_status", "reviewed"),
    [("done", True), ("in_progress", True), ("not_applicable", True), (None, False), (None, None)],
)
def test_a_tkksd_review_beside_a_recorded_plan_or_no_review_gets_no_notice(plan_status, reviewed):
    result = paracheck.assess(_tkksd_case(plan_status, reviewed))
    assert "tkksd_without_plan" not in codes(result)


def test_a_tkksd_review_with_no_procedure_listed_gets_no_notice():
    proposal = _proposal(date="2026-06-01", governance={"tkksd_reviewed": True})
    assert "tkksd_without_plan" not in codes(paracheck.assess(proposal))
