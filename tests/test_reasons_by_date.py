"""A reason cites only what was in force on the date its check is judged on.

A rule's sources have long been chosen by date; its reason (``why``) was one fixed text, so a
2024 memo gave a Permendagri revoked in 2020 and a law repealed in 2014 as the reason of a
finding while its "Sumber" line rightly named neither (review 15, findings 2, 3, 13; trial 15,
D2). A reason is now an era-neutral core and dated paragraphs (``why_dated``), each shown only
on the dates its instrument was in force. These tests read every memo of the examples, as
dated and re-dated to 2012, 2016 and 2024, for the names of instruments out of force.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from pathlib import Path

import pytest
import yaml

import paracheck
from paracheck.errors import PackError
from paracheck.rules.loader import load_pack
from paracheck.rules.model import in_window, reason_text, study_refs

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))

#: the instruments a text may name, with the dates they were in force, from
#: shared/domain/REGULATION.md ("The instruments, and which one is in force when", and
#: "Additions after the first review"). Where it gives a year only, the whole year counts as
#: in force; PP 28/2018's day is the one the packs date it by. KSDPL and KSDLL are PP
#: 28/2018's terms. UU 21/2007 is in the packs with its promulgation day.
INSTRUMENTS: dict[str, tuple[dt.date | None, dt.date | None]] = {
    "UU 37/1999": (dt.date(1999, 1, 1), None),
    "UU 24/2000": (dt.date(2000, 1, 1), None),
    "UU 32/2004": (dt.date(2004, 1, 1), dt.date(2014, 10, 1)),
    "UU 21/2007": (dt.date(2007, 4, 19), None),
    "Permendagri 3/2008": (dt.date(2008, 1, 1), dt.date(2020, 5, 21)),
    "UU 23/2014": (dt.date(2014, 10, 2), None),
    "PP 28/2018": (dt.date(2018, 4, 18), None),
    "KSDPL": (dt.date(2018, 4, 18), None),
    "KSDLL": (dt.date(2018, 4, 18), None),
    "Permenlu 3/2019": (dt.date(2019, 1, 1), None),
    "Permendagri 25/2020": (dt.date(2020, 5, 22), None),
}
_NAMED = re.compile("|".join(re.escape(name).replace(r"\ ", r"\s+") for name in INSTRUMENTS))


def named(text: str) -> set[str]:
    """The instruments ``text`` names (a name may be broken over lines)."""
    return {" ".join(m.group(0).split()) for m in _NAMED.finditer(text)}


def in_force(pack, check, day: dt.date) -> bool:
    """Whether the check's rule is in force on ``day`` (its own dates; else its check is a
    clear one that says which instrument was not in force)."""
    rule = pack.rule(check.rule_id)
    return in_window(rule.effective_from, rule.effective_until, day)


def out_of_force(text: str, day: dt.date) -> set[str]:
    return {name for name in named(text) if not in_window(*INSTRUMENTS[name], day)}


def _shift(value: object, years: int) -> object:
    """``value`` with every date in it moved by ``years`` (29 February to the 28th)."""
    if isinstance(value, dt.date):
        try:
            return value.replace(year=value.year + years)
        except ValueError:
            return value.replace(year=value.year + years, day=28)
    if isinstance(value, dict):
        return {k: _shift(v, years) for k, v in value.items()}
    if isinstance(value, list):
        return [_shift(v, years) for v in value]
    return value


def redated(path: Path, year: int | None) -> paracheck.Proposal:
    """The example at ``path``, every date moved so that the proposal is dated in ``year``
    (None: as written); the order of its steps and the time between them are kept."""
    data = yaml.safe_load(path.read_text("utf-8"))
    if year is not None:
        data = _shift(data, year - data["date"].year)
    return paracheck.load_proposal_text(yaml.safe_dump(data, allow_unicode=True), lines=False)


CASES = [(p, year) for p in EXAMPLES for year in (None, 2012, 2016, 2024)]
IDS = [f"{p.stem}@{year or 'as-written'}" for p, year in CASES]


def _date_of(proposal: paracheck.Proposal, path: str) -> dt.date | None:
    """The proposal's date at a rule's ``dated_by`` path (``date``, ``procedure.<step>.date``)."""
    if path == "date":
        return proposal.date
    step = path.split(".")[1]
    return next((s.date for s in proposal.procedure or [] if s.step == step), None)


def judged_on(check, proposal, assessment, pack) -> dt.date:
    """The date a check is judged on, worked out from the rule and the proposal, not read back
    from the engine: the proposal's date at its ``dated_by`` when given, else as_of."""
    dated_by = pack.rule(check.rule_id).dated_by
    day = _date_of(proposal, dated_by) if dated_by else None
    return day or assessment.as_of


