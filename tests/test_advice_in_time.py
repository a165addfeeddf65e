"""Advice that is right in time: what a rule recommends can still be done at the stages the
rule can fire in, and a step already taken is judged by the law of its day.

A partnership signed in 2015 and re-assessed in 2025 was told to "discuss the draft text with
Kemlu and Kemendagri before signing" — ten years after the signing — with Permendagri 25/2020
cited for a 2015 step. These tests classify every rule of the shipped packs by what the
engine itself answers for proposals before and after the signing, then hold the
recommendations to that classification.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

import pytest

import paracheck
from paracheck.facts.model import Proposal, StepId
from paracheck.rules import conditions as c
from paracheck.rules.loader import load_pack
from paracheck.rules.model import ACTION_STAGES, Rule

from .test_law_by_date import _IN_FORCE

#: each regime pack with a day inside its own time, when every one of its rules is in force
PACKS = {"permendagri-3-2008": dt.date(2019, 1, 1), "pp28-2018": dt.date(2024, 1, 1)}
STEPS: tuple[str, ...] = StepId.__args__  # type: ignore[attr-defined]
BEFORE_SIGNING = STEPS[: STEPS.index("signing")]
AFTER_SIGNING = STEPS[STEPS.index("signing") + 1 :]
#: the stages an officer of a signed partnership still has ahead of them
STILL_AHEAD = ("implementation", "monitoring")


def _probe(stage: str, signing: dict, steps: str, as_of: dt.date, **facts: Any) -> Proposal:
    """A proposal that says only its stage and its procedure (and ``facts``); every other
    fact is unknown.

    ``steps`` sets the steps before the signing: ``unknown`` (not known whether done),
    ``pending``, ``reversed`` (all done, dated in the reverse of their order, so that every
    order rule that can fire on them does), or ``stalled`` (done in order up to the letter of
    intent, years ago, and none since: the proposal stuck after its LoI, GOV-007), or
    ``asked`` (all pending but the verification and the central approval, asked for and under
    way: REG-060, REG-059)."""
    procedure = []
    for i, step in enumerate(BEFORE_SIGNING):
        if steps == "reversed":
            day = as_of - dt.timedelta(days=1000 + 10 * i)
            procedure.append({"step": step, "status": "done", "date": day})
        elif steps == "stalled" and i <= BEFORE_SIGNING.index("letter_of_intent"):
            day = as_of - dt.timedelta(days=1500 - 10 * i)
            procedure.append({"step": step, "status": "done", "date": day})
        elif steps == "stalled":
            procedure.append({"step": step, "status": "pending"})
        elif steps == "asked" and step in ("verification", "central_approval"):
            day = as_of - dt.timedelta(days=30)
            procedure.append({"step": step, "status": "in_progress", "date": day})
        elif steps == "asked":
            procedure.append({"step": step, "status": "pending"})
        else:
            procedure.append({"step": step, "status": steps})
    procedure.append({"step": "signing", **signing})
    procedure += [{"step": s, "status": "unknown"} for s in AFTER_SIGNING]
    return Proposal.model_validate(
        {
            "schema": "paracheck/proposal/v1",
            "title": "probe",
            "stage": stage,
            "procedure": procedure,
            **facts,
        }
    )


@cache
def _can_fire(pack_name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(rules that can fire before the MoU is signed, rules that can fire after it): a rule
    can fire when some probe leaves it at risk or unknown; clear, or not in force, it cannot."""
    pack, day = load_pack(pack_name), PACKS[pack_name]
    # a sister city whose partner is stated as an institution: REG-049 finds only a kind
    # stated so (an unstated one counts as a regional government in a sister form)
    institution = {"form": "sister_city", "partner": {"kind": "institution"}}
    # the programmes' APBD parts, which the probes otherwise leave out and BUD-008 alone reads
    # (a rule judged only where the file gives them)
    apbd = {
        "budget": {"apbd_allocation_idr": 1, "multi_year": False},
        "sectors": [
            {"name": "culture", "programs": [{"name": "P", "status": "planned", "apbd_idr": 2}]}
        ],
    }
    before = [
        _probe("proposal", {"status": "pending"}, steps, day, **facts)
        for steps in ("unknown", "pending", "reversed", "stalled", "asked")
        for facts in ({}, institution, apbd)
    ]
    signed = {"status": "done", "date": day - dt.timedelta(days=800)}
    after = [
        _probe(stage, signed, steps, day, **facts)
        for stage in ("mou_signed", "active", "evaluation")
        for steps in ("unknown", "pending", "reversed", "stalled")
        for facts in ({}, institution)
    ]

    def firing(probes: list[Proposal]) -> frozenset[str]:
        out = set()
        for probe in probes:
            result = paracheck.assess(probe, pack=pack, as_of=day)
            out |= {ch.rule_id for ch in result.checks if ch.status != "clear"}
        return frozenset(out)

    return firing(before), firing(after)


