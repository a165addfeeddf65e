"""Findings of a newcomer trying the project (2026-11-30), each a test that failed before."""

from __future__ import annotations

import csv
import datetime as dt
import io

import paracheck
from paracheck.report.messages import in_words

UNSIGNED = {
    "schema": "paracheck/proposal/v1",
    "title": "Usulan belum ditandatangani",
    "date": "2026-09-01",
    "stage": "proposal",
    "form": "sister_city",
    "local": {"name": "Kota Contoh", "level": "city"},
    "partner": {"name": "Example City", "country": "JP", "level": "city"},
    "procedure": [{"step": "dprd_approval", "status": "pending"}],
}


def test_the_csv_says_which_checks_were_not_yet_due():
    """A check not yet due is 'clear' in the contract (nothing found) with due=false; the CSV
    had no due column, so a spreadsheet filtered on 'clear' counted the DPRD approval of an
    unsigned proposal as done."""
    a = paracheck.assess(UNSIGNED)
    rows = list(csv.DictReader(io.StringIO(paracheck.render(a, "csv", "id"))))
    by_rule = {row["rule_id"]: row for row in rows}
    not_due = {c.rule_id for c in a.checks if not c.due}
    assert "REG-010" in not_due
    assert by_rule["REG-010"]["due"] == "false"
    assert {r for r, row in by_rule.items() if row["due"] == "false"} == not_due
    assert all(row["due"] in ("true", "false") for row in rows)


def test_a_proposal_without_a_date_is_told_it_is_judged_as_of_today():
    undated = {k: v for k, v in UNSIGNED.items() if k != "date"}
    a = paracheck.assess(undated)
    notice = next(n for n in a.notices if n.code == "no_date")
    assert a.as_of == dt.date.today()
    assert "Tanggal usulan atau penilaian tidak diisi" in notice.text.id
    assert "gives no date" in notice.text.en
    assert "Tanggal usulan atau penilaian tidak diisi" in paracheck.render(a, "markdown", "id")


def test_a_dated_proposal_or_an_explicit_day_gets_no_such_notice():
    assert all(n.code != "no_date" for n in paracheck.assess(UNSIGNED).notices)
    undated = {k: v for k, v in UNSIGNED.items() if k != "date"}
    chosen = paracheck.assess(undated, as_of=dt.date(2025, 1, 1))
    assert all(n.code != "no_date" for n in chosen.notices)


# --- newcomer trial 9 (2026-11-30, evening): three proposals of its own -----------------------


def _running(**extra) -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama berjalan",
        "date": "2026-06-01",
        "stage": "active",
        "local": {"name": "Kabupaten Contoh", "level": "regency"},
        "partner": {"name": "Xiangshan County", "country": "CN", "level": "county"},
        "procedure": [{"step": "signing", "status": "done", "date": "2023-03-01"}],
        **extra,
    }


def _status_of(a: paracheck.Assessment, rule: str) -> str:
    return next(c.status for c in a.checks if c.rule_id == rule)


def test_a_cancelled_crew_placement_raises_no_trafficking_risk():
    """A cancelled programme that would have placed crews on foreign vessels was the only
    evidence of a high trafficking risk (TOC-007, score 15): it moves nobody any more."""
    program = {"name": "Penempatan ABK", "status": "cancelled", "moves_people": True}
    sectors = [{"name": "agriculture", "programs": [program]}]
    high = {"human_trafficking": "high", "coordinating_agencies": []}
    a = paracheck.assess(_running(sectors=sectors, security=high))
    assert _status_of(a, "TOC-007") == "clear"
    program["status"] = "planned"
    assert _status_of(paracheck.assess(_running(sectors=sectors, security=high)), "TOC-007") == (
        "risk"
    )


def test_a_university_partner_working_in_english_is_not_a_language_risk():
    """A province with three English speakers was told its top risk was having nobody who
    speaks Dutch, and to ask the embassy for an interpreter, for a cooperation with Wageningen
    University: the thesis's ground is communication with a foreign government."""
    staff = {"language_staff": {"en": 3}}
    university = {"name": "Wageningen University", "country": "NL", "kind": "institution"}
    a = paracheck.assess(_running(partner=university, human_resources=staff))
    assert _status_of(a, "HR-002") == "clear"
    province = {
        "name": "Provincie Gelderland",
        "country": "NL",
        "level": "province",
        "kind": "regional_government",
    }
    a = paracheck.assess(_running(partner=province, human_resources=staff))
    assert _status_of(a, "HR-002") == "risk"