@pytest.mark.parametrize(("path", "year"), CASES, ids=IDS)
def test_no_reason_names_an_instrument_out_of_force_on_its_check_s_date(path, year):
    proposal = redated(path, year)
    assessment = paracheck.assess(proposal)
    pack = load_pack(assessment.pack.name)
    wrong = []
    for check in assessment.checks:
        day = judged_on(check, proposal, assessment, pack)
        if not in_force(pack, check, day):
            # its row says which instrument was not (yet) in force; it cites none of them
            assert check.not_applicable is not None, check.rule_id
            assert all(s.kind not in ("law", "regulation") for s in check.sources), check.rule_id
            continue
        texts = [check.why, check.title, check.statement, check.clears_when, check.not_applicable]
        for lang in ("id", "en"):
            for text in texts:
                if text is not None and (bad := out_of_force(getattr(text, lang), day)):
                    wrong.append(f"{check.rule_id} ({day}, {lang}): {sorted(bad)}")
    assert wrong == []


@pytest.mark.parametrize(("path", "year"), CASES, ids=IDS)
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_no_memo_names_an_instrument_out_of_force_on_every_date_it_judges(path, year, fmt):
    """Every format's memo, read whole (questions, procedure table, notices, the partner's
    kind included): an instrument it names must be in force on at least one date the memo
    judges something on (as_of, or the signing date of the rules dated by it). The memo of a
    2012 proposal names neither UU 23/2014 (REG-030's question) nor KSDPL."""
    proposal = redated(path, year)
    assessment = paracheck.assess(proposal)
    pack = load_pack(assessment.pack.name)
    days = {assessment.as_of} | {
        judged_on(c, proposal, assessment, pack) for c in assessment.checks
    }
    # a check not in force on its date names, on its own row, the instrument that was not
    # (yet) in force, and its statement may be that instrument's ("… (KSDPL)")
    outside = [
        c
        for c in assessment.checks
        if not in_force(pack, c, judged_on(c, proposal, assessment, pack))
    ]
    for lang in ("id", "en"):
        memo = paracheck.render(assessment, fmt, lang)
        said = {
            name
            for c in outside
            for text in (c.not_applicable, c.statement, c.title)
            for name in named(getattr(text, lang))
        }
        stray = {
            name
            for name in named(memo) - said
            if not any(in_window(*INSTRUMENTS[name], d) for d in days)
        }
        assert stray == set(), (lang, sorted(days))


_DETAIL = re.compile(r"^### (?P<rule>[A-Z]+-\d+) — .*?^- \*Alasan:\* (?P<why>.*?)$", re.M | re.S)


@pytest.mark.parametrize(("path", "year"), CASES, ids=IDS)
def test_the_memo_gives_each_finding_the_reason_of_its_date(path, year):
    """The reports print the assessment's reason as it is: what the engine chose by date is
    what the reader reads under "Alasan" (Markdown keeps each reason on one line)."""
    assessment = paracheck.assess(redated(path, year))
    memo = paracheck.render(assessment, "markdown", "id")
    why = {c.rule_id: c.why.id for c in assessment.checks}
    shown = {m.group("rule"): m.group("why").replace("\\", "") for m in _DETAIL.finditer(memo)}
    assert shown or not any(c.status == "risk" for c in assessment.checks)
    assert shown == {rule: why[rule] for rule in shown}


def test_a_step_taken_in_2017_is_given_the_reason_of_2017_in_a_2024_memo():
    """An MoU signed before 22 May 2020 and judged in 2024: the rules about its steps are
    judged on the signing day, so their reason is Permendagri 3/2008's practice and UU 23/2014,
    never Permendagri 25/2020 (which made no rule for a step taken in 2017); the rules judged
    on as_of give 2024's reason beside them."""
    data = yaml.safe_load((EXAMPLES[0].parent / "signed-before-dprd-2021.yaml").read_text("utf-8"))
    data["procedure"] = _shift(data["procedure"], -4)  # every step 2016-2017, signed June 2017
    data["date"] = dt.date(2024, 3, 1)
    proposal = paracheck.load_proposal_text(yaml.safe_dump(data, allow_unicode=True), lines=False)
    assessment = paracheck.assess(proposal)
    assert assessment.pack.name == "pp28-2018"
    assert "signed_under_earlier_regime" in {n.code for n in assessment.notices}
    reg020 = next(c for c in assessment.checks if c.rule_id == "REG-020")
    assert reg020.status == "risk"
    assert "dalam praktik Permendagri 3/2008" in reg020.why.id
    assert "UU 23/2014" in reg020.why.id
    assert named(reg020.why.id) == {"Permendagri 3/2008", "UU 23/2014"}
    pack = load_pack("pp28-2018")
    for check in assessment.checks:
        day = judged_on(check, proposal, assessment, pack)
        if not in_force(pack, check, day):  # its row says its instrument was not in force
            continue
        assert out_of_force(check.why.id, day) == set(), check.rule_id
        assert out_of_force(check.why.en, day) == set(), check.rule_id
    memo = paracheck.render(assessment, "markdown", "id")
    assert "Permendagri 3/2008" in memo and "Permendagri 25/2020" in memo