def _rules(pack_name: str) -> list[Rule]:
    return load_pack(pack_name).rules


@pytest.mark.parametrize("pack_name", PACKS)
def test_the_classification_separates_steps_already_taken_from_steps_still_ahead(pack_name):
    """The probes are not vacuous: the missing-step and signing-order rules can fire only
    after the signing, the order of the steps before it (DPRD ahead of the plan) before it too,
    and the thesis's budget rule at any time."""
    before, after = _can_fire(pack_name)
    only_after = {r.id for r in _rules(pack_name)} - before
    assert {"REG-010", "REG-012", "REG-014", "REG-019", "REG-020", "REG-021"} <= only_after
    assert {"REG-024", "REG-048", "REG-017", "BUD-001"} <= before & after
    assert {"REG-026", "GOV-021", "IMP-007"} <= after - before


@pytest.mark.parametrize("pack_name", PACKS)
def test_a_rule_that_fires_only_after_signing_recommends_what_is_still_ahead(pack_name):
    """A rule that cannot fire before the MoU is signed speaks to a partnership already
    signed: its advice is staged at implementation or monitoring, never at a step behind it
    (the 2015–2025 case had "before signing" under "Perjanjian")."""
    before, _ = _can_fire(pack_name)
    behind = [
        (rule.id, rec.stage, rec.text.en)
        for rule in _rules(pack_name)
        if rule.id not in before
        for rec in rule.recommend
        if ACTION_STAGES.index(rec.stage) < ACTION_STAGES.index(STILL_AHEAD[0])
        and not _for_a_new_mou(rec)
    ]
    assert not behind, behind


#: the case of advice given to proposals only, or to signed partnerships only (held-out 21)
_BEFORE_SIGNING = {"path": "stage", "eq": "proposal"}
_AFTER_SIGNING = {"path": "stage", "ne": "proposal"}


def _for_proposals_only(rec: object) -> bool:
    """Advice whose case holds only before signing: ``stage: proposal`` itself, or as one
    condition of an ``all`` (REG-046's cases by the file's facts, trial23 U1)."""
    when = getattr(rec, "when", None)
    if when == _BEFORE_SIGNING:
        return True
    return isinstance(when, dict) and _BEFORE_SIGNING in (when.get("all") or [])


def _for_a_new_mou(rec: object) -> bool:
    """Advice given only beside a lapsed MoU for the new one (words18 A2): its steps come
    before the new MoU is signed, and are staged there."""
    when = str(getattr(rec, "when", None) or "")
    text = getattr(rec, "text", None)
    lapsed = "'path': 'agreement.expires', 'lt': {'path': 'context.as_of'}"
    said = str(getattr(text, "id", ""))
    # a decision the evaluation of the lapsed MoU takes is not a step before the new MoU is
    # signed: the plan keeps it with the evaluation ("… dalam evaluasi kerja sama …"), or,
    # settled with the partner (IMP-002: "sepakati dengan mitra apakah sektor ini dikeluarkan
    # dari MoU baru …"), with the evaluation where programmes still run and for a new MoU
    # where nothing does (trial 30 W2: the reports' rule, not the pack's stage)
    with_partner = getattr(rec, "counterpart", None) == "mitra" and rec.after_expiry  # type: ignore[attr-defined]
    return (
        lapsed in when
        and "MoU baru" in said
        and "dalam evaluasi kerja sama" not in said
        and not with_partner
    )