def test_no_report_to_the_minister_at_evaluation_is_one_finding_not_two():
    """GOV-003 (not reported to the ministry) and REG-026 (no report to the Minister at
    evaluation) both scored, with two near-identical actions, for one missing report."""
    a = paracheck.assess(
        _running(
            stage="evaluation",
            governance={"reports_to_ministry": False},
            procedure=[
                {"step": "signing", "status": "done", "date": "2021-03-01"},
                {"step": "reporting", "status": "pending"},
            ],
        )
    )
    fired = {c.rule_id for c in a.checks if c.status == "risk"}
    assert "REG-026" in fired and "GOV-003" not in fired
    reports = [t for act in a.actions if "laporan" in (t := act.text.id) and "Menteri" in t]
    assert len(reports) == 1, reports


# --- newcomer trial 10 -----------------------------------------------------------------------


def test_a_proposal_cannot_claim_relations_a_regulation_bars():
    """`diplomatic_relations: true` for Israel or Taiwan cleared REG-001 (a blocker), and a
    Taiwan proposal came out "risiko sedang" (newcomer trial 10). Permenlu 3/2019: no official
    relations at any level; the claim is shown, with why it is not used."""
    for country in ("IL", "TW"):
        proposal = {
            "schema": "paracheck/proposal/v1",
            "title": "Klaim hubungan",
            "date": "2026-06-01",
            "partner": {"name": "X", "country": country, "diplomatic_relations": True},
        }
        a = paracheck.assess(proposal)
        reg001 = next(c for c in a.checks if c.rule_id == "REG-001")
        assert reg001.status == "risk" and a.verdict == "blocked", country
        note = next(e.note for e in reg001.evidence if e.note is not None)
        assert "tidak dipakai" in note.id and "Permenlu 3/2019" in note.id
        assert "not used" in note.en
    # for any other country the proposal's word stands (the reference list is not a register)
    other = {**proposal, "partner": {"name": "X", "country": "JP", "diplomatic_relations": False}}
    assert next(c for c in paracheck.assess(other).checks if c.rule_id == "REG-001").status == (
        "risk"
    )


def test_a_blocked_proposal_plans_only_what_the_blocker_needs():
    """A blocked proposal with an Israeli partner was told to ask the Indonesian mission there
    for an interpreter and to plan funding for the MoU's whole term, beside "stop the
    exploration" (newcomer trial 10): while a blocker stands, the plan lists its actions and
    says how many others wait."""
    proposal = {
        "schema": "paracheck/proposal/v1",
        "title": "Kota kembar diblokir",
        "date": "2026-06-01",
        "stage": "proposal",
        "local": {"name": "Kota Contoh", "level": "city"},
        "partner": {"name": "Haifa", "country": "IL", "level": "city"},
        "human_resources": {"dedicated_staff": 0, "language_staff": {"en": 1}},
        "budget": {"multi_year": False},
    }
    a = paracheck.assess(proposal)
    assert a.verdict == "blocked"
    blockers = {c.rule_id for c in a.checks if c.status == "risk" and c.severity == "blocker"}
    others = [act for act in a.actions if not blockers.intersection(act.rules)]
    assert others, "the proposal must carry advice besides the blocker's"
    md = paracheck.render(a, "markdown", "id")
    plan = md[md.index("Rencana tindak") : md.index("Lampiran")]
    assert "REG-001" in plan
    for act in others:
        assert act.text.id not in plan
    # no diplomatic relations: the others are not taken at all (trial18 #1), they do not wait
    count = in_words(len(others), "id")  # a count in words opens the sentence (words23 C2)
    opening = f"Sebanyak {count}" if count[0].isdigit() else count.capitalize()
    assert f"{opening} tindakan lain tidak dijalankan karena kerja sama" in plan
    text = " ".join(paracheck.render(a, "text", "en").split())
    other = "other action is" if len(others) == 1 else "other actions are"
    assert f"{len(others)} {other} not taken, since the regional government cannot" in text


def _university(**partner) -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama teknik dengan universitas",
        "date": "2026-06-01",
        "stage": "active",
        "form": "technical_cooperation",
        "local": {"name": "Kota Pekalongan", "level": "city"},
        "partner": {"name": "Wageningen University", "country": "NL", **partner},
        "human_resources": {"language_staff": {"en": 3}},
        # signed in 2019: Full Powers are judged for an MoU signed under Permendagri 3/2008's
        # practice only (trial29 M2)
        "procedure": [{"step": "signing", "status": "done", "date": "2019-05-01"}],
    }


