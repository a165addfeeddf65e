"""Held-out 320–325, written and judged on paper by a helper acting as a cooperation officer
before paracheck ran on them (expectations and reasons first: trial320/EXPECTED.md in the
session's notes).

Kabupaten Merauke – Western Province (Papua New Guinea) at exploration, across the land border
at Sota (320); Provinsi Sulawesi Selatan – Ibaraki (Japan), farm interns and caregivers, two
programmes stalled (321); Kota Bitung – General Santos City (Philippines), the file dated with
its 2019 proposal and an MoU signed in April 2021 (322); Kabupaten Banyuwangi – Wageningen
University (the Netherlands), a partner that is no government (323); Kota Cirebon – Gangneung
(Korea), well prepared (324); Provinsi Sumatera Selatan – Quảng Ninh (Vietnam), evaluated
for renewal after five years, with a mixed record (325).

Five of six verdicts as written; the sixth (322) was written for the file judged after its
signing, and the helper itself called the file's date a slip the tool detects. What was
wrong, and mended:
- 322 (H1, M4): judged on 16 September 2019 under Permendagri 3/2008, the memo said nothing of
  the April 2021 signing falling after Permendagri 25/2020 revoked it, and its first screen
  showed "Saran (butir 2): … dapat dilanjutkan" without butir 1, which says the decision
  waits for the dates corrected. The notice now names the rules a date after the signing
  would judge by, and the first screen says both items.
- 320–325 (H2): a Full Powers step not taken, in a partnership signed or judged after 21 May
  2020, read "Wajib: tidak" with nothing else, as if no Surat Kuasa were needed under any law;
  UU 24/2000 is in force under both regimes. The table and REG-012's reason now say that
  Permendagri 25/2020's order has no such step of its own and that Kemlu is to be asked
  whether the signing needs one.

- 321 (M1; trial 290 M2 before it): the interns and caregivers placed in Japan were ticked
  "Tidak ada temuan" by the trafficking checks because Imigrasi was involved, with no word
  that the placement and protection of migrant workers is not judged. A programme not
  finished that sends or receives workers across the border now carries the notice
  ``workers_abroad``, which says so and asks the region's labour office to confirm (no
  requirement is claimed: the instrument is not in the project's regulation notes).

Left (argued in the session's note): a land border's narcotics weight (M2, the thesis's
supply claim is about the sea route from China); the Surat Kuasa as a row of its own in the
2020 steps ahead; a research permit for foreign researchers (M6, not in the notes).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import paracheck
from paracheck.report import view
from tests.held_out import assert_partner_never_acts, assessed, memo

DATA = Path(__file__).parent / "data"
MERAUKE = DATA / "holdout320-merauke-western-png.yaml"
SULSEL = DATA / "holdout321-sulsel-ibaraki-interns.yaml"
BITUNG = DATA / "holdout322-bitung-gensan-2019-2021.yaml"
BANYUWANGI = DATA / "holdout323-banyuwangi-wageningen-university.yaml"
CIREBON = DATA / "holdout324-cirebon-gangneung-well-prepared.yaml"
SUMSEL = DATA / "holdout325-sumsel-quangninh-renewal.yaml"
ALL = (MERAUKE, SULSEL, BITUNG, BANYUWANGI, CIREBON, SUMSEL)


@pytest.mark.parametrize(
    ("path", "verdict"),
    [
        (MERAUKE, "high_risk"),
        (SULSEL, "high_risk"),
        # judged on the file's own 2019 date (the helper expected high for the file judged
        # after its signing, and does get it then: below)
        (BITUNG, "medium_risk"),
        (BANYUWANGI, "low_risk"),
        (CIREBON, "low_risk"),
        (SUMSEL, "high_risk"),
    ],
)
def test_the_verdicts_written_before_the_run(path, verdict):
    assert assessed(path).verdict == verdict


def test_the_well_prepared_proposal_has_no_risk():
    assert [c.rule_id for c in view.risks(assessed(CIREBON))] == []


def test_bitung_judged_after_its_signing_is_a_high_risk_under_the_2020_rules():
    proposal = paracheck.load_proposal(str(BITUNG))
    a = paracheck.assess(proposal, as_of=dt.date(2021, 6, 1))
    assert a.verdict == "high_risk"
    assert a.pack.name == "pp28-2018"
    assert next(c for c in a.checks if c.rule_id == "REG-011").status == "risk"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_signing_dated_after_the_rules_judging_it_were_revoked_is_said(lang):
    notice = next(n for n in assessed(BITUNG).notices if n.code == "dated_after_assessment")
    said = {
        "id": (
            "Langkah terakhir yang dicatat (12 April 2021) sudah masuk masa berlaku Permendagri "
            "25/2020 (sejak 22 Mei 2020), yang mencabut Permendagri 3/2008; bila kerja sama ini "
            "dinilai pada tanggal sesudah langkah itu, dasar penilaiannya PP 28/2018 dan "
            "Permendagri 25/2020, dan kesimpulannya dapat berbeda."
        ),
        "en": (
            "The last step recorded (April 12, 2021) falls within the term of Permendagri 25/2020 "
            "(in force from May 22, 2020), which revoked Permendagri 3/2008; assessed on a date "
            "after that step, the partnership is judged under PP 28/2018 and Permendagri 25/2020, "
            "and the conclusion may differ."
        ),
    }[lang]
    assert said in notice.text.get(lang)


def test_later_dates_within_the_rules_in_force_say_nothing_of_other_rules():
    data = paracheck.load_proposal(str(BITUNG)).model_dump(mode="json", exclude_unset=True)
    # every step taken by March 2020, before Permendagri 3/2008 ended
    for step in data["procedure"]:
        if step.get("date", "") > "2020-03-31":
            step["date"] = "2020-03-31"
    a = paracheck.assess(data)
    notice = next(n for n in a.notices if n.code == "dated_after_assessment")
    assert "mencabut" not in notice.text.id
    assert "which revoked" not in notice.text.en


def test_the_first_screen_says_the_correction_with_the_provisional_decision():
    said = memo(BITUNG)
    first = said[: said.index("RISIKO UTAMA")]
    assert "Saran (butir 1, 2, dan 3): Bagian Kerja Sama ditugaskan memperbaiki data" in first
    assert "keputusan menunggu penilaian ulang itu. Menurut data yang ada sekarang" in first


def _signed_2021(**full_powers) -> dict:
    steps = [
        {"step": "dprd_approval", "status": "done", "date": "2020-11-02"},
        {"step": "verification", "status": "done", "date": "2021-01-15"},
        {"step": "central_approval", "status": "done", "date": "2021-03-01"},
    ]
    if full_powers:
        steps.append({"step": "full_powers", **full_powers})
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kota kembar",
        "date": "2021-04-01",
        "stage": "proposal",
        "form": "sister_city",
        "local": {"name": "Kota Bitung", "level": "city"},
        "partner": {
            "name": "General Santos City",
            "country": "PH",
            "level": "municipality",
            "kind": "regional_government",
        },
        "procedure": steps,
    }


@pytest.mark.parametrize("status", ["pending", "in_progress"])
def test_full_powers_not_taken_after_2020_are_to_be_asked_of_kemlu(status):
    """Review 330, 4: "tidak (… pastikan apakah … memerlukan Surat Kuasa)" read as "not
    required" and its own doubt at once: the cell says the step's standing, the table's last
    column what to confirm."""
    a = paracheck.assess(_signed_2021(status=status))
    entry = next(e for e in a.procedure if e.step == "full_powers")
    assert view.step_required(a, entry, "id") == "bukan langkah tersendiri"
    note = view.law_after_note(a, entry, "id")
    assert note.startswith("urutan langkah Permendagri 25/2020 tidak mencantumkan Surat Kuasa")
    assert "pastikan apakah penandatanganan memerlukan Surat Kuasa" in note
    assert "UU 24/2000" in view.law_after_note(a, entry, "en")
    row = next(
        line
        for line in paracheck.render(a, "markdown", "id").splitlines()
        if line.startswith("| ") and "| Surat Kuasa dari Menteri Luar Negeri |" in line
    )
    assert "| bukan langkah tersendiri |" in row and "pastikan apakah" in row, row


def test_full_powers_taken_after_2020_are_no_step_of_their_own_with_nothing_to_confirm():
    a = paracheck.assess(_signed_2021(status="done", date="2021-03-15"))
    entry = next(e for e in a.procedure if e.step == "full_powers")
    assert view.step_required(a, entry, "id") == "bukan langkah tersendiri"
    assert view.law_after_note(a, entry, "id") is None


def test_the_checklist_says_kemlu_is_asked_of_the_full_powers():
    reg012 = next(c for c in assessed(CIREBON).checks if c.rule_id == "REG-012")
    assert reg012.not_applicable is not None
    assert "pastikan apakah penandatanganan memerlukan Surat Kuasa" in reg012.not_applicable.id


@pytest.mark.parametrize("path", ALL)
def test_the_partner_is_never_told_to_act(path):
    assert_partner_never_acts(path)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_workers_placed_abroad_are_said_not_to_be_judged(lang):
    notice = next(n for n in assessed(SULSEL).notices if n.code == "workers_abroad")
    said = notice.text.get(lang)
    assert "“Pelatihan dan penempatan perawat lansia (kaigo)”" in said
    assert {
        "id": "penempatan dan pelindungan pekerja migran maupun penggunaan tenaga kerja asing, "
        "tidak dinilai paracheck",
        "en": "the placement and protection of migrant workers or the employment of foreign "
        "workers, are not judged by paracheck",
    }[lang] in said
    assert "workers_abroad" in [n.code for n in assessed(SULSEL).notices]


def test_no_workers_notice_where_no_programme_places_workers():
    for path in (BITUNG, BANYUWANGI, CIREBON):
        assert "workers_abroad" not in [n.code for n in assessed(path).notices], path


def test_a_finished_placement_gives_no_workers_notice():
    data = paracheck.load_proposal(str(SULSEL)).model_dump(mode="json", exclude_unset=True)
    for sector in data["sectors"]:
        for program in sector.get("programs") or []:
            program["status"] = "done"
    assert "workers_abroad" not in [n.code for n in paracheck.assess(data).notices]


def test_a_placement_without_status_still_gives_the_workers_notice():
    """Attack 330 M4: a programme placing workers whose status is not given may still place
    them; only a finished or cancelled one gives no notice."""
    data = paracheck.load_proposal(str(SULSEL)).model_dump(mode="json", exclude_unset=True)
    for sector in data["sectors"]:
        for program in sector.get("programs") or []:
            program.pop("status", None)
    notices = [n for n in paracheck.assess(data).notices if n.code == "workers_abroad"]
    assert len(notices) == 1
    assert "“Pelatihan dan penempatan perawat lansia (kaigo)”" in notices[0].text.id


@pytest.mark.parametrize("lang", ["id", "en"])
def test_people_moved_unnamed_outside_education_are_said_conditionally(lang):
    """Attack 330 M4: the trafficking checks judge a programme that moves people without
    saying whom as a placement of workers (outside education), so the notice names it too,
    saying the labour rules matter only if they are workers and asking the file to say whom
    (a ferry tourism package carries passengers, not workers)."""
    data = paracheck.load_proposal(str(SULSEL)).model_dump(mode="json", exclude_unset=True)
    data["sectors"] = [
        {
            "name": "tourism",
            "programs": [{"name": "Paket wisata feri", "status": "planned", "moves_people": True}],
        },
        {
            "name": "education",
            "programs": [{"name": "Pertukaran guru", "status": "planned", "moves_people": True}],
        },
    ]
    notice = next(n for n in paracheck.assess(data).notices if n.code == "workers_abroad")
    said = notice.text.get(lang)
    assert "“Paket wisata feri”" in said
    assert "“Pertukaran guru”" not in said  # judged as learners, not workers
    assert {"id": "Bila mereka pekerja", "en": "If they are workers"}[lang] in said
    asked = {"id": "Cantumkan dalam berkas siapa yang dikirim", "en": "Record who is sent"}
    assert asked[lang] in said


def test_what_the_plan_does_before_the_evaluation_is_not_deferred_to_going_on():
    """Review 340 H3: the joint committee's meeting (GOV-021) and the stalled programme's
    decision (IMP-004), which the plan puts before the evaluation is finished, were assigned
    "bila kerja sama dilanjutkan" with a programme's targets (IMP-003), which wait for it."""
    from paracheck.report.advice import advice

    (said,) = [s for s in advice(assessed(SUMSEL), "id") if "menindaklanjuti bersama mitra" in s]
    flat = " ".join(said.split())
    begun, _, rest = flat.partition("dimulai dalam evaluasi kerja sama.")
    assert "(GOV-021)" in begun and "(IMP-004)" in begun and "(IMP-003)" not in begun
    assert "(IMP-003)" in rest and rest.endswith("bila kerja sama dilanjutkan.")
