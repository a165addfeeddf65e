"""What a reader must be told about dates: a proposal dated in the future, dates recorded after
the date judged, and an MoU signed under an earlier regime (holdout reading, 2026-11-30: a 2016
sister city re-assessed in 2025 saw "verification: not required" and citations of the revoked
regulation with no word why)."""

from __future__ import annotations

import datetime as dt

import paracheck

SIGNED_2016 = {
    "schema": "paracheck/proposal/v1",
    "title": "Evaluasi kota kembar",
    "date": "2025-03-10",
    "stage": "evaluation",
    "form": "sister_city",
    "local": {"name": "Kota Contoh", "level": "city"},
    "partner": {"name": "Example City", "country": "JP", "level": "city"},
    "procedure": [
        {"step": "exploration", "status": "done", "date": "2015-05-12"},
        {"step": "dprd_approval", "status": "done", "date": "2016-02-18"},
        {"step": "signing", "status": "done", "date": "2016-08-25"},
    ],
}


def _codes(a: paracheck.Assessment) -> list[str]:
    return [n.code for n in a.notices]


def _with(base: dict, **changes: object) -> dict:
    return {**base, **changes}


def test_a_signing_before_the_regime_in_force_is_explained_with_the_regime_of_its_day():
    a = paracheck.assess(SIGNED_2016)
    assert a.pack.name == "pp28-2018"
    notice = next(n for n in a.notices if n.code == "signed_under_earlier_regime")
    assert "25 Agustus 2016" in notice.text.id
    assert "Permendagri 3/2008" in notice.text.id
    # "+" is an operator, not a conjunction (review 12)
    assert "PP 28/2018 dan Permendagri 25/2020" in notice.text.id
    assert "PP 28/2018 and Permendagri 25/2020" in notice.text.en
    assert "August 25, 2016" in notice.text.en
    assert "mendahului" not in notice.text.id  # 2016 came under Permendagri 3/2008
    assert notice.text.id in paracheck.render(a, "markdown", "id")
    # PP 28/2018 is in force since 2018: the regime began when Permendagri 25/2020 revoked
    # Permendagri 3/2008 (held-out proposal 18 read "sebelum PP 28/2018 dan Permendagri 25/2020
    # berlaku (22 Mei 2020)")
    assert (
        "sebelum Permendagri 25/2020 berlaku (22 Mei 2020) dan mencabut Permendagri 3/2008"
    ) in notice.text.id
    assert "before Permendagri 25/2020 came into force (May 22, 2020)" in notice.text.en
    assert "sebelum PP 28/2018" not in notice.text.id


def test_a_signing_before_every_known_regime_is_not_said_to_fall_under_the_earliest():
    old = _with(
        SIGNED_2016,
        procedure=[{"step": "signing", "status": "done", "date": "1985-07-16"}],
    )
    notice = next(
        n for n in paracheck.assess(old).notices if n.code == "signed_under_earlier_regime"
    )
    assert "mendahului Permendagri 3/2008" in notice.text.id
    assert "dinilai menurut aturan yang berlaku pada tanggal penandatanganan" not in notice.text.id
    assert "came before Permendagri 3/2008" in notice.text.en


def test_a_signing_under_the_regime_in_force_or_no_signing_gets_no_regime_notice():
    recent = _with(
        SIGNED_2016, procedure=[{"step": "signing", "status": "done", "date": "2021-03-01"}]
    )
    assert "signed_under_earlier_regime" not in _codes(paracheck.assess(recent))
    planned = _with(
        SIGNED_2016,
        stage="proposal",
        procedure=[{"step": "signing", "status": "pending", "date": "2016-08-25"}],
    )
    assert "signed_under_earlier_regime" not in _codes(paracheck.assess(planned))
    # judged in 2016 itself, under the pack of its day: nothing earlier to explain
    then = paracheck.assess(SIGNED_2016, as_of=dt.date(2017, 1, 1))
    assert then.pack.name == "permendagri-3-2008"
    assert "signed_under_earlier_regime" not in _codes(then)


def test_the_procedure_table_says_a_step_was_not_yet_required_at_the_signing():
    a = paracheck.assess(SIGNED_2016)
    required = {p.step: p.required for p in a.procedure}
    assert required["verification"] is False  # Permendagri 25/2020 brought it in
    table = paracheck.render(a, "markdown", "id").split("## Prosedur", 1)[1]
    rows = {
        line.split("|")[2].strip(): line for line in table.splitlines() if line.startswith("| ")
    }
    assert "belum diwajibkan saat penandatanganan" in rows["Verifikasi rencana kerja sama"]
    # a step required then is a plain "ya"
    assert "| ya |" in rows["Persetujuan DPRD"]
    english = paracheck.render(a, "markdown", "en")
    assert "not yet required at the signing" in english
    # the same proposal not yet signed: the step is simply required later
    unsigned = _with(SIGNED_2016, stage="proposal", procedure=[])
    assert "belum diwajibkan saat penandatanganan" not in paracheck.render(
        paracheck.assess(unsigned), "markdown", "id"
    )


def test_dates_recorded_after_the_date_judged_are_named_in_a_notice():
    kept_old_date = _with(SIGNED_2016, date="2016-01-10")
    notice = next(
        n for n in paracheck.assess(kept_old_date).notices if n.code == "dated_after_assessment"
    )
    assert "10 Januari 2016" in notice.text.id
    assert "tanggal persetujuan DPRD 18 Februari 2016" in notice.text.id
    assert "tanggal penandatanganan MoU 25 Agustus 2016" in notice.text.id
    assert "exploration" not in notice.text.id  # 2015: before the date judged, not named
    assert "date of the signing of the MoU step August 25, 2016" in notice.text.en