def test_a_technical_cooperation_of_unstated_partner_kind_is_asked_not_sent_to_kemlu():
    # newcomer trial 12: a university MoU written from `init --form technical_cooperation`
    # without `kind` was told to obtain Full Powers (REG-012, score 20) and Dutch speakers,
    # and asked nothing
    a = paracheck.assess(paracheck.Proposal.model_validate(_university()))
    for rule in ("REG-012", "HR-002", "REG-002", "REG-005"):
        assert _status_of(a, rule) == "unknown", rule
    assert any(q.path == "partner.kind" and "REG-012" in q.checks for q in a.questions)
    stated = paracheck.assess(paracheck.Proposal.model_validate(_university(kind="institution")))
    assert _status_of(stated, "REG-012") == "clear"
    # a sister city's partner of unstated kind is still a regional government
    sister = _university()
    sister["form"] = "sister_city"
    assert (
        _status_of(paracheck.assess(paracheck.Proposal.model_validate(sister)), "REG-012") == "risk"
    )


def test_no_joint_working_group_is_not_yet_a_finding_before_the_mou_is_signed():
    # newcomer trial 12: a model proposal writing joint_working_group: false ("not formed
    # yet") came out medium risk on GOV-001 alone
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Provinsi kembar",
        "date": "2026-06-01",
        "stage": "proposal",
        "form": "sister_province",
        "governance": {"joint_working_group": False},
    }
    proposal = paracheck.assess(paracheck.Proposal.model_validate(data))
    check = next(c for c in proposal.checks if c.rule_id == "GOV-001")
    assert (check.status, check.due) == ("clear", False)  # "Belum waktunya"
    data["stage"] = "mou_signed"
    signed = paracheck.assess(paracheck.Proposal.model_validate(data))
    assert _status_of(signed, "GOV-001") == "risk"


def test_a_university_mou_signed_by_a_head_of_agency_is_not_sent_back_to_kemlu():
    # newcomer trial 13: a KSDLL signed by another official got REG-044 (high, citing the
    # Full Powers of UU 24/2000) and "schedule a re-signing", though no Full Powers are asked
    # of an institution's partnership
    data = _university(kind="institution")
    data["agreement"] = {"signatory": "other_official"}
    assert _status_of(paracheck.assess(paracheck.Proposal.model_validate(data)), "REG-044") == (
        "clear"
    )
    data["partner"]["kind"] = "regional_government"
    assert _status_of(paracheck.assess(paracheck.Proposal.model_validate(data)), "REG-044") == (
        "risk"
    )


def test_the_memo_asks_what_decides_other_questions_first():
    # newcomer trial 13: the DPRD approval's date was asked before whether it happened, and
    # "hubungan antarmasyarakat kedua daerah" before whether the partner is a government
    from paracheck.report.view import question_groups

    kind_unknown = paracheck.assess(paracheck.Proposal.model_validate(_university()))
    first = question_groups(kind_unknown, "id")[0]["text"]
    # the partner's kind, in words that hold before PP 28/2018 named them KSDPL and KSDLL
    assert "pemerintah daerah di luar negeri" in first and "lembaga di luar negeri" in first
    signed = _running(
        form="sister_city",
        procedure=[
            {"step": "signing", "status": "done", "date": "2023-03-01"},
            {"step": "dprd_approval", "status": "unknown"},
        ],
    )
    texts = [g["text"] for g in question_groups(paracheck.assess(signed), "id")]
    status = next(
        i
        for i, t in enumerate(texts)
        if t.startswith("Bagaimana status langkah “persetujuan DPRD”")
    )
    # the date decides nothing while the approval's status is open (REG-020 compares dates
    # only once both are given): it is not asked at all now (trust13: a check asks only what
    # could decide it); were it asked, it would come after the status
    date = next(
        (
            i
            for i, t in enumerate(texts)
            if t.startswith("Pada tanggal berapa langkah “persetujuan DPRD”")
        ),
        None,
    )
    assert date is None or status < date