#: a day in each quarter from 2001: every stretch between the instruments' dates has some
_QUARTERS = [dt.date(y, m, 1) for y in range(2001, 2027) for m in (1, 4, 7, 10)]


def _judged_days(pack, rule) -> list[dt.date]:
    """The days a shipped rule can be judged on when its pack is chosen by date: inside the
    rule's own dates, and inside the pack's (as_of) or up to the pack's end (a rule dated by
    the signing judges an MoU signed before the pack began, never one signed after it ended)."""
    start = None if rule.dated_by else pack.effective_from
    return [
        d
        for d in _QUARTERS
        if in_window(rule.effective_from, rule.effective_until, d)
        and in_window(start, pack.effective_until, d)
    ]


@pytest.mark.parametrize("pack_name", ["pp28-2018", "permendagri-3-2008"])
def test_no_rule_can_say_an_instrument_out_of_force_on_any_day_it_judges(pack_name):
    """Beyond the examples: every rule of both packs, on every quarter it can be judged on,
    with the reason that day (why and the paragraphs holding then) and its fixed texts
    (title, statement, when it clears, when it does not apply, recommendations)."""
    pack = load_pack(pack_name)
    wrong = []
    for rule in pack.rules:
        fixed = [rule.title, rule.check, rule.clears_when, *(r.text for r in rule.recommend)]
        fixed += [applies.otherwise for applies in rule.antecedents]
        for day in _judged_days(pack, rule):
            held = [
                p for p in rule.why_dated if in_window(p.effective_from, p.effective_until, day)
            ]
            for lang in ("id", "en"):
                texts = [reason_text(rule.why, held, lang, study_refs(rule.sources))]
                texts += [t.get(lang) for t in fixed if t is not None]
                for text in texts:
                    if bad := out_of_force(text, day):
                        wrong.append(f"{rule.id} {day} {lang}: {sorted(bad)}")
    assert wrong == []


# ---------------------------------------------------------------- dated paragraphs by date


def _dated_rules() -> list[tuple[str, str]]:
    out = []
    for name in paracheck.pack_names():
        out += [(name, r.id) for r in load_pack(name).rules if r.why_dated]
    return out


DATED = _dated_rules()


def _edges(rule) -> list[dt.date]:
    """The days on both sides of every bound of the rule's dated paragraphs."""
    one = dt.timedelta(days=1)
    days = set()
    for p in rule.why_dated:
        if p.effective_from is not None:
            days |= {p.effective_from - one, p.effective_from}
        if p.effective_until is not None:
            days |= {p.effective_until, p.effective_until + one}
    return sorted(days)


def test_the_rewritten_rules_carry_dated_paragraphs():
    """The reasons review 15 and trial 15 found dated are now dated paragraphs, in both
    packs and the shared file (BUD-002)."""
    pp28 = {rid for name, rid in DATED if name == "pp28-2018"}
    assert {
        "REG-010",
        "REG-013",
        "REG-014",
        "REG-017",
        "REG-019",
        "REG-020",
        "REG-022",
        "REG-024",
        "REG-045",
        "REG-048",
        "BUD-002",
    } <= pp28
    assert {"REG-017", "REG-019", "BUD-002"} <= {
        rid for name, rid in DATED if name == "permendagri-3-2008"
    }


@pytest.mark.parametrize(("pack_name", "rule_id"), DATED, ids=[f"{n}:{r}" for n, r in DATED])
def test_a_dated_paragraph_is_in_the_reason_exactly_on_its_dates(pack_name, rule_id):
    pack = load_pack(pack_name)
    rule = pack.rule(rule_id)
    seen = 0
    for day in _edges(rule):
        # judged on ``day`` whether the rule is dated by the signing or by as_of
        proposal = paracheck.Proposal.model_validate(
            {
                "schema": "paracheck/proposal/v1",
                "title": "t",
                "date": day.isoformat(),
                "stage": "mou_signed",
                "procedure": [{"step": "signing", "status": "done", "date": day.isoformat()}],
            }
        )
        result = paracheck.assess(proposal, pack=pack, as_of=day)
        check = next((c for c in result.checks if c.rule_id == rule_id), None)
        if check is None:  # the rule itself is not in force that day
            assert not in_window(rule.effective_from, rule.effective_until, day)
            continue
        seen += 1
        # the legal basis of the day first, the era-neutral reason after it (trust17 #1),
        # then what a study or report of the day adds (trial29 M1), in the terms of the day
        # (SKPD before UU 23/2014: the glossary's eras); a case paragraph may follow
        held = [p for p in rule.why_dated if in_window(p.effective_from, p.effective_until, day)]
        for lang in ("id", "en"):
            said = getattr(check.why, lang)
            # a paragraph resting on a regulation is a legal basis, first (fix34d)
            reason = reason_text(rule.why, held, lang, study_refs(rule.sources))
            assert said.startswith(_of_day(reason, day, lang))
            assert _of_day(getattr(rule.why, lang), day, lang) in said
        for para in rule.why_dated:
            held = in_window(para.effective_from, para.effective_until, day)
            assert (_of_day(para.id, day, "id") in check.why.id) is held, (day, para.id)
            assert (_of_day(para.en, day, "en") in check.why.en) is held, (day, para.en)
    assert seen