def test_advice_for_a_new_mou_is_given_only_beside_a_lapsed_one():
    """The exemption above is not vacuous, and its advice is given only when the MoU has
    lapsed: never to a partnership whose MoU is in force (the packs' examples)."""
    new = [
        (rule.id, rec)
        for name in PACKS
        for rule in _rules(name)
        for rec in rule.recommend
        if _for_a_new_mou(rec)
    ]
    assert {rule for rule, _ in new} >= {"REG-010", "REG-020", "REG-044"}
    for _, rec in new:
        assert not rec.after_expiry
        assert ACTION_STAGES.index(rec.stage) <= ACTION_STAGES.index("signing"), rec


#: a deadline set by a step that comes before the signing
_DEADLINE = {
    "id": re.compile(
        r"sebelum (penandatanganan|MoU ditandatangani|persetujuan DPRD|diajukan kepada DPRD)"
        r"|pada tahap verifikasi|sebelum rencana kerja sama diajukan untuk diverifikasi"
    ),
    "en": re.compile(
        r"before (the )?(signing|MoU is signed|DPRD approval|it goes to the DPRD)"
        r"|at verification|before the cooperation plan is submitted for verification"
    ),
}
#: ... is fine inside a clause that also says what to do once the partnership runs (or that
#: it applies only while the MoU is unsigned), or that records how a lapsed MoU was signed
#: (words18 A2: "Catat dalam bahan evaluasi bahwa MoU yang telah berakhir ditandatangani
#: sebelum persetujuan DPRD terbit" states its history, not a deadline)
_SCOPED = {
    "id": re.compile(
        r"bila (MoU belum ditandatangani|kerja sama sudah berjalan)"
        r"|bahwa MoU yang telah berakhir ditandatangani"
    ),
    "en": re.compile(
        r"if (the MoU is not yet signed|the partnership is already running)"
        r"|that the lapsed MoU was signed"
    ),
}


@pytest.mark.parametrize("pack_name", PACKS)
def test_advice_for_a_signed_partnership_sets_no_deadline_that_has_passed(pack_name):
    """A rule that can fire after signing may not tell the officer to act "before signing"
    (or before the DPRD's approval, or at verification) unless the same clause says what to do
    when the partnership is already running."""
    _, after = _can_fire(pack_name)
    passed = []
    for rule in _rules(pack_name):
        if rule.id not in after:
            continue
        for rec in rule.recommend:
            if _for_proposals_only(rec):
                continue  # given to proposals only: no deadline has passed for them
            if _for_a_new_mou(rec):
                continue  # for the new MoU beside a lapsed one: its steps are all ahead
            for lang in ("id", "en"):
                for clause in getattr(rec.text, lang).split(";"):
                    if _DEADLINE[lang].search(clause) and not _SCOPED[lang].search(clause):
                        passed.append((rule.id, lang, clause.strip()))
    assert not passed, passed


#: advice that presumes the MoU is still unsigned: acting "from planning", changing the text
#: or the form, offering a sector to the partner (wording review: REG-042 told a partnership
#: signed in 2015 to involve the ministry "sejak perencanaan")
_BEFORE_THE_TEXT = {
    "id": re.compile(
        r"sejak perencanaan|dalam perencanaan|sebelum (sektor ini )?ditawarkan kepada mitra"
        r"|\bdari naskah\b|\bklausul\b|[Ss]esuaikan bentuk kerja sama"
    ),
    "en": re.compile(
        r"from the planning stage|into the planning|before offering|\bfrom the text\b"
        r"|\bclause\b|[Mm]atch the form"
    ),
}
_SIGNED_TOO = {
    # ... or that is for the new MoU beside a lapsed one, still to be written (words18 A2)
    "id": re.compile(r"bila (MoU sudah ditandatangani|kerja sama sudah berjalan)|naskah MoU baru"),
    "en": re.compile(
        r"if (the MoU is already signed|the partnership is already running)|the new MoU's text"
    ),
}
#: advice given for a signed MoU only (``when: {path: stage, ne: proposal}``) must say how the
#: signed text changes: by amending it
_AMENDS = {
    "id": re.compile(r"perubahan MoU|MoU diubah"),
    "en": re.compile(r"amend"),
}