def test_a_programme_the_partner_pays_for_is_told_to_record_that_amount_not_to_be_postponed():
    """Newcomer trial 14: a regency's ongoing midwife training, paid by a Swiss NGO, was written
    with ``budget_idr: 0`` (nothing in the template said the field counts the partner's
    money) and told "Anggarkan program ini … atau tunda sampai dananya tersedia". The field
    is the budget from every source; each place that asks for it says so, and BUD-006's
    advice starts from the partner's funds."""
    facts = {
        **UNSIGNED,
        "budget": {"other_sources": ["partner"], "partner_funds_recorded": True},
        "sectors": [
            {
                "name": "health",
                "programs": [
                    {"name": "Pelatihan bidan desa", "status": "ongoing", "budget_idr": 0}
                ],
            }
        ],
    }
    check = next(c for c in paracheck.assess(facts).checks if c.rule_id == "BUD-006")
    assert check.status == "risk"
    first = check.recommendations[0].text
    assert first.id.startswith("Bila program ini dibiayai mitra atau sumber lain, catat jumlahnya")
    assert "partner" in first.en
    assert "semua sumber" in paracheck.proposal_template("sister_city")
    del facts["sectors"][0]["programs"][0]["budget_idr"]
    asked = paracheck.assess(facts).questions
    question = next(q for q in asked if "budget_idr" in q.path)
    assert "semua sumber, termasuk dana mitra" in question.text.id


def test_a_partner_level_given_without_an_indonesian_counterpart_is_asked_for_the_nearest():
    """Newcomer trial 14: a file saying ``partner.level: other`` was asked "Pada tingkat
    pemerintahan apa mitra berada …?", as if the field were empty. The question now says the
    level given cannot be matched and asks for the nearest one."""

    def level_question(partner: dict) -> str:
        facts = {**UNSIGNED, "partner": {**UNSIGNED["partner"], **partner}}
        facts["partner"] = {k: v for k, v in facts["partner"].items() if v is not None}
        asked = paracheck.assess(facts).questions
        return next(q.text.id for q in asked if q.path == "partner.level")

    # (since held-out 39 it names the level as written and, for a country the reference
    # data lists, that country's own levels)
    given = level_question({"level": "other", "kind": "regional_government"})
    assert given.startswith("Tingkat pemerintahan mitra yang tertulis, «tingkat lain», tidak")
    assert "dipadankan" in given and "Pada tingkat pemerintahan apa" not in given
    unlisted = level_question({"level": "other", "country": None, "kind": "regional_government"})
    assert unlisted.startswith("Tingkat pemerintahan mitra yang tertulis belum dapat dipadankan")
    absent = level_question({"level": None, "kind": "regional_government"})
    assert absent.startswith("Pada tingkat pemerintahan apa mitra berada")


def test_a_thesis_section_whose_printed_heading_differs_says_how_it_is_printed():
    """Newcomer trial 14 opened the thesis at "IV.B.2.b", cited for staff, and found
    electricity: the thesis prints its internal obstacles a, a, b (shared/domain/THESIS.md),
    the packs cite them a, b, c. The citation now says the printed heading."""
    pack = paracheck.load_pack("pp28-2018")
    rule = next(r for r in pack.rules if r.id == "HR-003")
    page = paracheck.render_rule(pack, rule, "id")
    assert "IV.B.2.b (dalam naskah bernomor IV.B.2.a, subbab kedua dengan nomor itu;" in page
    english = paracheck.render_rule(pack, rule, "en")
    assert (
        "IV.B.2.b (numbered IV.B.2.a in the thesis, the second section with that number;" in english
    )


def test_a_step_dated_before_the_rule_requiring_it_says_why_it_was_not_required():
    """Newcomer trial 14: an initiative of March 2019 in an MoU signed under Permendagri
    25/2020 read "Prakarsa — Wajib: tidak" with no reason, beside "ya" in another report: each
    step is judged by the law of its own date, and the table now says so."""
    facts = {
        **UNSIGNED,
        "date": "2026-11-16",
        "stage": "active",
        "form": "sister_province",
        "local": {"name": "Provinsi Contoh", "level": "province"},
        "partner": {"name": "State", "country": "AU", "level": "state"},
        "procedure": [
            {"step": "initiative", "status": "done", "date": "2019-03-04"},
            {"step": "signing", "status": "done", "date": "2020-09-21"},
        ],
    }
    a = paracheck.assess(facts)
    row = next(p for p in a.procedure if p.step == "initiative")
    assert not row.required
    markdown = paracheck.render(a, "markdown", "id")
    row_md = next(line for line in markdown.splitlines() if "| Prakarsa |" in line)
    assert "tidak (belum diwajibkan ketika langkah ini dilakukan)" in row_md
    html = paracheck.render(a, "html", "en")
    assert "not yet required when this step was taken" in html