def test_many_later_dates_are_counted_rather_than_all_listed():
    steps = ["exploration", "letter_of_intent", "cooperation_plan", "dprd_approval", "signing"]
    later = _with(
        SIGNED_2016,
        date="2010-01-01",
        procedure=[
            {"step": s, "status": "done", "date": f"2015-0{i + 1}-01"} for i, s in enumerate(steps)
        ],
    )
    notice = next(n for n in paracheck.assess(later).notices if n.code == "dated_after_assessment")
    assert "dan 2 lainnya" in notice.text.id
    assert "and 2 more" in notice.text.en


def test_a_programme_or_committee_dated_after_the_date_judged_is_named_too():
    later = _with(
        SIGNED_2016,
        sectors=[
            {
                "name": "education",
                "lead_agency": "Dinas Pendidikan",
                "programs": [
                    {"name": "Pertukaran", "status": "done", "last_activity": "2026-01-05"}
                ],
            }
        ],
        governance={"joint_committee_last_met": "2025-12-01"},
    )
    notice = next(n for n in paracheck.assess(later).notices if n.code == "dated_after_assessment")
    assert "5 Januari 2026" in notice.text.id
    assert "1 Desember 2025" in notice.text.id


def test_dates_on_or_before_the_date_judged_give_no_such_notice():
    assert "dated_after_assessment" not in _codes(paracheck.assess(SIGNED_2016))


def test_a_proposal_dated_in_the_future_is_told_so():
    future = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    a = paracheck.assess(_with(SIGNED_2016, date=future))
    notice = next(n for n in a.notices if n.code == "future_date")
    assert "belum tiba" in notice.text.id
    assert "has not come yet" in notice.text.en
    # an explicit day to judge at is the user's choice: no notice
    chosen = paracheck.assess(_with(SIGNED_2016, date=future), as_of=dt.date(2025, 3, 10))
    assert "future_date" not in _codes(chosen)
    assert "future_date" not in _codes(paracheck.assess(SIGNED_2016))


def test_a_planned_step_dated_after_the_date_judged_is_not_taken_for_a_record():
    """A signing set for next March (status pending) was listed as if recorded, with advice
    to re-date the proposal (newcomer trial, 2026-11-30)."""
    planned = _with(
        SIGNED_2016,
        stage="proposal",
        procedure=[
            {"step": "exploration", "status": "done", "date": "2024-05-01"},
            {"step": "signing", "status": "pending", "date": "2025-09-01"},
        ],
    )
    assert "dated_after_assessment" not in _codes(paracheck.assess(planned))
    begun = _with(
        planned,
        procedure=[{"step": "agreement_drafting", "status": "in_progress", "date": "2025-04-01"}],
    )
    assert "dated_after_assessment" in _codes(paracheck.assess(begun))


def _table(a: paracheck.Assessment) -> dict:
    return {p.step: p for p in a.procedure}


def test_a_partnership_signed_under_permendagri_3_2008_is_asked_that_regulation_s_own_steps():
    """A 2017 sister city judged today: its recorded consultation with Kemendagri was "not a
    step of the regime" and the deposit with Kemlu was not asked, although the notice said
    the steps up to the signing are judged by the rules of the signing's day (newcomer trial,
    2026-11-30)."""
    a = paracheck.assess(SIGNED_2016)
    assert a.pack.name == "pp28-2018"
    status = {c.rule_id: c.status for c in a.checks}
    assert status["REG-050"] == "risk"  # no consultation with Kemendagri recorded
    assert status["REG-015"] == "risk"  # the original not recorded as deposited
    steps = _table(a)
    assert steps["ministry_consultation"].required is True
    assert steps["deposit_with_kemlu"].required is True
    done = _with(
        SIGNED_2016,
        procedure=[
            *SIGNED_2016["procedure"],
            {"step": "ministry_consultation", "status": "done", "date": "2016-04-01"},
            {"step": "deposit_with_kemlu", "status": "done", "date": "2016-10-01"},
        ],
    )
    b = paracheck.assess(done)
    status = {c.rule_id: c.status for c in b.checks}
    assert status["REG-050"] == status["REG-015"] == "clear"
    assert all(p.issue is None for p in b.procedure if p.step == "ministry_consultation")


def test_a_partnership_of_today_s_regime_is_not_asked_the_dropped_steps():
    recent = _with(
        SIGNED_2016, procedure=[{"step": "signing", "status": "done", "date": "2021-08-25"}]
    )
    a = paracheck.assess(recent)
    checks = {c.rule_id: c for c in a.checks}
    for rule_id in ("REG-050", "REG-015"):  # counted, asking nothing: not in force in 2021
        said = checks[rule_id].not_applicable
        assert checks[rule_id].status == "clear" and said is not None, rule_id
        assert said.id.startswith(
            "Permendagri 3/2008 sudah tidak berlaku pada tanggal penandatanganan; urutan "
            "langkah Permendagri 25/2020 tidak mencantumkan "
        )
    assert not {"REG-050", "REG-015"} & {r for q in a.questions for r in q.checks}
    assert {"ministry_consultation", "deposit_with_kemlu"}.isdisjoint(_table(a))
    unsigned = paracheck.assess(_with(SIGNED_2016, stage="proposal", procedure=[]))
    assert {"ministry_consultation", "deposit_with_kemlu"}.isdisjoint(_table(unsigned))