def _presumes_unsigned(rec: Any, lang: str) -> bool:
    """Whether the advice, as the memo of a signed partnership would give it, presumes the MoU
    unsigned: advice for proposals only (held-out 21's split) is never given after signing,
    and advice for a signed MoU only must change the text by amending it."""
    text = getattr(rec.text, lang)
    if _for_proposals_only(rec) or not _BEFORE_THE_TEXT[lang].search(text):
        return False
    if _after_signing(rec.when):
        return not _AMENDS[lang].search(text)
    return not _SIGNED_TOO[lang].search(text)


def _after_signing(when: object) -> bool:
    """Whether a case gives the advice for a signed MoU only (held-out 21), or for one still
    in force: its later parts leave a lapsed MoU out (``not``: words18 A2, advice19)."""
    if when == _AFTER_SIGNING:
        return True
    parts = when.get("all") if isinstance(when, dict) else None
    return bool(parts) and parts[0] == _AFTER_SIGNING and all("not" in p for p in parts[1:])


@pytest.mark.parametrize("pack_name", PACKS)
def test_advice_for_a_signed_partnership_does_not_presume_the_mou_unsigned(pack_name):
    """A rule that can fire after signing may not tell the officer to act "from the planning
    stage", to change the text or the form, or to secure something "before offering" it,
    unless the same advice says what to do once the MoU is signed."""
    _, after = _can_fire(pack_name)
    presumed = [
        (rule.id, lang, getattr(rec.text, lang))
        for rule in _rules(pack_name)
        if rule.id in after
        for rec in rule.recommend
        for lang in ("id", "en")
        if _presumes_unsigned(rec, lang)
    ]
    assert not presumed, presumed


# --------------------------------------------------------------------------- law by date


def _reads_a_step_before_the_signing(rule: Rule) -> bool:
    return any(
        path.startswith("procedure.")
        and path.split(".")[1] in (*BEFORE_SIGNING, "signing")
        and path.endswith(".status")
        for path in c.read_paths(rule.condition)
    )


@pytest.mark.parametrize("pack_name", PACKS)
def test_every_rule_judging_a_step_up_to_the_signing_is_dated_by_the_signing(pack_name):
    """A rule that reads whether a step up to the signing was taken judges that step, so it is
    judged by the law of the signing's day (`dated_by`), like REG-011 always was; or, for a
    step a regulation added, by that step's own place in time (held-out 49: the initiative of
    a process explored in 2019 and signed in 2021 is judged at the exploration's date)."""
    undated = [
        r.id
        for r in _rules(pack_name)
        if _reads_a_step_before_the_signing(r)
        and _has_a_law_by_date(r)
        and r.dated_by != "procedure.signing.date"
        and not (
            r.dated_by is not None
            and r.dated_by.startswith("procedure.")
            and r.dated_by.split(".")[1] in BEFORE_SIGNING
            and r.effective_from is not None
        )
    ]
    assert not undated


def _has_a_law_by_date(rule: Rule) -> bool:
    """Whether a date chooses anything a law or regulation says for the rule: its own dates,
    or a dated law or regulation source. GOV-002 (a monitoring plan with the cooperation plan)
    has neither: its one dated source is a study, known from the memo's date on, not the
    signing's (trial29 M1), so it is not dated by the signing."""
    return bool(
        rule.effective_from
        or rule.effective_until
        or any(
            s.kind in ("law", "regulation") and (s.effective_from or s.effective_until)
            for s in rule.sources
        )
    )