def _of_day(text: str, day: dt.date, lang: str) -> str:
    """A pack's text in the terms of ``day`` (the glossary's era holding it, if any)."""
    from paracheck.rules.loader import actor_eras, era_of, swapper

    era = era_of(day)
    return text if era is None else swapper(actor_eras()[era].get(lang))(text)


# ---------------------------------------------------------------- the loader


RULE = """\
schema: paracheck/pack/v1
name: dated-why
version: "0.0.1"
regime: "test regime"
description: {{id: "Paket uji", en: "Test pack"}}
procedure:
  - {{step: signing, required_from: mou_signed}}
rules:
  - id: WHY-001
    domain: regulatory
    severity: medium
    likelihood: 3
    impact: 3
    title: {{id: "Judul", en: "Title"}}
    why: {{id: "Inti", en: "Core"}}
{extra}
    when: {{path: basis.in_development_plan, eq: false}}
    recommend:
      - {{stage: planning, owner: Bappeda, text: {{id: "t", en: "t"}}}}
    sources: [{{kind: thesis, ref: IV.A}}]
    examples:
      fires: [{{basis: {{in_development_plan: false}}}}]
      clears: [{{basis: {{in_development_plan: true}}}}]
"""


def _pack(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "dated-why.yaml"
    path.write_text(RULE.format(extra=textwrap.indent(textwrap.dedent(extra), "    ")), "utf-8")
    return path


def test_a_well_formed_dated_paragraph_loads(tmp_path):
    pack = load_pack(
        _pack(
            tmp_path,
            """\
            why_dated:
              - {id: "Sejak 2020.", en: "Since 2020.", effective_from: 2020-05-22}
            """,
        )
    )
    (para,) = pack.rule("WHY-001").why_dated
    assert para.effective_from == dt.date(2020, 5, 22) and para.effective_until is None


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (  # one language only
            """\
            why_dated:
              - {id: "Sejak 2020.", effective_from: 2020-05-22}
            """,
            "WHY-001.why_dated[0].en",
        ),
        (  # no dates: it belongs in why
            """\
            why_dated:
              - {id: "Selalu.", en: "Always."}
            """,
            "belongs in why",
        ),
        (  # a window that ends before it begins
            """\
            why_dated:
              - {id: "Tak pernah.", en: "Never.", effective_from: 2020-05-22,
                 effective_until: 2014-10-01}
            """,
            "comes after effective_until",
        ),
        (  # dates on which the rule makes no check at all
            """\
            effective_from: 2020-05-22
            why_dated:
              - {id: "Dulu.", en: "Once.", effective_until: 2014-10-01}
            """,
            "WHY-001.why_dated[0]",
        ),
        (  # an empty paragraph
            """\
            why_dated:
              - {id: "", en: "Since 2020.", effective_from: 2020-05-22}
            """,
            "WHY-001.why_dated[0].id",
        ),
    ],
    ids=["one-language", "undated", "inverted-window", "outside-the-rule", "empty"],
)
def test_the_loader_refuses_a_malformed_dated_paragraph(tmp_path, extra, said):
    with pytest.raises(PackError) as caught:
        load_pack(_pack(tmp_path, extra))
    assert said in str(caught.value)


# ---------------------------------------------------------------- the blank checklist


@pytest.mark.parametrize("lang", ["id", "en"])
def test_today_s_checklist_gives_no_reason_or_source_out_of_force(lang):
    """The checklist of the pack in force since 22 May 2020 is worked through before a
    signing under it: its reasons and sources name nothing revoked before that day."""
    pack = load_pack("pp28-2018")
    text = paracheck.render_checklist(pack, lang, "markdown")
    lines = [
        line
        for line in text.splitlines()
        if line.lstrip().startswith(("- *Alasan:*", "- *Why:*", "- *Sumber:*", "- *Sources:*"))
    ]
    assert lines
    assert {n for line in lines for n in out_of_force(line, pack.effective_from)} == set()
