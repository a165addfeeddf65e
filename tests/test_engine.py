"""The engine: statuses, unknowns, waivers, determinism, threads, and agreement with the oracle."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import paracheck
from paracheck.engine.examples import run_examples
from paracheck.engine.model import Localized
from paracheck.errors import InputError, PackError
from paracheck.facts.model import Proposal
from paracheck.rules.loader import load_pack
from tests.oracle import disagreements
from tests.strategies import proposals

MINI = Path(__file__).parent / "packs" / "mini.yaml"
AS_OF = dt.date(2015, 6, 10)


def _proposal(**fields) -> Proposal:
    return Proposal.model_validate({"schema": "paracheck/proposal/v1", "title": "t", **fields})


def _status(result, rule_id: str) -> str:
    return next(ch.status for ch in result.checks if ch.rule_id == rule_id)


@pytest.fixture(scope="module")
def mini():
    return load_pack(str(MINI))


def test_every_example_of_the_test_pack_behaves_as_written(mini):
    count, failures = run_examples(mini)
    assert count == 2 * len(mini.rules)
    assert failures == []


def test_absent_fact_makes_the_check_unknown_and_asks_a_question(mini):
    result = paracheck.assess(_proposal(budget={"other_sources": []}), pack=mini, as_of=AS_OF)
    check = next(ch for ch in result.checks if ch.rule_id == "BUD-001")
    assert check.status == "unknown"
    assert check.missing == ["budget.apbd_allocation_idr"]
    question = next(q for q in result.questions if q.path == "budget.apbd_allocation_idr")
    assert "BUD-001" in question.checks
    assert question.text.id and question.text.en and question.text.id != question.text.en


def test_a_false_part_decides_all_even_when_another_part_is_unknown(mini):
    # apbd given and non-zero: the "all" is false whatever other_sources would be
    result = paracheck.assess(_proposal(budget={"apbd_allocation_idr": 5}), pack=mini, as_of=AS_OF)
    assert _status(result, "BUD-001") == "clear"


def test_header_only_proposal_is_incomplete_with_questions(mini):
    result = paracheck.assess(_proposal(), pack=mini, as_of=AS_OF)
    assert result.verdict == "incomplete"
    assert {ch.status for ch in result.checks} == {"unknown"}
    # one question per fact some rule of the mini pack reads, naming the rules waiting on it
    assert {q.path: q.checks for q in result.questions} == {
        "budget.apbd_allocation_idr": ["BUD-001"],
        "budget.other_sources": ["BUD-001"],
        "energy.reserve_margin_pct": ["NRG-001"],
        "energy.rolling_blackouts": ["NRG-001"],
        "human_resources.dedicated_staff": ["HR-001"],
        "procedure.dprd_approval.date": ["REG-001"],
        "procedure.signing.date": ["REG-001"],
        "sectors": ["HR-001", "IMP-001", "IMP-002", "NRG-002"],
        "stage": ["IMP-002"],
    }


def test_risk_lists_evidence_with_yaml_lines_and_clears_when(mini, tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(
        "schema: paracheck/proposal/v1\ntitle: t\nbudget:\n"
        "  apbd_allocation_idr: 0\n  other_sources: []\n",
        encoding="utf-8",
    )
    result = paracheck.assess(paracheck.load_proposal(str(path)), pack=mini, as_of=AS_OF)
    check = next(ch for ch in result.checks if ch.rule_id == "BUD-001")
    assert check.status == "risk"
    lines = {e.path: e.line for e in check.evidence}
    assert lines["budget.apbd_allocation_idr"] == 4
    assert lines["budget.other_sources"] == 5
    assert "APBD allocation" in check.clears_when.en  # the field's label, not its path
    assert check.clears_when.id != check.clears_when.en


def test_per_sector_rule_names_the_sectors_that_fired(mini):
    proposal = _proposal(
        energy={"rolling_blackouts": True}, sectors=[{"name": "culture"}, {"name": "mining"}]
    )
    result = paracheck.assess(proposal, pack=mini, as_of=AS_OF)
    check = next(ch for ch in result.checks if ch.rule_id == "NRG-002")
    assert check.status == "risk"
    assert check.items == ["sectors[1]"]
    assert any(e.path == "sectors[1].name" and e.value == "mining" for e in check.evidence)


def _waived(until: str) -> Proposal:
    return _proposal(
        budget={"apbd_allocation_idr": 0, "other_sources": []},
        accepted_risks=[
            {
                "rule": "BUD-001",
                "reason": "hibah pusat menyusul",
                "accepted_by": "Kepala Biro",
                "until": until,
            }
        ],
    )


def test_waiver_until_after_as_of_accepts_the_risk(mini):
    result = paracheck.assess(_waived("2016-01-01"), pack=mini, as_of=AS_OF)
    check = next(ch for ch in result.checks if ch.rule_id == "BUD-001")
    assert check.status == "accepted"
    waiver = check.waiver
    assert (waiver.reason, waiver.accepted_by, waiver.until) == (
        "hibah pusat menyusul",
        "Kepala Biro",
        dt.date(2016, 1, 1),
    )
    assert not any("BUD-001" in a.rules for a in result.actions)


def test_lapsed_waiver_no_longer_applies(mini):
    result = paracheck.assess(_waived("2015-01-01"), pack=mini, as_of=AS_OF)
    assert _status(result, "BUD-001") == "risk"


def test_waiver_naming_no_rule_of_the_pack_is_an_error(mini):
    proposal = _proposal(
        accepted_risks=[
            {"rule": "XYZ-999", "reason": "r", "accepted_by": "a", "until": "2030-01-01"}
        ]
    )
    with pytest.raises(InputError, match="XYZ-999"):
        paracheck.assess(proposal, pack=mini, as_of=AS_OF)


def test_two_runs_give_identical_bytes(mini):
    proposal = _proposal(
        energy={"rolling_blackouts": True},
        sectors=[{"name": "mining", "programs": []}],
        stage="active",
    )
    first = paracheck.assess(proposal, pack=mini, as_of=AS_OF).to_json()
    second = paracheck.assess(proposal, pack=mini, as_of=AS_OF).to_json()
    assert first == second


def test_signing_before_dprd_shows_in_the_procedure(mini):
    proposal = _proposal(
        stage="mou_signed",
        procedure=[
            {"step": "letter_of_intent", "status": "done", "date": "2015-01-01"},
            {"step": "dprd_approval", "status": "done", "date": "2015-03-01"},
            {"step": "signing", "status": "done", "date": "2015-02-01"},
        ],
    )
    result = paracheck.assess(proposal, pack=mini, as_of=AS_OF)
    assert _status(result, "REG-001") == "risk"
    issues = {p.step: p.issue for p in result.procedure}
    assert issues["signing"] == Localized(
        id=(
            "bertanggal lebih awal daripada langkah yang seharusnya mendahuluinya: "
            "persetujuan DPRD (1 Maret 2015)"
        ),
        en="dated before the step that should precede it: DPRD approval (March 1, 2015)",
    )
    assert issues["letter_of_intent"] is None and issues["dprd_approval"] is None


def test_required_step_the_file_does_not_list_is_not_recorded_rather_than_not_done(mini):
    """An unlisted required step is an issue, said as not recorded (the proposal contract
    counts it so, and the rules on it find it), not "belum selesai": a running MoU's file
    without its steps read as if none had been taken (words20 A2); nor as not known, which a
    step listed ``unknown`` is (fix31a). The signing of a signed partnership is asked for its
    date."""
    proposal = _proposal(
        stage="mou_signed", procedure=[{"step": "letter_of_intent", "status": "done"}]
    )
    result = paracheck.assess(proposal, pack=mini, as_of=AS_OF)
    entries = {p.step: p for p in result.procedure}
    not_recorded = Localized(
        id="wajib, tetapi tidak tercatat dalam berkas",  # no stage again
        en="required, but not recorded in the file",
    )
    dprd = entries["dprd_approval"]
    assert (dprd.required, dprd.issue) == (True, not_recorded)
    # listed with status unknown, the same step is not known (the memo asks about it)
    listed = _proposal(
        stage="mou_signed",
        procedure=[
            {"step": "letter_of_intent", "status": "done"},
            {"step": "dprd_approval", "status": "unknown"},
        ],
    )
    unknown = paracheck.assess(listed, pack=mini, as_of=AS_OF)
    issue = next(p.issue for p in unknown.procedure if p.step == "dprd_approval")
    assert issue == Localized(
        id="wajib, tetapi belum diketahui apakah sudah dilakukan",
        en="required, but whether it was done is not known",
    )
    signing = entries["signing"]
    assert signing.required and signing.issue is not None
    assert "tahap kerja sama menyatakan MoU sudah ditandatangani" in signing.issue.id
    assert "belum selesai" not in signing.issue.id
    assert entries["letter_of_intent"].issue is None  # done, so no issue


def test_required_step_recorded_under_way_is_still_not_done(mini):
    """The change above is for steps whose status is not known: one the file records as
    under way keeps "belum selesai"."""
    proposal = _proposal(
        stage="mou_signed",
        procedure=[
            {"step": "letter_of_intent", "status": "done"},
            {"step": "dprd_approval", "status": "in_progress"},
        ],
    )
    result = paracheck.assess(proposal, pack=mini, as_of=AS_OF)
    issue = next(p.issue for p in result.procedure if p.step == "dprd_approval")
    assert issue == Localized(id="wajib, tetapi belum selesai", en="required but not done")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(proposals)
def test_engine_agrees_with_the_oracle_on_generated_proposals(mini, data):
    """Statuses, items, questions and evidence paths of every check, against the oracle's
    own reading of the raw data."""
    result = paracheck.assess(data, pack=mini, as_of=AS_OF)
    assert disagreements(mini, data, AS_OF, result.checks) == {}


def test_pack_with_duplicate_id_is_refused(tmp_path):
    bad = MINI.read_text(encoding="utf-8").replace("id: NRG-001", "id: BUD-001")
    path = tmp_path / "dup.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(PackError) as err:
        load_pack(str(path))
    assert any(p.path == "BUD-001.id" and "duplicate" in p.message for p in err.value.problems)
    assert all(p.file.endswith("dup.yaml") for p in err.value.problems)


@pytest.mark.parametrize(
    ("old", "new", "expect"),
    [
        (
            "{path: human_resources.dedicated_staff, times: 2}",
            "{path: human_resources.dedicated_stuff, times: 2}",
            "HR-001.when.gt.path",
        ),
        (
            'title: {id: "Terlalu banyak sektor", en: "Too many sectors"}',
            'title: {id: "Terlalu banyak sektor"}',
            "HR-001.title.en",
        ),
        ("    domain: human_resources\n", "    domain: human_resource\n", "HR-001.domain"),
        (
            "      fires: [{human_resources: {dedicated_staff: 1}",
            "      fires: [{human_resources: {dedicated_staf: 1}",
            "HR-001.examples.fires[0]",
        ),
    ],
)
def test_malformed_pack_is_refused_naming_rule_and_field(tmp_path, old, new, expect):
    text = MINI.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "bad.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(PackError) as err:
        load_pack(str(path))
    fields = [p.path for p in err.value.problems]
    assert any(f.startswith(expect) for f in fields), fields
    assert all(p.line and p.line > 1 for p in err.value.problems)


# The contract's key order (PRODUCT.md §2), written out: a change to it must change this test.
CONTRACT_KEYS = [
    "schema",
    "proposal",
    "as_of",
    "pack",
    "verdict",
    "worst_verdict",
    "worst_because",
    "notices",
    "score",
    "domains",
    "checks",
    "actions",
    "questions",
    "procedure",
]
CHECK_KEYS = [
    "rule_id",
    "domain",
    "title",
    "statement",
    "why",
    "status",
    "severity",
    "likelihood",
    "impact",
    "score",
    "items",
    "evidence",
    "missing",
    "clears_when",
    "recommendations",
    "sources",
    "waiver",
    "due",  # added in this contract version, at the end (tests/test_due_from.py)
    "residual_of",  # added after it, at the end (tests/test_residual_risks.py)
    "covered_by",  # added after it, at the end (tests/test_steps_aside.py)
    "not_applicable",  # added after it, at the end (tests/test_not_applicable.py)
    "waits_on",  # added after it, at the end (a check whose condition is open)
]
EVIDENCE_KEYS = ["path", "value", "line", "note"]


def test_json_keys_follow_the_contract_order(mini):
    import json

    proposal = _proposal(budget={"apbd_allocation_idr": 0, "other_sources": []})
    data = json.loads(paracheck.assess(proposal, pack=mini, as_of=AS_OF).to_json())
    assert list(data) == CONTRACT_KEYS
    assert data["checks"] and any(check["evidence"] for check in data["checks"])
    for check in data["checks"]:
        assert list(check) == CHECK_KEYS
        for evidence in check["evidence"]:
            assert list(evidence) == EVIDENCE_KEYS


def test_trusted_rebuild_gives_back_the_same_assessment(mini):
    from paracheck.engine.model import Assessment

    proposal = _proposal(
        energy={"rolling_blackouts": True},
        stage="active",
        sectors=[{"name": "mining", "programs": []}],
    )
    result = paracheck.assess(proposal, pack=mini, as_of=AS_OF)
    again = Assessment.from_trusted_json(result.model_dump_json(by_alias=True))
    assert again == result
    assert again.to_json() == result.to_json()


def test_missing_facts_name_the_exact_programme_and_sector_to_fill_in():
    # a sector whose running programme has no date, and a sector that lists no programmes at
    # all (a programme that is only planned has no activity date to ask for: IMP-005)
    result = paracheck.assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": "t",
            "date": "2024-09-02",
            "sectors": [
                {
                    "name": "tourism",
                    "lead_agency": "Dispar",
                    "programs": [{"name": "festival", "status": "ongoing"}],
                },
                {"name": "environment", "lead_agency": None},
            ],
        }
    )
    asked = {q.path for q in result.questions}
    assert "sectors[0].programs[0].last_activity" in asked
    assert "sectors[1].programs" in asked
    assert not any("[]" in path for path in asked)
    assert "sectors" not in asked  # the sectors were given


def test_a_counted_item_already_decided_asks_no_question():
    # IMP-006: half or more of the sectors have no ongoing or finished programme. The first
    # sector has an ongoing one, so it is decided whatever its other programme's status is;
    # the second has only a planned one; only the third's programme status leaves the share
    # open, and only it is asked.
    result = paracheck.assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": "t",
            "date": "2024-09-02",
            "stage": "active",
            "sectors": [
                {
                    "name": "culture",
                    "lead_agency": "Disbud",
                    "programs": [{"name": "festival", "status": "ongoing"}, {"name": "exchange"}],
                },
                {
                    "name": "trade",
                    "lead_agency": "Disperindag",
                    "programs": [{"name": "fair", "status": "planned"}],
                },
                {"name": "tourism", "lead_agency": "Dispar", "programs": [{"name": "expo"}]},
            ],
            # signed more than a year before: IMP-006 measures decay from the signing date
            "procedure": [{"step": "signing", "status": "done", "date": "2023-06-01"}],
        },
        pack="pp28-2018",
    )
    check = next(ch for ch in result.checks if ch.rule_id == "IMP-006")
    assert check.status == "unknown"
    assert check.missing == ["sectors[2].programs[0].status"]


def test_an_open_flag_asks_what_its_deriving_rule_asks(tmp_path):
    """A check waiting on a flag asks the questions of the rule that derives it: here the
    sector whose programmes were not listed, not a fact that alone cannot settle it."""
    import yaml

    def rule(rule_id: str, when: dict, **extra) -> dict:
        return {
            "id": rule_id,
            "domain": "governance",
            "severity": "high",
            "likelihood": 1,
            "impact": 1,
            "title": {"id": "t", "en": "t"},
            "why": {"id": "w", "en": "w"},
            "when": when,
            "recommend": [
                {"stage": "planning", "owner": "Bappeda", "text": {"id": "t", "en": "t"}}
            ],
            "sources": [{"kind": "thesis", "ref": "IV"}],
            "examples": {"fires": [{}], "clears": [{}]},
            **extra,
        }

    pack = {
        "schema": "paracheck/pack/v1",
        "name": "flags",
        "version": "0",
        "regime": "r",
        "description": {"id": "d", "en": "d"},
        "procedure": [{"step": "initiative"}],
        "rules": [
            rule(
                "GOV-001",
                {"path": "partner.kind", "in": ["institution"]},
                for_each="programs",
                derive="institution_programme",
            ),
            rule("GOV-002", {"flag": "institution_programme"}),
        ],
    }
    path = tmp_path / "flags.yaml"
    path.write_text(yaml.safe_dump(pack), encoding="utf-8")
    result = paracheck.assess(
        _proposal(sectors=[{"name": "infrastructure"}]), pack=load_pack(str(path)), as_of=AS_OF
    )
    checks = {ch.rule_id: ch for ch in result.checks}
    assert checks["GOV-001"].missing == ["sectors[0].programs"]
    assert (checks["GOV-002"].status, checks["GOV-002"].missing) == (
        "unknown",
        ["sectors[0].programs"],
    )


def _pack_of(tmp_path, rules: list[tuple[str, str | None, dict]]):
    """A one-off pack: (id, for_each, when) per rule, everything else minimal."""
    import yaml

    def rule(rule_id: str, for_each: str | None, when: dict) -> dict:
        out = {
            "id": rule_id,
            "domain": "implementation",
            "severity": "medium",
            "likelihood": 1,
            "impact": 1,
            "title": {"id": "t", "en": "t"},
            "why": {"id": "w", "en": "w"},
            "when": when,
            "recommend": [
                {"stage": "planning", "owner": "Bappeda", "text": {"id": "t", "en": "t"}}
            ],
            "sources": [{"kind": "thesis", "ref": "IV"}],
            "examples": {"fires": [{}], "clears": [{}]},
        }
        if for_each:
            out["for_each"] = for_each
        return out

    pack = {
        "schema": "paracheck/pack/v1",
        "name": "asks",
        "version": "0",
        "regime": "r",
        "description": {"id": "d", "en": "d"},
        "procedure": [{"step": "initiative"}],
        "rules": [rule(*r) for r in rules],
    }
    path = tmp_path / "asks.yaml"
    path.write_text(yaml.safe_dump(pack), encoding="utf-8")
    return load_pack(str(path))


ASKING_RULES = [
    ("IMP-101", "programs", {"path": "program.days_since_activity", "gt": 365}),
    ("IMP-102", "programs", {"path": "sector.lead_agency", "eq": None}),
    ("IMP-103", "sectors", {"path": "budget.apbd_allocation_idr", "eq": 0}),
    ("IMP-104", "sectors", {"path": "sector.last_activity", "lt": "2015-01-01"}),
]


def test_each_absent_fact_asks_for_the_input_a_person_fills_in(tmp_path):
    """A programme's days since activity asks for its date; a sector's field read per
    programme asks the sector; a proposal field read per sector asks the proposal; a sector's
    latest activity asks the undated programme (mutation run, docs/mutation.md)."""
    pack = _pack_of(tmp_path, ASKING_RULES)
    result = paracheck.assess(
        _proposal(sectors=[{"name": "tourism", "programs": [{"name": "festival"}]}]),
        pack=pack,
        as_of=AS_OF,
    )
    asked = {ch.rule_id: (ch.status, ch.missing) for ch in result.checks}
    assert asked == {
        "IMP-101": ("unknown", ["sectors[0].programs[0].last_activity"]),
        "IMP-102": ("unknown", ["sectors[0].lead_agency"]),
        "IMP-103": ("unknown", ["budget.apbd_allocation_idr"]),
        "IMP-104": ("unknown", ["sectors[0].programs[0].last_activity"]),
    }


def test_a_programme_without_activity_has_no_days_since_and_decides_clear(tmp_path):
    pack = _pack_of(tmp_path, ASKING_RULES)
    result = paracheck.assess(
        _proposal(
            sectors=[
                {
                    "name": "tourism",
                    "lead_agency": "Dispar",
                    "programs": [{"name": "festival", "last_activity": None}],
                }
            ],
            budget={"apbd_allocation_idr": 5},
        ),
        pack=pack,
        as_of=AS_OF,
    )
    assert {ch.rule_id: ch.status for ch in result.checks} == dict.fromkeys(
        ["IMP-101", "IMP-102", "IMP-103", "IMP-104"], "clear"
    )
    days = next(e for ch in result.checks if ch.rule_id == "IMP-101" for e in ch.evidence)
    assert days.path == "sectors[0].programs[0].last_activity" and days.value is None


def test_a_lapsed_waiver_notice_writes_its_date_as_the_reports_write_dates(mini):
    """The notice said "berlaku sampai 2015-01-01" where the annex says "1 Januari 2015"
    (newcomer trial, 2026-11-30)."""
    result = paracheck.assess(_waived("2015-01-01"), pack=mini, as_of=AS_OF)
    lapsed = next(n for n in result.notices if n.code == "waiver_lapsed")
    assert "1 Januari 2015" in lapsed.text.id and "2015-01-01" not in lapsed.text.id
    assert "January 1, 2015" in lapsed.text.en and "2015-01-01" not in lapsed.text.en