@pytest.mark.parametrize("pack_name", PACKS)
def test_a_dated_rule_can_cite_an_instrument_only_inside_its_time(pack_name):
    """Without any proposal: for every rule dated by the signing, each legal source's dates
    (narrowed by the rule's own) lie inside the instrument's time in force — so no signing
    date, however early or late, makes the rule cite a law that did not yet or no longer
    apply (e.g. Permendagri 25/2020 for an MoU signed in 2015). A pack's own end bounds it:
    past it the pack is superseded and the assessment says so."""
    pack, wrong = load_pack(pack_name), []
    for rule in pack.rules:
        if not rule.dated_by:
            continue
        for src in rule.sources:
            start = max(filter(None, (rule.effective_from, src.effective_from)), default=None)
            bounds = (pack.effective_until, rule.effective_until, src.effective_until)
            until = min(filter(None, bounds), default=None)
            for name, (born, revoked) in _IN_FORCE.items():
                if name not in src.ref:
                    continue
                if (
                    start is None
                    or start < born
                    or (revoked and (until is None or until > revoked))
                ):
                    wrong.append((rule.id, src.ref, str(start), str(until)))
    assert not wrong, wrong


# --------------------------------------------------------------------------- one case, read whole

#: a sister province signed in 2015 under Permendagri 3/2008 and re-assessed in 2025: the
#: text's consultation with Kemlu is not recorded, nor any implementing agreement
SIGNED_2015 = {
    "schema": "paracheck/proposal/v1",
    "title": "Sister province signed 2015, re-assessed 2025",
    "date": "2025-06-01",
    "stage": "active",
    "form": "sister_province",
    "local": {"name": "Provinsi Jawa Barat", "level": "province"},
    "partner": {"name": "Gyeonggi-do", "country": "KR", "level": "province"},
    "procedure": [
        {"step": "initiative", "status": "done", "date": "2014-03-01"},
        {"step": "exploration", "status": "done", "date": "2014-06-01"},
        {"step": "letter_of_intent", "status": "done", "date": "2014-09-10"},
        {"step": "cooperation_plan", "status": "done", "date": "2015-01-20"},
        {"step": "dprd_approval", "status": "done", "date": "2015-04-15"},
        {"step": "full_powers", "status": "done", "date": "2015-10-01"},
        {"step": "signing", "status": "done", "date": "2015-11-12"},
    ],
    "governance": {"joint_working_group": True, "meetings_per_year": 0},
}


def _assess(data: dict):
    return paracheck.assess(Proposal.model_validate(data))


def _check(result, rule_id: str):
    return next(ch for ch in result.checks if ch.rule_id == rule_id)


def test_a_text_signed_in_2015_without_kemlu_is_put_right_now_under_the_law_of_2015():
    # no Full Powers recorded either: nothing in the file suggests Kemlu had the text (with
    # them, the unlisted drafting is asked: practitioner trial 32 W3)
    steps = [s for s in SIGNED_2015["procedure"] if s["step"] != "full_powers"]
    result = _assess({**SIGNED_2015, "procedure": steps})
    assert result.pack.name == "pp28-2018"
    drafting = _check(result, "REG-019")
    assert drafting.status == "risk"
    refs = [s.ref for s in drafting.sources]
    assert "UU 24/2000 Pasal 5(1)" in refs and "Permendagri 3/2008" in refs
    assert not any("Permendagri 25/2020" in ref for ref in refs)
    # the file's half (steps18: split by the case the file shows) and the next MoU's half
    recs = drafting.recommendations
    assert recs and all(r.stage in STILL_AHEAD and r.owner == "Biro Kerja Sama" for r in recs)
    assert any("diubah atau diperpanjang" in r.text.id for r in recs)
    assert not any("sebelum penandatanganan" in r.text.id for r in recs)


def test_the_same_gap_in_a_partnership_signed_in_2021_cites_permendagri_25_2020():
    data = {
        **SIGNED_2015,
        "procedure": [{"step": "signing", "status": "done", "date": "2021-11-12"}],
    }
    refs = [s.ref for s in _check(_assess(data), "REG-019").sources]
    assert "Permendagri 25/2020" in refs and "Permendagri 3/2008" not in refs


def test_the_action_plan_of_a_running_partnership_has_no_procedure_step_behind_it():
    """Every action the regulatory procedure rules give a partnership signed ten years ago is
    staged at implementation or monitoring."""
    # without Full Powers, so that the unlisted drafting is a finding with its actions
    steps = [s for s in SIGNED_2015["procedure"] if s["step"] != "full_powers"]
    result = _assess({**SIGNED_2015, "procedure": steps})
    procedural = {"REG-010", "REG-011", "REG-012", "REG-013", "REG-014", "REG-019", "REG-021"}
    staged = [(a.rules, a.stage) for a in result.actions if procedural & set(a.rules)]
    assert staged, "the case must give at least one procedural action"
    assert all(stage in STILL_AHEAD for _, stage in staged), staged


# --------------------------------------------------------------------------- GOV-021


def _gov021(governance: dict, **extra):
    result = _assess({**SIGNED_2015, "governance": governance, **extra})
    questions = {q.path for q in result.questions}
    return _check(result, "GOV-021"), questions


def test_no_meeting_in_a_year_answers_whether_the_committee_sat_without_a_question():
    check, questions = _gov021({"joint_working_group": True, "meetings_per_year": 0})
    assert check.status == "risk"
    assert "governance.joint_committee_last_met" not in questions


def test_without_the_number_of_meetings_the_committee_question_is_still_asked():
    """Absent is unknown, not zero: GOV-021 stays open and asks when the committee last met."""
    check, questions = _gov021({"joint_working_group": True})
    assert check.status == "unknown"
    assert "governance.joint_committee_last_met" in questions


def test_a_recent_committee_meeting_clears_whatever_the_meeting_count_says():
    check, _ = _gov021({"joint_working_group": True, "joint_committee_last_met": "2025-02-01"})
    assert check.status == "clear"


def test_no_meetings_in_a_partnership_less_than_a_year_old_is_not_a_lapsed_committee():
    data = {"procedure": [{"step": "signing", "status": "done", "date": "2025-01-10"}]}
    check, _ = _gov021({"joint_working_group": True, "meetings_per_year": 0}, **data)
    assert check.status != "risk"


def test_a_signed_partnership_reads_its_earlier_stages_as_passed_to_be_done_now():
    """Held-out reading (Pontianak–Kuching, 2026): a partnership running since 2019 got its
    plan under "Perencanaan", "Penjajakan", "Perjanjian" as if those stages were ahead."""
    from paracheck.report import view

    # a budget revised last year: BUD-004 advises at planning (Bappeda, the RKPD priority)
    result = _assess({**SIGNED_2015, "budget": {"revisions_last_year": 2}})
    assert result.proposal.stage == "active"
    headings = [heading for heading, _ in view.action_plan(result, "id")]
    stages = {a.stage for a in result.actions}
    passed = stages & view.STAGES_CLOSED_BY_SIGNING
    assert passed, "the case must give an action of a stage the signing closed"
    # the stages passed share one heading that names each of them, said once (four headings
    # each ending "tahap sudah dilalui, segera ditindaklanjuti" repeated it: wording review)
    first, *rest = headings
    assert first.endswith("tahap sudah dilalui, segera ditindaklanjuti")
    for stage in passed:
        assert view.label("stage", stage, "id").lower() in first.lower(), stage
    assert not any("sudah dilalui" in heading for heading in rest)
    english = [heading for heading, _ in view.action_plan(result, "en")]
    said = "stages already passed" if len(passed) > 1 else "stage already passed"
    assert sum(said in h for h in english) == 1


def test_a_proposal_not_yet_signed_reads_its_stages_as_ahead():
    # no staff on it yet: an action at planning (an exploration not yet begun is no longer a
    # finding of a proposal: REG-017 waits for the statement of intent)
    unsigned = {**SIGNED_2015, "stage": "proposal", "procedure": []}
    result = _assess({**unsigned, "human_resources": {"dedicated_staff": 0}})
    assert result.proposal.stage == "proposal"
    from paracheck.report import view

    headings = [heading for heading, _ in view.action_plan(result, "id")]
    assert headings and not any("sudah dilalui" in h for h in headings)


# A proposal at stage "proposal" whose exploration is done (Wakatobi, holdout 2026-11-30):
# no Korean speaker, so HR-002 advises an interpreter "at exploration"; a budget with no
# regional share (BUD-002) advises at planning. Exploration is behind it, planning is not.
# (The holdout's partner was a Korean institute; HR-002 now asks the partner country's
# language of a regional-government partner only, so the partner here is a county.)
EXPLORED = {
    "schema": "paracheck/proposal/v1",
    "title": "Technical cooperation, exploration done",
    "date": "2026-09-01",
    "stage": "proposal",
    "form": "technical_cooperation",
    "local": {"name": "Kabupaten Wakatobi", "level": "regency"},
    "partner": {
        "name": "Wando-gun",
        "country": "KR",
        "level": "county",
        "kind": "regional_government",
    },
    "budget": {"apbd_allocation_idr": 0, "other_sources": ["partner"]},
    "human_resources": {"language_staff": {"en": 1}},
    "procedure": [
        {"step": "initiative", "status": "done", "date": "2026-02-10"},
        {"step": "exploration", "status": "done", "date": "2026-05-20"},
        {"step": "letter_of_intent", "status": "in_progress"},
    ],
}


def _headings(result, lang: str) -> dict[str, str]:
    """Action stage → its heading in the action plan."""
    from paracheck.report import view

    plan = [heading for heading, _ in view.action_plan(result, lang)]
    stages = sorted({a.stage for a in result.actions}, key=view.STAGE_ORDER.index)
    out = {}
    for stage in stages:  # the heading naming the stage (the stages passed share one)
        name = view.label("stage", stage, lang).lower()
        [out[stage]] = [
            h
            for h in plan
            if name in h.split(" — ")[0].lower().split(", ")
            or h.split(" — ")[0].lower().endswith(f" {name}")
            or h.split(" — ")[0].lower() == name
        ]
    return out


def test_a_proposal_whose_exploration_is_done_reads_exploration_as_passed():
    result = _assess(EXPLORED)
    headings = _headings(result, "id")
    assert {"planning", "exploration"} <= set(headings), headings
    assert headings["exploration"] == "Penjajakan — tahap sudah dilalui, segera ditindaklanjuti"
    # planning goes on until the signing: budgets and staff are still being planned
    assert headings["planning"] == "Perencanaan"
    assert not any("sudah dilalui" in h for s, h in headings.items() if s != "exploration")


def test_exploration_still_in_progress_is_not_read_as_passed():
    steps = [{**EXPLORED["procedure"][1], "status": "in_progress"}]
    headings = _headings(_assess({**EXPLORED, "procedure": steps}), "en")
    assert headings["exploration"] == "Exploration"


def test_a_dprd_approval_on_record_closes_the_approval_stage():
    from paracheck.report import view

    # the letter of intent and the plan before it: a DPRD approval given before them is sent
    # back to the DPRD (REG-024/048, view.steps_to_redo) and closes nothing
    done = [
        *EXPLORED["procedure"][:2],
        {"step": "letter_of_intent", "status": "done", "date": "2026-06-01"},
        {"step": "cooperation_plan", "status": "done", "date": "2026-07-01"},
        {"step": "dprd_approval", "status": "done", "date": "2026-08-01"},
    ]
    result = _assess({**EXPLORED, "procedure": done})
    assert view.stages_passed(result) == {"exploration", "approval"}
    early = [*EXPLORED["procedure"][:2], {"step": "dprd_approval", "status": "done"}]
    assert view.stages_passed(_assess({**EXPLORED, "procedure": early})) == {"exploration"}


def test_a_signing_on_record_closes_every_stage_up_to_it_whatever_the_stage_says():
    from paracheck.report import view

    data = {k: v for k, v in SIGNED_2015.items() if k != "stage"}
    result = _assess(data)
    assert result.proposal.stage is None
    assert view.stages_passed(result) == view.STAGES_CLOSED_BY_SIGNING
