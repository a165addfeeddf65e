"""What every report shows, in which order — shared by the text, Markdown, HTML and CSV forms.

Renderers differ in markup, never in content: the groupings and orderings live here once, so
the formats cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from functools import cache, partial
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec

from paracheck.engine.model import (
    DOMAINS,
    NOT_APPLICABLE_BY_LAW,
    RELATIONS_NOTE,
    SEVERITY_RANK,
    Assessment,
    Check,
    Evidence,
    Localized,
    ProcedureEntry,
    Source,
    item_names,
    tie_order,
)
from paracheck.facts import labels, reference
from paracheck.report import formatting
from paracheck.report.messages import (
    MESSAGES,
    check_lang,
    in_words,
    label,
    message,
    names_counterpart,
    with_counterpart,
)
from paracheck.rules import conditions
from paracheck.rules.model import (
    LawBefore,
    ProcedureStepSpec,
    evaluation_on_record,
    regime_words,
    stage_reached,
)

if TYPE_CHECKING:
    from paracheck.comparison import Aged, AssessmentDiff, CheckChange, ItemRef, ResidualChange

# Marks of a check's status beside its statement (what must be true): a confirmed statement
# is ticked, one found false is crossed, one not yet decidable is an empty box still to tick.
# (An empty box for a clear check read as "not done" — issue 12's newcomer finding.)
# A clear check that is not due yet (the proposal has not reached the stage its rule applies
# from) is neither ticked nor crossed: its statement ("DPRD telah menyetujui") is not judged.
# A clear check whose rule left its case to another rule (``covered_by``: GOV-003's regular
# reports at the evaluation stage are REG-026's finding) is not ticked either: its statement
# does not hold, and the mark points to the rule that holds the finding.
# A clear check whose rule concerns only another kind of partner (``not_applicable``: equal
# administrative level for a foreign university) is not ticked either: "☑ Bila mitranya
# pemerintah daerah …" read as done; it says why it does not apply.
# A clear check whose "Bila …" the file leaves open (``waits_on``: REG-024 while the DPRD's
# approval is unknown, which REG-010 asks) is not ticked either: its statement is not judged,
# and the mark says what it waits for (practitioner review 160, the NTB example).
MARKS: dict[str, str] = {
    "risk": "✗",
    "clear": "✓",
    "unknown": " ",
    "waiting": "◌",
    "accepted": "~",
    "covered": "→",
    "not_due": "–",
    "not_applicable": "/",
}
SYMBOLS: dict[str, str] = {
    "risk": "✗",
    "clear": "☑",
    "unknown": "☐",
    "waiting": "◌",
    "accepted": "~",
    "covered": "→",
    "not_due": "–",
    "not_applicable": "/",
}
STATUS_ORDER = (
    "risk",
    "unknown",
    "waiting",
    "accepted",
    "covered",
    "clear",
    "not_due",
    "not_applicable",
)
# A finding of severity info is a note, not a risk (neither counted nor scored): its statement
# does not hold, but the checklist marks it apart from the risks, whose mark the legend
# defines as "needs action" (practitioner trial 31 M4: REG-033 "Catatan" marked [✗]).
MARKS["note"] = SYMBOLS["note"] = "i"
#: the legend's order: the marks of STATUS_ORDER, a note's after a risk's
LEGEND_ORDER = ("risk", "note", *STATUS_ORDER[1:])


def mark(check: Check) -> str:
    """The key of a check's mark in :data:`MARKS` / :data:`SYMBOLS`: its shown status
    (:func:`shown`), or ``note`` for a finding of severity info."""
    status = shown(check)
    return "note" if status == "risk" and check.severity == "info" else status


def shown(check: Check) -> str:
    """The status a reader is shown: ``not_applicable`` for a clear check whose rule concerns
    only another kind of partner, ``covered`` for a clear check whose case another rule's
    finding holds, ``waiting`` for a clear check whose condition the file leaves open
    (``waits_on``), ``not_due`` for a clear check whose rule applies only from a later stage,
    else the check's status."""
    if check.status == "clear":
        if check.not_applicable is not None:
            return "not_applicable"
        if check.covered_by is not None:
            return "covered"
        if not check.due:
            return "not_due"
        if check.waits_on is not None:
            return "waiting"
    return check.status


def status_words(check: Check, lang: str, a: Assessment | None = None) -> str:
    """The status beside a check in a checklist: its label, and for a check recorded under
    another rule, that rule ("Dicatat pada REG-026"); for one that does not apply, why ("Tidak
    berlaku: mitranya lembaga di luar negeri (KSDLL), bukan pemerintah daerah"); for a tick
    resting on a dated document, given the assessment ``a``, its date ("Tidak ada temuan
    (laporan terakhir tertanggal 20 Desember 2025)", :func:`tick_date`)."""
    status = shown(check)
    if status == "covered":
        return message("status.covered_by", lang, rule=check.covered_by)
    if status == "clear":
        caveat = reference_caveat(check)
        if caveat is not None:
            return message(caveat, lang)
    if status == "clear" and a is not None:
        dated = tick_date(a, check, lang)
        if dated is not None:
            return message("status.clear_dated", lang, dated=dated)
    if status == "not_applicable":
        return message(
            "status.not_applicable_because",
            lang,
            why=check.not_applicable.get(lang),  # type: ignore[union-attr]
        )
    if status == "waiting":
        number = waiting_question(a, check, lang) if a is not None else None
        return waiting_words(check.waits_on, lang, number)  # type: ignore[arg-type]
    if status == "risk" and check.severity == "info":  # a note, not a risk
        return message("status.risk.info", lang)
    return label("status", status, lang)


def waiting_words(waits_on: Localized, lang: str, number: int | None = None) -> str:
    """What a check waiting for an answer shows as its status: when it is judged, by the
    question it waits for ("Dinilai setelah pertanyaan nomor 20 dijawab (Surat Kuasa,
    REG-012)"), or, where the memo's number is not known, by that question's subject
    ("Dinilai setelah pertanyaan tentang Surat Kuasa dijawab (REG-012)"). "Ditunda" beside
    a step's name read as the step postponed, and "Menunggu jawaban tentang Surat Kuasa" as
    the region waiting for Kemlu's reply (wording reviews 200, 9 and 220, 1). An ``open``
    text not of the bundled packs' form ("menunggu jawaban tentang … (RULE)") is said as
    written."""
    text = waits_on.get(lang)
    found = _WAITS_ON_PARTS[lang].fullmatch(text)
    if found is None:
        return text[:1].upper() + text[1:]
    subject, rule = found.group(1), found.group(2)
    if number is None:
        return message("status.waiting_on", lang, subject=subject, rule=rule)
    return message("status.waiting_numbered", lang, subject=subject, rule=rule, number=number)


#: the parts of a bundled pack's ``open`` text: its subject and the rule whose question it is
_WAITS_ON_PARTS = {
    "id": re.compile(r"menunggu jawaban tentang (.+) \(([A-Z]+-\d+)\)"),
    "en": re.compile(r"awaiting the answer on (.+) \(([A-Z]+-\d+)\)"),
}


def waiting_question(a: Assessment, check: Check, lang: str) -> int | None:
    """The number, in the memo's list of questions (:func:`memo_questions`), of the question
    whose answer a waiting check waits for: the one naming the check in its ``waiting``
    (:func:`question_groups` puts it beside the question of the rule its ``waits_on``
    names); None where the memo lists no such question (a blocker holds it back)."""
    global _WAITING_NUMBERS
    held = _WAITING_NUMBERS
    if held is None or held[0] is not a or held[1] != lang:
        shown, _ = memo_questions(a, lang)
        numbers = {
            rule: n
            for n, q in enumerate(shown, 1)
            for rule in q.get("waiting", ())  # type: ignore[attr-defined]
        }
        held = _WAITING_NUMBERS = (a, lang, numbers)
    return held[2].get(check.rule_id)


#: the last assessment's waiting checks by their question's number, as (assessment, lang,
#: numbers): a checklist asks it once per waiting check, and the questions were computed anew
#: each time (NTB's three: a twentieth of an HTML memo's time)
_WAITING_NUMBERS: tuple[Assessment, str, dict[str, int]] | None = None


#: the rule a check's ``waits_on`` names at its end ("… persetujuan DPRD (REG-010)"): the
#: rule whose question answers it; the pack tests hold every ``open`` text to this form
WAITS_ON_RULE = re.compile(r"\(([A-Z]+-\d+)\)$")


def by_reference(check: Check) -> bool:
    """Whether a check rests on paracheck's reference data rather than on the proposal
    (:func:`reference_caveat`), so that a tick says so beside it."""
    return reference_caveat(check) is not None


def reference_caveat(check: Check) -> str | None:
    """The message of a tick resting on paracheck's reference data rather than on the
    proposal, or None: the diplomatic relations assumed for a country the file names, which
    the evidence notes ("Dianggap memiliki hubungan diplomatik …; pastikan kepada Kemlu"), or
    the tier of a partner whose country's system of government is not listed, taken from the
    generic mapping of level words (the partner level's note says so: trial 64, a Papua New
    Guinea province and an Uzbek city ticked "Tidak ada temuan" on REG-002 with the request to
    confirm with Kemlu printed only in the JSON and the CSV).

    The relations note is attached to the partner's country only where the relations come
    from the reference data (a relation the proposal states is evidenced under
    partner.diplomatic_relations). Only that note on the country: it also carries the
    partner's main language (HR-002), which Kemlu is not asked about (wording review 19 A1).
    A listed country's level note ("Di Jepang, prefektur adalah …") states the tier as a fact
    of that country's system, and carries no caveat."""
    for e in check.evidence:
        note = e.note
        if note is None:
            continue
        if e.path == "partner.country" and e.value and note.id.startswith(_RELATIONS_SAID):
            return "status.clear_by_reference"
        if e.path == "partner.level" and _GENERIC_TIER_SAID in note.id:
            return "status.clear_by_generic_tier"
    return None


_GENERIC_TIER_SAID = reference.GENERIC_MAPPING_SAID[0]
_RELATIONS_SAID = RELATIONS_NOTE[0].split("{", 1)[0]


def by_severity(checks: Iterable[Check]) -> list[Check]:
    """Most severe first, then highest score, then between equals :func:`tie_order` (one
    resting on a law or regulation first, then the graver impact, then rule id)."""
    return sorted(checks, key=_severity_order)


def running(a: Assessment) -> bool:
    """The partnership is signed (stage beyond ``proposal``): no longer an "usulan"."""
    return a.proposal.stage not in (None, "proposal")


def memo_title_key(a: Assessment, key: str = "title.memo") -> str:
    """The memo's title message: "Telaahan risiko usulan kerja sama" for a proposal,
    "Telaahan risiko kerja sama" for a partnership already signed (review 17 B11)."""
    return f"{key}_running" if running(a) else key


def proposal_key(a: Assessment) -> str:
    """The header row naming what is judged: "Usulan", or "Kerja sama" once signed."""
    return "proposal_running" if running(a) else "proposal"


def proposal_line(a: Assessment, lang: str) -> str:
    """The line naming what is judged, "Usulan: <title>"; a title that already opens with
    the label's word ("Usulan Sister City …", "Kerja Sama …") is given alone, not as
    "Usulan: Usulan Sister City …" (review 280)."""
    label = message(proposal_key(a), lang)
    title = a.proposal.title
    if title.casefold().startswith(label.casefold()):
        rest = title[len(label) :]
        if not rest or not rest[0].isalnum():
            return title
    return f"{label}: {title}"


def verdict_note_key(a: Assessment) -> str:
    """The verdict's one-line explanation; a blocked running partnership "belum dapat
    dilanjutkan", not a proposal that "belum dapat diteruskan". A blocker the region cannot
    remove (:func:`incurable_blockers`) is not one to deal with before going on: the proposal
    cannot go on as the regional government's cooperation with this partner (trial18 #1).
    A lapsed MoU (:func:`lapsed`) has a note of its own, which :func:`verdict_note` dates."""
    if lapsed(a):
        # the risks are the evaluation's, and a new MoU's if the partnership goes on
        kind = a.verdict if a.verdict in ("blocked", "incomplete", "low_risk") else "risks"
        return f"verdict_note.lapsed.{kind}"
    key = f"verdict_note.{a.verdict}"
    if a.verdict != "blocked":
        return key
    if incurable_blockers(a):
        key += "_incurable"
    return f"{key}_running" if running(a) else key


def lapsed(a: Assessment) -> bool:
    """A signed partnership whose MoU's term has ended (the ``mou_expired`` notice), unless a
    blocker the region cannot remove ends the partnership with this partner whatever its
    term (its own words say so)."""
    if not running(a) or all(code != "mou_expired" for code, _ in _notice_fields(a, "code")):
        return False
    return not (a.verdict == "blocked" and incurable_blockers(a))


def verdict_note(a: Assessment, lang: str) -> str:
    """The verdict's one-line explanation (:func:`verdict_note_key`), with a lapsed MoU's
    last day: beside an ended MoU, "Tidak ada penghambat; ada risiko tinggi …" read as a
    running partnership's clearance to carry on (words19 A6)."""
    key = verdict_note_key(a)
    if not key.startswith("verdict_note.lapsed"):
        return message(key, lang)
    day = notice_date(a, "mou_expired")
    on = f" ({formatting.date(day, lang)})" if day else ""
    # judged on a date still to come, the end is said as of that date (trial22 #11)
    ahead = _judged_ahead(a)
    ended = message("verdict_note.lapsed.ended" + (".ahead" if ahead else ""), lang)
    if key == "verdict_note.lapsed.risks" and not _oversight_idle(a):
        oversight = [
            c.rule_id
            for c in a.checks
            if c.status == "risk" and c.domain in WHILE_RUNNING and oversees_running(a, c)
        ]
        if oversight:
            rules = with_titles(a, oversight, lang)
            return message(key + ".running", lang, on=on, rules=rules, ended=ended)
    return message(key, lang, on=on, ended=ended)


def incurable_blockers(a: Assessment) -> list[str]:
    """The blockers found that no change the region can make to its proposal removes (the
    rule's ``curable: false``: REG-001, no diplomatic relations with the partner's country or
    territory), in the pack's order; empty for a pack that cannot be loaded by name, whose
    memo then keeps the wording for a blocker to deal with."""
    found = blocking_rules(a)
    if not found:
        return []
    return [rule for rule in _pack_incurable(a.pack.name) if rule in found]


def _pack_incurable(pack_name: str) -> tuple[str, ...]:
    """The ids of the pack's rules that no change to a proposal cures (``curable: false``),
    in pack order (none for a pack that cannot be loaded by name, as :func:`_pack_steps`);
    found once per loaded pack, not among all its rules each time a report asks."""
    return _per_pack(
        _PACK_INCURABLE,
        pack_name,
        (),
        lambda pack: tuple(r.id for r in pack.rules if not r.curable),
    )


_PACK_INCURABLE: dict[str, tuple[Any, tuple[str, ...]]] = {}


#: what a per-pack table holds
_Found = TypeVar("_Found")


def _per_pack(
    table: dict[str, tuple[Any, _Found]],
    pack_name: str,
    none: _Found,
    build: Callable[[Any], _Found],
) -> _Found:
    """What ``build`` finds in the pack loaded as ``pack_name``, found once per loaded pack and
    kept in ``table`` (a pack file read again is another pack; a full table starts over), or
    ``none`` for a pack that cannot be loaded by name."""
    pack = _pack_named(pack_name)
    if pack is None:
        return none
    held = table.get(pack_name)
    if held is None or held[0] is not pack:
        if len(table) >= _TABLE_MAX:
            table.clear()
        held = table[pack_name] = (pack, build(pack))
    return held[1]


def _by_rule(pack: Any, field: str) -> dict[str, Any]:
    """Rule id → the rule's ``field``, for the pack's rules that set it, in pack order."""
    return {r.id: getattr(r, field) for r in pack.rules if getattr(r, field) is not None}


def saran_first(pack_name: str) -> dict[str, Any]:
    """The pack's rules whose finding the Saran opens with (``saran_first``: REG-044, an MoU
    whose signatory puts its validity in doubt), rule id → the sentence, in pack order (none
    for a pack that cannot be loaded by name, as :func:`_pack_incurable`)."""
    return _per_pack(_PACK_SARAN_FIRST, pack_name, {}, lambda pack: _by_rule(pack, "saran_first"))


_PACK_SARAN_FIRST: dict[str, tuple[Any, dict[str, Any]]] = {}


def saran_decisions(pack_name: str) -> dict[str, Any]:
    """The pack's rules whose finding asks a decision the Saran names in words when it lists
    many risks (``saran_decision``: IMP-004's stalled programme), rule id → the clause, in
    pack order (none for a pack that cannot be loaded by name)."""
    return _per_pack(
        _PACK_SARAN_DECISION, pack_name, {}, lambda pack: _by_rule(pack, "saran_decision")
    )


_PACK_SARAN_DECISION: dict[str, tuple[Any, dict[str, Any]]] = {}


def saran_labels(pack_name: str) -> dict[str, Any]:
    """The pack's rules that name their finding in words for the Saran (``saran_label``:
    "selisih anggaran program …"), rule id → the label, in pack order (none for a pack that
    cannot be loaded by name: the Saran then names a finding by its title)."""
    return _per_pack(_PACK_SARAN_LABEL, pack_name, {}, lambda pack: _by_rule(pack, "saran_label"))


_PACK_SARAN_LABEL: dict[str, tuple[Any, dict[str, Any]]] = {}


def deferred_note_key(a: Assessment) -> str:
    """The plan's note on the actions it leaves out while a blocker stands: they wait for the
    blocker to be dealt with, or, beside a blocker the region cannot remove, they are not
    taken at all (a Taiwan memo said "ditunda sampai penghambat ditangani" beside "stop the
    exploration", trial18 #1)."""
    return "plan.deferred.incurable" if incurable_blockers(a) else "plan.deferred"


def next_steps_note_key(a: Assessment) -> str:
    """The note that stands for the next procedure steps while a blocker stands
    (:func:`next_steps_deferred`), as :func:`deferred_note_key`."""
    return "next_steps.deferred.incurable" if incurable_blockers(a) else "next_steps.deferred"


def risks(assessment: Assessment) -> list[Check]:
    return with_status(assessment, "risk")


def with_status(assessment: Assessment, status: str) -> list[Check]:
    """The checks of ``status``, in :func:`by_severity` order: a new list, the caller's to
    change. A report asks this of one assessment a dozen times (its risks, its open checks,
    per section); the checks are sorted once per assessment and grouped by status, which
    gives each group the order sorting it alone gives (the sort is stable), at a fraction of
    the cost (issue 16: the sorts were ~5 % of an HTML report's time)."""
    checks = assessment.checks
    held = _BY_STATUS.get(id(assessment))
    if held is None or held[0] is not assessment or held[1] is not checks:
        groups: dict[str, list[Check]] = {}
        for check in sorted(checks, key=_severity_order):
            groups.setdefault(check.status, []).append(check)
        if len(_BY_STATUS) >= _BY_STATUS_MAX:
            _BY_STATUS.clear()
        held = _BY_STATUS[id(assessment)] = (assessment, checks, groups)
    return list(held[2].get(status, ()))


#: the checks of the assessments reported last, grouped by status in :func:`by_severity` order
#: (:func:`with_status`); keyed by the assessment's id, its identity and its list of checks
#: kept to tell a later object at the same address apart
_BY_STATUS: dict[int, tuple[Assessment, list[Check], dict[str, list[Check]]]] = {}
_BY_STATUS_MAX = 8


def _severity_order(c: Check) -> tuple[int, int, tuple[int, int, str]]:
    return (SEVERITY_RANK[c.severity], -c.score, tie_order(c))


def by_domain(checks: Iterable[Check]) -> list[tuple[str, list[Check]]]:
    """Checks grouped by domain in the contract's domain order; within a domain risks first."""
    groups: dict[str, list[Check]] = {}
    for check in checks:
        groups.setdefault(check.domain, []).append(check)
    order = {s: i for i, s in enumerate(STATUS_ORDER)}
    return [
        (
            domain,
            sorted(
                groups[domain],
                key=lambda c: (order[shown(c)], *_severity_order(c)),
            ),
        )
        for domain in DOMAINS
        if domain in groups
    ]


#: the source name of a proposal read from standard input (``paracheck assess -``)
STDIN = "-"


#: the name the web API gives a proposal sent as a request's body (its problems' ``file``)
REQUEST_BODY = "body"
#: the names it gives the two versions of a comparison sent as one JSON body: its keys
REQUEST_OLD, REQUEST_NEW = "body.old", "body.new"
#: the names the web form gives a proposal filled in on it, by the page's language: no file
#: either ("Berkas: `formulir`" read as a file name, newcomer trial 18)
FORM_NAMES = {"id": "formulir", "en": "form"}
_REQUEST_WORDS = {
    REQUEST_BODY: "request_body",
    REQUEST_OLD: "request_old",
    REQUEST_NEW: "request_new",
    **{name: "form_entry" for name in FORM_NAMES.values()},
    # what the library names data or text given without a name (``paracheck.assess(dict)``,
    # ``load_proposal_text(text)``): "Berkas: <memory>" in an Indonesian memo (trial 28)
    "<memory>": "program_data",
    "<text>": "program_data",
}


def stdin_words(source: str, lang: str) -> str | None:
    """Where a proposal read from standard input, sent in an API request or filled in on the
    web form came from, in words (``-``, ``body`` or ``formulir`` is no file a person could
    look for); ``None`` for a file name, which reports show as written (as code)."""
    if source == STDIN:
        return message("stdin", lang)
    key = _REQUEST_WORDS.get(source)
    return message(key, lang) if key else None


def failed_note(problems: Sequence[object], lang: str) -> str:
    """What the summary table of a batch says of a file that could not be assessed: how many
    problems, and where they are listed. The table once repeated the first problem in full
    (eleven lines in a narrow column) beside the list that has them all (newcomer trial 18)."""
    if not problems:
        return ""
    return message(
        "batch.failed_note", lang, n=len(problems), heading=message("heading.errors", lang)
    )


def field(path: str, lang: str) -> str:
    """The label people read for a fact path (``Alokasi APBD``), first letter capitalised.

    A label depends only on the path and the shipped label table: each is made once per
    language and kept (a bounded table; the paths are the vocabulary's, item numbers
    included).
    """
    key = (path, lang)
    text = _FIELD_LABELS.get(key)
    if text is None:
        if len(_FIELD_LABELS) >= _TABLE_MAX:
            _FIELD_LABELS.clear()
        text = _FIELD_LABELS[key] = labels.capitalize(labels.field_label(path, lang))
    return text


_FIELD_LABELS: dict[tuple[str, str], str] = {}
_TABLE_MAX = 4096


def fields(paths: Iterable[str], lang: str) -> str:
    """Labels of several fact paths, comma-separated (``missing`` in a report)."""
    return "; ".join(field(p, lang) for p in paths)


#: the statuses whose words in a checklist are the status's label alone (:func:`status_words`):
#: a check's row with one of these is made of its rule's fixed parts only
FIXED_WORDS = frozenset({"risk", "unknown", "accepted", "clear", "not_due"})


def fixed_row(check: Check, shown_as: str, a: Assessment | None = None) -> bool:
    """Whether ``check``'s checklist row, ``shown_as`` its shown status, is made of its rule's
    fixed parts alone (:func:`memo_row`): not so for a clear check resting on the reference
    data, whose status says so, nor, given the assessment ``a``, for a tick resting on a
    dated document, whose status says its date (:func:`status_words`)."""
    if shown_as not in FIXED_WORDS:
        return False
    if shown_as != "clear":
        return True
    if by_reference(check):
        return False
    return a is None or check.rule_id not in _pack_tick_dated(a.pack.name)


def tick_date(a: Assessment, check: Check, lang: str) -> str | None:
    """The date of the document a ticked check rests on, in the words its rule gives
    (``tick_dated``: REG-026, "laporan terakhir tertanggal 20 Desember 2025", or "tanggal
    laporan terakhir tidak dicantumkan" where the step gives none); None for a rule without
    it, or a pack that cannot be loaded by name. No age is judged: the reader sees the date
    (newcomer trial 24: a report of a year before the evaluation read as this one's)."""
    dated = _pack_tick_dated(a.pack.name).get(check.rule_id)
    if dated is None:
        return None
    day = next((p.date for p in a.procedure if p.step == dated.step), None)
    if day is None:
        return dated.undated.get(lang)
    return dated.dated.get(lang).replace("{date}", formatting.date(day, lang))


def _pack_tick_dated(pack_name: str) -> dict[str, Any]:
    """The pack's rules whose tick says a step's date (``tick_dated``), rule id → its
    TickDated, as :func:`_pack_incurable` finds them (none for a pack that cannot be loaded
    by name)."""
    return _per_pack(_PACK_TICK_DATED, pack_name, {}, lambda pack: _by_rule(pack, "tick_dated"))


_PACK_TICK_DATED: dict[str, tuple[Any, dict[str, Any]]] = {}


def memo_row(
    check: Check, shown_as: str, lang: str, fmt: str, build: Callable[[Check, str, str], str]
) -> str:
    """A checklist row that depends on the rule and the shown status alone: ``build``'s row,
    written once per rule, status, language and format (:func:`rule_memo`)."""
    memo = rule_memo(check, lang, fmt)
    row = memo.get(shown_as)
    if row is None:
        row = memo[shown_as] = build(check, shown_as, lang)
    return row


def rule_memo(check: Check, lang: str, fmt: str) -> dict[Any, Any]:
    """A table a renderer keeps what it writes from the parts of ``check`` that never change
    for its rule — title, statement, why, clears-when, domain, severity, likelihood, impact,
    score: the compiled pack's, shared by every check of the rule — in ``lang`` and ``fmt``
    (a checklist row by shown status, a finding's heading), so a batch writes each once per
    pack and language instead of once per report.

    The table is found by the identity of the check's title (the compiled pack's object, the
    same in every check of the rule; the entry holds it, so its id is not reused while the
    entry lives) with the language and format, and it is the one found only if the check
    carries parts equal to those it was made for (the very objects, for the engine's checks):
    a check with another title object (an assessment read back from JSON) starts a table of
    its own, one with other words in the same title is given a new table. A bounded table:
    user packs cannot grow it without end. What a proposal says never enters it (items,
    evidence, recommendations, sources and waivers are written per report)."""
    fixed = _fixed_parts(check)
    key = (id(fixed[0]), lang, fmt)
    held = _RULE_MEMOS.get(key)
    # equal parts, not only the same objects: the text is made of their values alone; the
    # engine's checks carry the very objects, which a tuple compares by identity first
    if held is not None and held[0] == fixed:
        return held[1]
    if len(_RULE_MEMOS) >= _TABLE_MAX:
        _RULE_MEMOS.clear()
    memo: dict[Any, Any] = {}
    _RULE_MEMOS[key] = (fixed, memo)
    return memo


_RULE_MEMOS: dict[tuple[int, str, str], tuple[tuple[Any, ...], dict[Any, Any]]] = {}
#: the parts of a check a :func:`rule_memo` is made from, the title first (read in one call)
_fixed_parts = operator.attrgetter(
    "title",
    "rule_id",
    "statement",
    "why",
    "clears_when",
    "domain",
    "severity",
    "likelihood",
    "impact",
    "score",
)


def evidence_value(item: Evidence, lang: str, level: str | None = None) -> str:
    """The value of an evidence item as people read it: codes by label, counts in words; a
    signatory recorded as the head of region by the name of the region's ``level`` (the
    Bupati, not "kepala daerah", beside REG-044's "ditandatangani Bupati": level18)."""
    value = item.value
    if level is not None and value == "head_of_region" and item.path == "agreement.signatory":
        from paracheck.rules.loader import actor_glossary
        from paracheck.rules.model import head_of_region

        said_id, said_en = head_of_region(actor_glossary(), level)
        return said_en if lang == "en" else said_id
    if _is_mapping(value):
        if "matching" in value and "of" in value:
            return _count_text(item.path, value, lang)
        if "count" in value and len(value) == 1:
            return formatting.value("", value["count"], lang)
    return value_text(item.path, value, lang)


def _count_text(path: str, value: Mapping[str, Any], lang: str) -> str:
    """``1 dari 7 sektor memenuhi kriteria pemeriksaan ini`` — what a count counted (the
    collection's members, by their label) and that they meet the check's criteria; with
    ``possibly``, how many may once the missing facts are given."""
    members = labels.member_noun(path, lang, many=value["of"] != 1)
    text = message("count_matching", lang, n=value["matching"], of=value["of"], members=members)
    if "possibly" in value:
        text += message("count_possibly", lang, possibly=value["possibly"])
    return text


#: fields holding an ISO code that people read by its name (issue 12, newcomer finding (c))
NAMED_CODES = frozenset({"partner.country", "partner.language", "context.partner_language"})


def value_text(path: str, value: object, lang: str) -> str:
    """A fact's value for a reader: codes by their label (``perikanan``), nothing as
    ``kosong``, everything else as :func:`formatting.value` writes it (money, dates, numbers
    of any size)."""
    if value is None or value == "":
        return labels.value_text(path, None, lang)
    if isinstance(value, str) and labels.value_label(path, value, lang) is not None:
        return labels.value_text(path, value, lang)
    if isinstance(value, str) and path in NAMED_CODES:  # "Tiongkok", not "CN"
        return labels.value_text(path, value, lang)
    if isinstance(value, list | tuple):
        if not value:
            return labels.value_text(path, [], lang)
        return ", ".join(value_text(path, v, lang) for v in value)
    return formatting.value(path, value, lang)


def where(item: Evidence, lang: str) -> str:
    """``baris 31`` — where in the proposal file the value was read (empty when nowhere)."""
    return message("line", lang, line=item.line) if item.line else ""


def evidence_label(item: Evidence, lang: str, era_index: int | None = None) -> str:
    """What an evidence item names: its field's label, or for the count of a whole list
    (sectors, programmes) "Jumlah sektor" — "Daftar sektor kerja sama: 7" called a number a
    list (wording review). ``era_index``: the terms of the date judged (:func:`era`), "SKPD
    pengampu sektor" before UU 23/2014."""
    if era_index is not None:
        return in_era(evidence_label(item, lang), era_index, lang)
    value = item.value
    if _is_mapping(value) and set(value) == {"count"} and "[" not in item.path:
        members = labels.member_noun(item.path, lang, many=True)
        return labels.capitalize(message("count_of", lang, members=members))
    if item.path == "partner.country":
        place = reference.territory_label(value, lang)
        if place is not None:
            return labels.capitalize(place)
    return field(item.path, lang)


def local_level(a: Assessment) -> str | None:
    """The level whose bodies the report names (province | regency | city): the Indonesian
    region's level the assessment carries, or the province's for a Jakarta administrative
    city, whose proposal the province makes (:func:`reference.acting_level`); None where
    not given (or a document made before it was carried)."""
    proposal = getattr(a, "proposal", None)
    level = getattr(proposal, "local_level", None)
    return reference.acting_level(getattr(proposal, "local_name", None), level)


def evidence_line(
    item: Evidence, lang: str, level: str | None = None, era_index: int | None = None
) -> str:
    """``Alokasi APBD: Rp0 (baris 31)`` plus a note where the engine gave one (``level``: the
    region's, :func:`evidence_value`; ``era_index``: the terms of its date, :func:`era`)."""
    spot = where(item, lang)
    text = f"{evidence_label(item, lang, era_index)}: {evidence_value(item, lang, level)}"
    if spot:
        text += f" ({spot})"
    if item.note is not None:
        text += f" — {item.note.get(lang)}"
    return text


_LINES = re.compile(r"\blines?\b")
_RANGE = re.compile(r"(?<=\d)-(?=\d)")  # "baris 144-166": a range takes an en dash
# A reference that already names its instrument (UU, PP, Permendagri …) needs no kind prefix.
_NAMED = re.compile(
    r"^(UU|PP|Perpres|Permendagri|Permenlu|Inpres|Keppres|Perda|Pergub|"
    r"Undang|Peraturan|Surat|SE|Law|Regulation)\b"
)


def source_line(source: Source, lang: str) -> str:
    """``PP 28/2018 (keyakinan sedang)``, ``Tesis IV.A (baris 144-166)``.

    A rule's sources are the pack's, the same in every assessment: each line is written once
    per language and kept (a bounded table, so user packs cannot grow it without end).
    """
    key = (source.kind, source.ref, source.confidence, source.note, lang)
    text = _SOURCE_LINES.get(key)
    if text is None:
        if len(_SOURCE_LINES) >= _TABLE_MAX:
            _SOURCE_LINES.clear()
        text = _SOURCE_LINES[key] = _source_line(source, lang)
    return text


_SOURCE_LINES: dict[tuple[str | None, ...], str] = {}


def _source_line(source: Source, lang: str) -> str:
    return source_text(source.kind, source.ref, source.confidence, source.note, lang)


def source_text(
    kind: str | None, ref: str, confidence: str | None, note: str | None, lang: str
) -> str:
    """One source as every report and rule page writes it: the instrument as named (a kind
    word only where the reference does not name one), its confidence, its note, with the
    thesis's "lines" said in the reader's language."""
    if lang == "id":  # "Pasal 42 ayat (1) huruf g", the thesis's "baris"
        ref = formatting.citation_id(_LINES.sub(message("lines_word", lang), ref))
    text = ref if _NAMED.match(ref) else f"{label('source', kind, lang)} {ref}"
    details = []
    if kind == "thesis" and f"thesis_printed.{ref}" in MESSAGES:  # printed otherwise
        details.append(message(f"thesis_printed.{ref}", lang))
    if confidence:
        details.append(message("confidence", lang, level=label("confidence", confidence, lang)))
    if note:
        if lang == "id":
            note = formatting.citation_id(_LINES.sub(message("lines_word", lang), note))
            note = _RANGE.sub("\u2013", note)
        details.append(note)
    return f"{text} ({'; '.join(details)})" if details else text


def items(check: Check, lang: str, a: Assessment | None = None) -> str:
    """The items a per-item check fired on, as people name them, with the name the proposal
    gives where the assessment read it: ``sektor ke-4 (pariwisata)``, ``sektor ke-1, program
    ke-2 (“Misi dagang”)``. A bare "sektor ke-4" sent the officer counting down the YAML
    (newcomer trial, 2026-11-30). ``a`` lends the names other checks read. Items are parted by
    semicolons: a programme's place has a comma of its own ("sektor ke-1, program ke-1")."""
    return "; ".join(_named_items(check, check.items, lang, a))


def _named_items(check: Check, paths: Iterable[str], lang: str, a: Assessment | None) -> list[str]:
    """:func:`items` for the item ``paths`` of ``check``, one text each: by the names the
    proposal gives, as the questions name them (:func:`_place_of`: "sektor perikanan",
    "program “Festival budaya …”"), and by its place only where a name is not known
    (words30 #6: "sektor ke-2, program ke-1 (“Paket wisata …”)" is the order of entries in a
    data file, not a name the Wali Kota reads)."""
    names, shared, twice = _name_context(a) if a is not None else ({}, set(), set())
    # the names the check's own evidence gives beside them (a document read back, or names
    # the assessment's proposal reference lacks): the context again, with them, only then
    extra = [
        (e.path, e.value)
        for e in check.evidence
        if e.path.endswith(".name")
        and isinstance(e.value, str)  # a name is text, whatever a hand-edited document holds
        and names.get(e.path, _NO_NAME) != e.value
    ]
    if extra:
        names = {**names, **dict(extra)}
        shared, twice = _shared_program_names(names), _sectors_named_twice(names)
    out = []
    for item in paths:
        known = _all_names_known(item, names, twice)
        named = _place_of(item, names, lang, shared) if known else ""
        out.append(named or _item_named(item, names.get(f"{item}.name"), lang))
    return out


#: the path of a sector's name
_SECTOR_NAME = re.compile(r"sectors\[\d+\]\.name")

#: no name at a path (a name may itself be None)
_NO_NAME = object()


def _sectors_named_twice(names: Mapping[str, object]) -> set[object]:
    """The sector names in ``names`` that more than one sector has."""
    counted = Counter(v for k, v in names.items() if _SECTOR_NAME.fullmatch(k))
    return {name for name, n in counted.items() if n > 1}


def _name_context(a: Assessment) -> tuple[dict[str, object], set[object], set[object]]:
    """The assessment's item names (:func:`_names_of`) with the programme names several
    programmes share and the sector names several sectors share, found once per assessment
    rendered: found again for every action of the plan, they took 22 s of a 1000-sector
    file's report, the sectors counted by ``list.count`` (atk270 #1)."""
    global _last_context
    held, context = _last_context
    if held is not a:
        names = _names_of(a)
        context = (names, _shared_program_names(names), _sectors_named_twice(names))
        _last_context = (a, context)
    return context


#: the assessment whose :func:`_name_context` was found last, and that context
_last_context: tuple[object, tuple[dict[str, object], set[object], set[object]]] = (
    None,
    ({}, set(), set()),
)


def _all_names_known(item: str, names: Mapping[str, object], twice: Collection[object]) -> bool:
    """Whether every list item ``item`` lies in has a name in ``names`` (a sector and its
    programme both named), its sector's name no other sector's (``twice``: three tourism
    sectors read "sektor pariwisata" three times): a place half by name, half by number
    reads worse than either."""
    places = _places(item)
    if not places:
        return False
    for kind, _, at in places:
        name = names.get(at)
        if not isinstance(name, str) or (kind == "sector" and name in twice):
            return False
    return True


def _item_named(item: str, name: object, lang: str) -> str:
    """One item by its place and, where known, its name: ``sektor ke-1, program ke-2
    (“Misi dagang”)``, ``sektor ke-4 (pariwisata)``."""
    places = _places(item)
    place = ", ".join(labels.place_text(kind, n, lang) for kind, n, _ in places)
    place = place or labels.field_label(item, lang)
    if isinstance(name, str) and name:
        if item.endswith("]") and ".programs[" in item:
            return f"{place} (“{_short_name(name)}”)"
        return f"{place} ({labels.value_text('sector.name', name, lang)})"
    return place


def plan_items(
    check: Check | None, lang: str, a: Assessment, paths: list[str] | None = None
) -> str:
    """The items an action of the plan is about, named as :func:`items` names them, at most
    :data:`PLACES_NAMED` and "dan N lainnya": "" for a check about the whole proposal. An
    action reads "Siapkan keputusan … pengampu sektor ini": in the plan, away from its
    finding, "ini" named nothing (held-out proposal 9, a memo with four sectors). ``paths``:
    only those of the check's items (the ones in one agency's charge)."""
    if check is None or not check.items:
        return ""
    chosen = check.items if paths is None else paths
    shown = chosen if _all_named(len(chosen)) else chosen[:PLACES_NAMED]
    return places_text(_named_items(check, shown, lang, a), len(chosen), lang)


def narrowed(check: Check, paths: Iterable[str] | None) -> Check:
    """``check`` as far as one piece of its advice goes: its items limited to ``paths`` (a
    recommendation's or an action's ``items``, where the rule's advice differs between the
    check's items); the check itself when ``paths`` is None or empty."""
    if not paths or not check.items:
        return check
    only = set(paths)
    return check.model_copy(update={"items": [p for p in check.items if p in only]})


def advice_scope(
    a: Assessment, check: Check, rec: Any, lang: str, agency: str | None
) -> tuple[str | None, str]:
    """One of ``check``'s recommendations as a risk's details show it: the sector's agency
    for it (``agency``, the check's :func:`sector_agency`, unless the advice is for some of
    the check's items only) and those items named ("" when it is for all of them): "Karena
    seluruh program sektor ini sudah dibatalkan, … (sektor ke-2 (pariwisata))" beside "Susun
    paling sedikit satu program … (sektor ke-4 (perdagangan))" (newcomer trial 19 #2)."""
    only = getattr(rec, "items", None)
    if not only:
        return agency, ""
    part = narrowed(check, only)
    return sector_agency(a, [part], lang), plan_items(part, lang, a)


def acting_agency(a: Assessment, rec: Any, agency: str | None, lang: str) -> str | None:
    """The sectors' agencies a check's recommendation names as acting (``agency``, from
    :func:`advice_scope`), as the plan's line names them (:func:`who`): the evaluation due
    now, shared by the cooperation unit and the agencies, leaves out an agency still to be
    appointed where others are named (:func:`_appointed_left_out`), though the
    recommendation itself does not say it is the evaluation's (:func:`kept_after_expiry`)."""
    if not agency or "; " not in agency:
        return agency
    get = rec.get if _is_mapping(rec) else lambda key: getattr(rec, key, None)
    if not _shared_with_agencies(get):
        return agency
    kept = kept_after_expiry(a)
    if kept is None or kept.own_stage or _asks(rec) not in kept:
        return agency
    return _appointed_left_out(agency, lang) or agency


def for_action(act: Any, check: Check) -> Check:
    """``check`` as far as the action ``act`` goes (:func:`narrowed` by the action's
    ``items`` for the check's rule): the plan line of advice given for some of a check's
    sectors names those sectors and their agencies only (newcomer trial 19 #2)."""
    only = getattr(act, "items", None)
    if not only:
        return check
    return narrowed(check, only.get(check.rule_id))


def _all_named(count: int) -> bool:
    """Whether ``count`` places are all named: "a; b; c dan 4 lainnya", never "dan 1
    lainnya"."""
    return count <= PLACES_NAMED + 1


def places_text(named: list[str], count: int, lang: str) -> str:
    """Places joined by semicolons, the first :data:`PLACES_NAMED` of ``count`` and "dan N
    lainnya" when more than one is left out (``named`` holds at least those shown)."""
    if _all_named(count):
        return "; ".join(named)
    rest = message("more_places", lang, n=count - PLACES_NAMED)
    return f"{'; '.join(named[:PLACES_NAMED])} {rest}"


def plan_refs(
    act: Mapping[str, object],
    rule_text: Callable[[str], str] = str,
    words: Callable[[str], str] = str,
) -> str:
    """An action's rules with the items each is about: ``IMP-001: sektor ke-4 (pendidikan)``;
    rules about the whole proposal by their id alone. ``rule_text`` and ``words`` print a
    rule id and the item names in the report's format (a link, escaped text)."""
    refs: list[tuple[str, str]] = act["refs"]  # type: ignore[assignment]
    if not refs and act.get("note"):  # an action a notice asks for, not a rule
        return words(str(act["note"]))
    if not any(named for _, named in refs):
        return ", ".join(rule_text(rule) for rule, _ in refs)
    return " · ".join(
        f"{rule_text(rule)}: {words(named)}" if named else rule_text(rule) for rule, named in refs
    )


def waiver_line(check: Check, lang: str) -> str:
    if check.waiver is None:
        return ""
    w = check.waiver
    key = "waiver_lapsed" if getattr(w, "lapsed", False) else "waiver"
    return message(
        key, lang, reason=w.reason, by=w.accepted_by, until=formatting.date(w.until, lang)
    )


def domain_level(a: Assessment, domain: str, lang: str) -> str:
    """A domain's level as the summary table says it. The contract's ``level`` ranks the
    confirmed risks by score band, a blocker counted as ``high``; the table says what a reader
    needs beside it: "Penghambat" where a blocker is a confirmed risk (a domain holding
    REG-001 read "Tinggi" under "Kesimpulan: TERHAMBAT"), and "Belum diketahui" where no risk
    is confirmed but checks are still open ("Tidak ada" beside 17 open checks read as "no risk
    here"). "Tidak ada" is left for a domain with nothing found and nothing open."""
    return _level(a, domain, lang, _blocked_domains(a))


def domain_levels(a: Assessment, lang: str) -> dict[str, str]:
    """Every domain's :func:`domain_level`, the checks read once for all of them."""
    blocked = _blocked_domains(a)
    return {domain: _level(a, domain, lang, blocked) for domain in a.domains}


def _blocked_domains(a: Assessment) -> set[str]:
    """The domains holding a blocker that is a confirmed risk."""
    return {c.domain for c in a.checks if c.status == "risk" and c.severity == "blocker"}


def _level(a: Assessment, domain: str, lang: str, blocked: set[str]) -> str:
    """A domain's level in the summary table: "Belum diketahui" where it has no confirmed
    risk but an open check that could find one; an open note (severity info) finds no risk,
    so it leaves the level "Tidak ada" (trial 230 #7: "Regulasi dan prosedur — Belum
    diketahui" over sixteen regulatory checks all clear, for REG-033's one question, read as
    the legal side not assessed). The column of open checks still counts it."""
    if domain in blocked:
        return label("severity", "blocker", lang)
    summary = a.domains[domain]
    if summary.level == "none" and summary.unknowns and _open_risks_in(a, domain):
        return message("level.open", lang)
    return label("level", summary.level, lang)


def _open_risks_in(a: Assessment, domain: str) -> bool:
    """Whether an open check of ``domain`` could find a risk (one not of severity info)."""
    return any(
        c.domain == domain and c.status == "unknown" and c.severity != "info" for c in a.checks
    )


def basis(a: Assessment, lang: str) -> str:
    """The memo header's legal basis: the regulation, when it is in force, and, in English,
    the pack's identifier last ("PP 28/2018 and Permendagri 25/2020 (… ; rule pack pp28-2018
    1.0.0)"). The Indonesian memo names the instruments alone ("PP 28/2018 dan Permendagri
    25/2020 (Permendagri 25/2020 berlaku sejak 22 Mei 2020)"): "paket aturan pp28-2018 1.0.0"
    is the operator's code, not a name the pimpinan reads (trial 30 C1, words30 #16); the JSON
    keeps the id (``pack``). An MoU signed under an earlier regime says so after it, with
    the rules its steps up to the signing are judged by."""
    period = pack_period(a, lang)
    pack = pack_mark(a, lang)
    regime = _regime_on(a.pack.name, a.pack.regime, a.as_of)
    if period:
        # the period is the regime's own, said of the instrument it belongs to when more are
        # named: "PP 28/2018 dan Permendagri 25/2020 (berlaku sejak 22 Mei 2020)" dated PP
        # 28/2018, in force since 2018, to 2020; "Permendagri 3/2008 dan PP 28/2018 (berlaku
        # sejak 2008 s.d. 21 Mei 2020)" dated PP 28/2018 to 2008 (words16)
        began = _began_by(a.pack.name) or (
            regime_words(a.pack.regime, lang) if regime != a.pack.regime else None
        )
        effective = message("effective", lang)
        period = f"{began} {effective} {period}" if began else f"{effective} {period}"
    inside = "; ".join(part for part in (period, pack) if part)
    words = regime_words(regime, lang)
    said = f"{words} ({inside})" if inside else words
    # an MoU signed under an earlier regime: its steps up to the signing are that regime's
    # (wording review 220, 5: "Dasar penilaian: PP 28/2018 dan Permendagri 25/2020" over a
    # 2016 MoU read as the later order applied to the steps of 2016), in the notice's words
    earlier = next(
        (short for code, short in _notice_fields(a, "short") if code == EARLIER_SIGNING), None
    )
    if earlier is not None:
        shown = earlier.get(lang) if _is_mapping(earlier) else getattr(earlier, lang, None)
        if shown:
            said += "; " + message("basis.earlier_signing", lang, signed=shown)
    return said


#: the notice on an MoU signed before the regime that judges the assessment came into force
EARLIER_SIGNING = "signed_under_earlier_regime"


def pack_mark(a: Assessment, lang: str) -> str:
    """The rule pack's identifier as an English report names it ("rule pack pp28-2018
    1.0.0"), in its header and footer; empty in Indonesian, whose memo names the instruments
    instead (trial 30 C1: operator code in the Indonesian memo)."""
    if lang == "id":
        return ""
    return message("pack_id", lang, name=a.pack.name, version=a.pack.version)


def regime_in_force(a: Assessment, lang: str) -> str:
    """The assessment's regime in words with the instruments in force beside it on the date
    judged ("Permendagri 3/2008 dan PP 28/2018" in 2019), as the header names it: what a new
    MoU's procedure follows (trial 370 M4)."""
    return regime_words(_regime_on(a.pack.name, a.pack.regime, a.as_of), lang)


def statutory_steps_in_force(a: Assessment, lang: str) -> list[str]:
    """The statutory approvals a new MoU's procedure takes on the date judged, as the notice
    of an MoU ending within the year names them ("persetujuan DPRD", "persetujuan pemerintah
    pusat" under Permendagri 25/2020): the Saran of an MoU ending within months said only
    "MoU baru disusun melalui tahapan kerja sama menurut …" (ministry 450 M5). Empty for a
    pack that cannot be loaded by name."""
    pack = _pack_named(a.pack.name)
    if pack is None:
        return []
    return [
        _APPROVALS[step][0 if lang == "id" else 1]
        for step in pack.statutory_steps_on(a.as_of)
        if step in _APPROVALS
    ]


def _regime_on(pack_name: str, regime: str, day: Any) -> str:
    """The pack's regime with the instruments in force beside it on ``day`` (PP 28/2018 beside
    Permendagri 3/2008 from 18 April 2018: a 2019 memo named only Permendagri 3/2008, words16);
    ``regime`` as given for a pack that cannot be loaded by name."""
    pack = _pack_named(pack_name)
    return pack.regime_on(day) if pack is not None else regime


def _began_by(pack_name: str) -> str | None:
    """The instrument that began a pack's regime by revoking the one before it (the earlier
    pack's ``revoked_by``: Permendagri 25/2020), when the regime names more than it; else
    None."""
    from paracheck.rules.loader import predecessor

    pack = _pack_named(pack_name)
    earlier = predecessor(pack) if pack is not None else None
    began = earlier.revoked_by if earlier is not None else None
    return began if began and began != pack.regime else None  # type: ignore[union-attr]


def pack_period(assessment: Assessment, lang: str) -> str:
    """When the assessment's pack is in force, in words (:func:`catalogue.pack_period`), as
    known on the assessment's date: an end still to come then is not said."""
    from paracheck.report.catalogue import pack_period as period

    return period(assessment.pack, lang, assessment.as_of)


def score_formula(check: Check, lang: str) -> str:
    """``Kemungkinan 4 × Dampak 5 = 20``; a note (a check of severity ``info``) says its
    score is not counted (web440 L1: IMP-012's card read "Kemungkinan 2 × Dampak 2 = 4"
    beside a total that left it out and a checklist calling it "Catatan")."""
    said = (
        f"{message('likelihood', lang)} {check.likelihood} × "
        f"{message('impact', lang)} {check.impact} = {check.score}"
    )
    if check.severity == "info":
        said += f" ({message('score.not_counted', lang)})"
    return said


# --------------------------------------------------------------------------- the memo
#
# Every human format opens with the same decision memo — verdict (with the worst verdict still
# possible), top risks one line each, the questions to answer, the staged action plan — and
# puts the full checklist and evidence after it as an annex. The content is decided here once.

STAGE_ORDER = (
    "planning",
    "exploration",
    "approval",
    "agreement",
    "signing",
    "implementation",
    "monitoring",
)
TOP_RISKS = 10
#: the stages passed as a heading names them, in the procedure's order: exploration comes
#: before planning there, which :data:`STAGE_ORDER` lists first as it goes on until the
#: signing (budgets and staff are still being planned)
_PASSED_ORDER = ("exploration", *(s for s in STAGE_ORDER if s != "exploration"))


def statement(check: Check, lang: str) -> str:
    """What must be true for the check to pass: the rule's ``check:`` statement; where the
    pack gives none (the contract then repeats the title, which names the risk), the
    condition under which it clears (``clears_when``), so a checklist never asks an officer to
    tick a risk."""
    positive = getattr(check, "statement", None)
    if positive is not None and positive.get(lang) != check.title.get(lang):
        return positive.get(lang)
    return labels.capitalize(check.clears_when.get(lang))


def worst(a: Assessment, lang: str) -> str:
    """ "Dapat menjadi Terhambat: 1 pemeriksaan penghambat belum dapat dinilai (REG-030)", or ""
    when answering the open questions cannot make the verdict worse
    (:meth:`Assessment.worse_possible`, which a batch summary's row says too)."""
    worst_verdict, causing, others = a.worse_possible()
    if worst_verdict is None:
        return ""
    # each open check as the question it leaves, where every one of them gives it
    questions = open_questions(a.pack.name)
    if causing and all(rule in questions for rule in causing):
        asked = [f"{questions[rule][lang]} ({rule})" for rule in causing]
        text = message(
            "worst.open",
            lang,
            verdict=label("verdict", worst_verdict, lang).lower(),
            n=len(causing),
            rules=items_listed(asked, lang),
        )
        text = in_era(text, era(a), lang)  # "Perangkat Daerah" is SKPD before 2014
        return f"{text} {message('worst.others', lang, n=others)}" if others else text
    text = message(
        "worst",
        lang,
        # a verdict inside a sentence is lower case ("dapat berubah menjadi terhambat")
        verdict=label("verdict", worst_verdict, lang).lower(),
        n=len(causing),
        # an open check is named by what it checks, not by its finding's title: "REG-007:
        # Daerah membuka kantor perwakilan di luar negeri" beside "belum dapat dinilai" read as
        # a fact the file never gave (the NTB example's first screen); in quotation marks, as
        # the check's words: after a colon, "REG-007: Daerah tidak membuka kantor perwakilan
        # di luar negeri" still read as a finding (wording review 220, 12)
        rules=with_titles(a, causing, lang, said="statement") or "—",
    )
    return f"{text} {message('worst.others', lang, n=others)}" if others else text


def with_titles(a: Assessment, rules: Iterable[str], lang: str, said: str = "title") -> str:
    """Rule codes said on the first screen with the rule's title beside each ("REG-042: Sektor
    kerja sama menyangkut aset …; TOC-003: …"): a code standing alone there, not in the list of
    top risks that titles it, told a reader who reads once nothing (trial26 U1). A check not
    yet judged is named by its statement (``said="statement"``), what it checks, since its
    title says the finding as a fact; quoted, as the check's own words ("REG-007 “Daerah
    tidak membuka kantor perwakilan di luar negeri”"). Only the named rules' checks are read
    (a few of some ninety)."""
    rules = list(rules)
    named = set(rules)
    titles = {c.rule_id: getattr(c, said).get(lang) for c in a.checks if c.rule_id in named}
    if said == "statement":  # in fewer words where the rule gives them (its check_short)
        short = short_statements(a.pack.name)
        titles.update({r: short[r][lang] for r in rules if r in short})
        return "; ".join(f"{r} “{titles[r]}”" if titles.get(r) else r for r in rules)
    return "; ".join(f"{r}: {titles[r]}" if titles.get(r) else r for r in rules)


def short_statements(pack_name: str) -> dict[str, dict[str, str]]:
    """Rule id → its statement in fewer words (``check_short``: id, en), for the rules of the
    pack that give one; empty for a pack that cannot be loaded by name."""
    return _rule_words(pack_name, "check_short")


def open_questions(pack_name: str) -> dict[str, dict[str, str]]:
    """Rule id → the question its check leaves while it cannot be judged (``check_open``:
    id, en), for the rules of the pack that give one; empty for a pack that cannot be loaded
    by name."""
    return _rule_words(pack_name, "check_open")


def _rule_words(pack_name: str, field: str) -> dict[str, dict[str, str]]:
    """Rule id → the rule's words ``field`` (a bilingual field of the rule: ``check_short``,
    ``check_open``) in both languages, for the rules of the pack that give them. Found once
    per shipped pack and field."""
    found = _RULE_WORDS.get((pack_name, field))
    if found is None:
        pack = _pack_named(pack_name)
        found = {
            rule.id: {"id": said.id, "en": said.en}
            for rule in (pack.rules if pack is not None else ())
            if (said := getattr(rule, field)) is not None
        }
        if pack_name in _SHIPPED_PACKS:
            _RULE_WORDS[(pack_name, field)] = found
    return found


#: (shipped pack name, field) → :func:`_rule_words`
_RULE_WORDS: dict[tuple[str, str], dict[str, dict[str, str]]] = {}


def steps_not_known(a: Assessment) -> list[ProcedureEntry]:
    """The steps required at the proposal's stage whose status the file gives as unknown,
    in the regime's order: the checks on them cannot be judged, and a Saran counting only the
    checks that could change the verdict left a running MoU's DPRD approval, verification,
    central approval and Full Powers unsaid (words20 A5)."""
    return [e for e in a.procedure if e.required and e.status == "unknown" and e.met_by is None]


def step_named(step: str, lang: str) -> str:
    """A procedure step's label inside a sentence ("persetujuan DPRD"), a name kept as it
    is written ("Surat Kuasa dari Menteri Luar Negeri")."""
    name = label("step", step, lang)
    words = name.split()
    if len(words) > 1 and words[1][:1].isupper() and words[1][1:2].islower():
        return _THE[lang] + name
    return _THE[lang] + _lower_first(name)


def notices(a: Assessment, lang: str, said: frozenset[str] = frozenset()) -> list[str]:
    """The assessment's notices (no pack for the date, special autonomy …) in ``lang``, as
    the memo's head shows them: not an accepted risk left unused (:func:`unused_waivers`),
    which the memo says where it shows the accepted risks, nor a notice whose code is in
    ``said``: one the first screen already says in other words (the Saran's decision on an
    MoU ending within months, :attr:`advice.Saran.says`; held-out 28: the same sentence twice
    in a row under the Kesimpulan)."""
    return [
        text for code, text in notice_entries(a, lang) if code != UNUSED_WAIVER and code not in said
    ]


def unused_waivers(a: Assessment, lang: str) -> list[str]:
    """The accepted risks whose check came out clear (notice ``waiver_unused``), one line
    each in ``lang``: "Penerimaan risiko HR-001 oleh Sekretaris Daerah (sampai 31 Desember
    2026) tidak dipakai: …" (words26 B11: the decision vanished without a word)."""
    return [text for code, text in notice_entries(a, lang) if code == UNUSED_WAIVER]


#: the notice of an accepted risk whose check came out clear
UNUSED_WAIVER = "waiver_unused"


def notice_entries(a: Assessment, lang: str) -> list[tuple[str, str]]:
    """Each notice as ``(code, text in lang)``, in the order the reports show them (the CSV
    writes the codes and the texts in two columns)."""
    out = []
    for notice in getattr(a, "notices", None) or []:
        get = notice.get if _is_mapping(notice) else partial(getattr, notice)
        code, text = get("code", None), get("text", None)
        if _is_mapping(text):
            out.append((code, str(text.get(lang) or text.get("id") or "")))
        elif text is not None:
            out.append((code, text.get(lang)))
    codes = {code for code, _ in out}
    if a.pack.superseded and "superseded_pack" not in codes:  # engine v2 says it already
        out.append(
            ("superseded_pack", message("superseded", lang, name=a.pack.superseded_by or "—"))
        )
    return [(str(code or ""), text) for code, text in out if text]


def notice_notes(
    notices: Iterable[str], lang: str, notes: Iterable[tuple[str, str]] = ()
) -> list[str]:
    """The notices in a few words, once each, as a batch's summary row and the web result
    page's bar say them: the assessment's own short words (``notes``, id and en, by notice)
    where it gives them ("masa berlaku MoU telah berakhir (11 Mei 2021)"), else the code's
    ("otonomi khusus"). A code without short words (a newer engine's) is shown as its code."""
    own = list(notes)
    said: dict[str, None] = {}
    for i, code in enumerate(notices):
        given = own[i][0 if lang == "id" else 1] if i < len(own) else ""
        if given:
            said[given] = None
            continue
        try:
            said[message(f"notice_short.{code}", lang)] = None
        except KeyError:
            said[code] = None
    return list(said)


def summary_row_risks(s: Any, lang: str) -> str:
    """A batch summary row's last cell for the row's summary ``s`` (a
    :class:`~paracheck.batch.Summary`): :func:`summary_risks` with the fields the row keeps,
    the one call the text, Markdown and HTML summaries share."""
    return summary_risks(
        s.top_risks,
        s.notices,
        lang,
        s.notes,
        s.worst,
        s.worst_because,
        s.top_words,
        s.top_scores,
        s.running,
    )


def summary_risks(
    top: Iterable[str],
    notices: Iterable[str],
    lang: str,
    notes: Iterable[tuple[str, str]] = (),
    worst: str = "",
    worst_because: Iterable[str] = (),
    words: Iterable[tuple[str, str]] = (),
    scores: Iterable[int] = (),
    running: int = 0,
) -> str:
    """A batch summary row's last cell: the top risks' ids, then the worse verdict the open
    questions could bring and the checks that could bring it, where there is one ("dapat
    berubah menjadi terhambat setelah data dilengkapi (REG-030, REG-040)", as the memo's
    line says it: :meth:`Assessment.worse_possible`), then the notices in a few words
    ("catatan: MoU ditandatangani ketika Permendagri 3/2008 berlaku; masa berlaku MoU telah
    berakhir (11 Mei 2021)"): the assessment's own short words (``notes``, id and en, by
    notice) where it gives them, else the code's. A code without short words (a newer
    engine's) is shown as its code.

    With ``words`` (each top risk in a few words, id and en, as :class:`Summary` carries
    them) and ``scores``, each risk is named in words with its code and score ("MoU tanpa
    Surat Kuasa yang tercatat (REG-012, skor 20)"), and ``running`` (programmes running on
    a lapsed MoU) is said after the notices. The notices come before the worse verdict on
    every row, one without risks too: it often repeats on most rows alike (practitioner
    trial 29 M3: "dapat menjadi terhambat … (REG-040)" on four of five rows, before the
    lapsed MoU)."""
    named = list(words)
    if named:
        ranked = list(scores)
        pick = 0 if lang == "id" else 1
        parts = [
            message("summary_risk", lang, words=pair[pick], code=code, score=score)
            for pair, code, score in zip(named, top, ranked, strict=False)
        ]
        first = "; ".join(parts)
        said = [first[:1].upper() + first[1:]]
    else:
        said = [", ".join(top)]
    could = ""
    if worst:
        verdict = label("verdict", worst, lang).lower()
        rules = ", ".join(worst_because) or "—"
        could = message("summary_worst", lang, verdict=verdict, rules=rules)
    noted = notice_notes(notices, lang, notes)
    if running:
        key = "summary_running.one" if running == 1 else "summary_running.many"
        noted.append(message(key, lang, n=running))
    if noted:
        said.append(message("notes_said", lang, notes="; ".join(noted)))
    if could:  # last on every row, one without risks too (fix33e left it first there)
        said.append(could)
    return " · ".join(part for part in said if part)


def summary_stage(stage: str, as_of: dt.date | None, lang: str) -> str:
    """A batch summary row's stage and the date the file was judged on ("berjalan · 1
    Oktober 2024"): a 2013 file and a 2026 proposal of one verdict are told apart at a
    glance (practitioner trial 29 M3)."""
    parts = [labels.value_text("stage", stage, lang)] if stage else []
    if as_of is not None:
        parts.append(labels.long_date(as_of, lang))
    return " · ".join(parts)


def headline_risks(a: Assessment) -> list[Check]:
    """The risks a first screen lists under "Risiko utama", in :func:`by_severity` order:
    every risk but one of severity ``info``, which records a fact to know rather than a risk
    to weigh (trial 26 U2: "Dana dari mitra belum tercatat …, Informasi" among the ten top
    risks). Such an item stays in the checklist and the risk details."""
    return [c for c in risks(a) if c.severity != "info"]


def top_risks(a: Assessment) -> list[Check]:
    """The first :data:`TOP_RISKS` of :func:`headline_risks`, the list every format shows."""
    return headline_risks(a)[:TOP_RISKS]


#: programme statuses still to be paid for: what BUD-007 counts as "not yet finished"
_UNFINISHED = frozenset({"planned", "ongoing", "stalled"})
#: the brief names this many fields, then says how many more
BRIEF_SECTORS = 8


def _at_most(names: list[str], say: Callable[..., str]) -> list[str]:
    """The first :data:`BRIEF_SECTORS` of ``names``, then how many more."""
    if len(names) <= BRIEF_SECTORS:
        return names
    return [*names[:BRIEF_SECTORS], say("brief.more_sectors", n=len(names) - BRIEF_SECTORS)]


def brief(a: Assessment, lang: str) -> list[tuple[str, str]]:
    """What is proposed and what it costs, as the first screen says it (label, text): the
    fields with their programmes, the budget of the programmes not yet finished, the APBD
    allocation, the other sources, and — while the DPRD's approval is the step ahead — what
    is put to the DPRD and on what basis. A DPRD member found the money only in the annex's
    evidence, and no sentence said what the DPRD was asked to approve (trial 28 item 7).
    Empty when the assessment carries none of it (a document made before it was added)."""
    ref = a.proposal
    lines: list[tuple[str, str]] = []
    say = partial(message, lang=lang)
    if ref.sector_names:
        counts = [len(names) for names in ref.program_names or [[]] * len(ref.sector_names)]
        # a sector whose programmes the file does not give is asked about, not found empty:
        # "belum ada program" named sectors whose programmes question 3 asked for (held-out
        # 152); the questions say which (``sectors[i].programs``), the contract unchanged
        asked = {q.path for q in a.questions}
        named, empty, unlisted = [], [], []
        agencies = ref.sector_agencies or []
        fields = Counter(ref.sector_names)  # a field given as more than one sector
        for i, (code, n) in enumerate(zip(ref.sector_names, counts, strict=False)):
            name = labels.value_label("sectors[0].name", code, lang) or code
            # a field given as two sectors is told apart by its agency (trial 270 L4:
            # "pertanian (1 program), pertanian (1 program)")
            agency = agencies[i] if i < len(agencies) else None
            twice = agency and fields[code] > 1
            if n and twice:
                named.append(
                    say("brief.sector_of", name=name, n=n, s="" if n == 1 else "s", agency=agency)
                )
            elif n:
                named.append(say("brief.sector", name=name, n=n, s="" if n == 1 else "s"))
            elif f"sectors[{i}].programs" in asked:
                unlisted.append(name)
            else:
                empty.append(name)
        said = ", ".join(_at_most(named, say))
        for key, group in (("brief.sectors_empty", empty), ("brief.sectors_unlisted", unlisted)):
            if group:
                part = say(key, names=", ".join(_at_most(group, say)))
                said = f"{said}; {part}" if said else part
        lines.append((say("brief.sectors"), said))
    apbd_parts = ref.program_apbd or [[None] * len(x) for x in ref.program_budgets or ()]
    budgets = [
        (budget, status, apbd)
        for sector_budgets, sector_statuses, sector_apbd in zip(
            ref.program_budgets or (), ref.program_statuses or (), apbd_parts, strict=False
        )
        for budget, status, apbd in zip(sector_budgets, sector_statuses, sector_apbd, strict=False)
        if status in _UNFINISHED
    ]
    funding: list[str] = []  # one row: what the programmes cost beside what pays for them
    # whether the file gives any of the money: a programme's budget, the APBD allocation or
    # another source (trial 270 M3: "… dengan bidang, program dan pembiayaan di atas" put to
    # the DPRD where the file gave none of it)
    costed = any(budget is not None for budget, _, _ in budgets)
    if budgets:
        given = [budget for budget, _, _ in budgets if budget is not None]
        missing = len(budgets) - len(given)
        zero = sum(1 for budget in given if budget == 0)
        if not given:
            text = say("brief.cost_none", n=missing, s="" if missing == 1 else "s")
        else:
            if zero == len(given):  # nothing but Rp0: one phrase, not the sum and its parts
                text = say("brief.cost_all_zero", n=zero, s="" if zero == 1 else "s")
            else:
                # programmes under way: part of their whole budget may be spent already
                # (bappeda440 M3: Rp6,3 M of a scholarship run since 2021 read as the need
                # set beside one year's allocation)
                under_way = any(
                    status in ("ongoing", "stalled") and budget is not None
                    for budget, status, _ in budgets
                )
                text = say(
                    "brief.cost_text.under_way" if under_way else "brief.cost_text",
                    amount=formatting.money(sum(given), lang),
                    n=len(given),
                    s="" if len(given) == 1 else "s",
                )
                text += _apbd_part(budgets, lang)
                if zero:
                    total = in_words(len(given), lang)
                    text += ", " + say("brief.cost_zero", n=zero, total=total)
            if missing:
                text += ", " + say("brief.cost_missing", n=missing, s="" if missing == 1 else "s")
        funding.append(text)
    money = ref.budget
    if money is not None:
        costed = costed or money.apbd_allocation_idr is not None or bool(money.other_sources)
        if money.apbd_allocation_idr is not None:
            text = say("brief.apbd_text", amount=formatting.money(money.apbd_allocation_idr, lang))
            if money.multi_year is not None:
                text += ", " + say("brief.multi_year" if money.multi_year else "brief.single_year")
            # money allocated to a cooperation whose MoU has lapsed waits for the decision on
            # the evaluation, as the Saran has the TAPD make sure (trial dprd430 F-4: Rp350 juta
            # in the 2027 APBD for an MoU ended in 2021 read as any other allocation, to a
            # DPRD's budget oversight)
            ended = notice_date(a, "mou_expired")
            if money.apbd_allocation_idr > 0 and ended is not None:
                running = any(n.code == "mou_expired" and n.running for n in a.notices)
                key = "brief.apbd_lapsed" + (".running" if running else "")
                text += " " + say(key, day=labels.value_text("date", ended, lang))
        else:
            text = say("brief.apbd_none")
        funding.append(text)
        if money.other_sources is not None:
            named = [
                labels.value_label("budget.other_sources[0]", code, lang) or code
                for code in money.other_sources
            ]
            recorded = money.partner_funds_recorded
            binding = money.partner_funds_binding  # None in documents made before the field
            if "partner" in money.other_sources and (recorded is not None or binding):
                at = money.other_sources.index("partner")
                said = []
                if recorded is not None:
                    key = "brief.partner_recorded" if recorded else "brief.partner_unrecorded"
                    said.append(say(key))
                if binding:
                    said.append(say("brief.partner_binding"))
                named[at] += f" ({', '.join(said)})"
            names = ", ".join(named) or say("brief.no_sources")
            text = say("brief.sources_text", names=names)
            certain = getattr(money, "other_sources_idr", None)  # None before the field
            if certain == 0 and named:
                # "Rp0 di antaranya sudah pasti" read as a sum (wording review 452, L5)
                text += ", " + say("brief.sources_none_certain")
            elif certain is not None and named:
                text += ", " + say("brief.sources_certain", amount=formatting.money(certain, lang))
            funding.append(text)
    if funding:
        lines.append((say("brief.funding"), "; ".join(funding)))
    ahead = _dprd_ahead(a)
    if ahead:
        key = "brief.dprd_plan" if costed else "brief.dprd_plan_uncosted"
        plan = say(key if lines else "brief.dprd_plan_only")
        signed = _signed_on(a) if ahead in ("in_progress", "pending") else None
        label = say("brief.dprd" if ahead == "in_progress" else "brief.dprd_later")
        if signed is not None:
            # an MoU signed before the DPRD approved it: what the DPRD must approve is the
            # signed MoU with its plan (trial 390 H3: a city asking the DPRD to approve an MoU
            # signed three months before read no line of what was put to it), said as what is
            # needed, not as what the region's letter put to it, which the file does not say
            # (wording review 56 H3)
            entry = next(e for e in a.procedure if e.step == "dprd_approval")
            label = say("brief.dprd_signed_label")
            since = entry.date if ahead == "in_progress" else None
            # a request made before the signing was for the plan: "sedang dibahas sejak 15
            # Januari 2024" over an MoU signed in February read as the signed text under
            # discussion since before it existed (province trial 480 L-1)
            key = "brief.dprd_signed_since" + (".before" if since and since < signed else "")
            state = (
                say(key, since=labels.value_text("date", since, lang))
                if since is not None
                else say("brief.dprd_signed_" + ("asked" if ahead == "in_progress" else "not_yet"))
            )
            plan = (
                state
                + "; "
                + say("brief.dprd_signed", date=labels.value_text("date", signed, lang))
            )
        # until when the cooperation put to the DPRD runs (trial dprd430 F-8: the DPRD
        # approves a commitment to 2031, and no report said the date)
        ends = getattr(a.proposal, "expires", None)
        if ends is not None and ends >= a.as_of:
            plan += "; " + say("brief.dprd_term", day=labels.value_text("date", ends, lang))
        basis = next((c.sources for c in a.checks if c.rule_id == _DPRD_RULE), None)
        laws = [source_line(x, lang) for x in basis or () if x.kind in ("law", "regulation")]
        if laws:
            plan += "; " + say("brief.basis", sources=", ".join(laws))
        lines.append((label, plan))
    return lines


def _apbd_part(budgets: list[tuple[int | None, str | None, int | None]], lang: str) -> str:
    """The APBD's part of the money summed in the brief (", Rp950.000.000 di antaranya dari
    APBD"), from the programmes that give it beside their budget; empty where none does. A
    sister city with an investor's plant summed Rp150,95 miliar "untuk persetujuan DPRD"
    while the regency paid under Rp1 miliar (trial 230, 2)."""
    with_budget = [(budget, apbd) for budget, _, apbd in budgets if budget is not None]
    parts = [apbd for _, apbd in with_budget if apbd is not None]
    if not parts:
        return ""
    amount = formatting.money(sum(parts), lang)
    if len(parts) == len(with_budget):
        return ", " + message("brief.cost_apbd", lang, amount=amount)
    n, rest = len(parts), len(with_budget) - len(parts)
    said = message(
        "brief.cost_apbd_some",
        lang,
        amount=amount,
        n=n,
        s="" if n == 1 else "s",
        m=rest,
        mw=in_words(rest, lang),
    )
    return ", " + said


#: the rule that checks the DPRD's approval in both shipped packs; its sources, dated by
#: the pack, are the legal basis the brief cites
_DPRD_RULE = "REG-010"


def _dprd_ahead(a: Assessment) -> str | None:
    """The status of the DPRD's approval where it is a step still ahead of a proposal (a step
    of the procedure in force on the assessment's date — every one the pack lists is in
    ``procedure``; ``required`` there says due at the proposal's own stage, which the DPRD's
    approval is not until signing — that the file does not record as done): "in_progress"
    while the DPRD has the plan before it, else the step's other status ("not_listed" for a
    step the file does not list); None when it is not ahead. Of a signed MoU (the signing
    recorded done with its date), "in_progress" or "pending" where the file records the
    approval so, the brief then saying what it must cover (trial 390 H3); None otherwise."""
    entry = next((e for e in a.procedure if e.step == "dprd_approval"), None)
    if a.proposal.stage not in (None, "proposal"):
        # a signed MoU whose approval the file records as asked or still to ask: the MoU
        # goes to the DPRD (REG-020's action); not listed or unknown, it may exist, and the
        # checks ask it instead
        if entry is None or entry.status not in ("pending", "in_progress"):
            return None
        if _signed_on(a) is None:
            return None
    if entry is None or settled(entry):  # recorded not needed, a law still asks it
        return None
    if incurable_blockers(a) and entry.status != "in_progress":
        # a plan not yet before the DPRD is not said to be going to it while a blocker no
        # change to the proposal removes stands (trial 380 H2: "Akan diajukan untuk
        # persetujuan DPRD" above "usulan tidak dapat dilanjutkan" for an Israeli partner).
        # A blocker the region can deal with (a subject to leave out of the plan: held-out
        # 56) keeps the line: the plan goes to the DPRD once it is dealt with. One already
        # before the DPRD stays: that is the file's fact, which the Saran then speaks to
        return None
    return entry.status or "not_listed"


def _signed_on(a: Assessment) -> dt.date | None:
    """The day the file records the MoU signed (the signing step done, with its date);
    None otherwise."""
    entry = next((e for e in a.procedure if e.step == "signing"), None)
    if entry is None or entry.status != "done":
        return None
    return entry.date


def more_risks(a: Assessment) -> int:
    """How many of :func:`headline_risks` the top list leaves to the annex ("… dan dua
    risiko lain")."""
    return max(len(headline_risks(a)) - TOP_RISKS, 0)


def who(
    rec: Any, lang: str, agency: str | None = None, roles: Mapping[str, str] | None = None
) -> str:
    """``Biro Kerja Sama (bersama Kemendagri)``: who acts, and with whom, as ``lang`` names
    them (a recommendation or action: its ``owner_name`` / ``counterpart_name``, else, in a
    document made before those were added, the Indonesian ``owner`` / ``counterpart``).
    ``agency`` (:func:`sector_agency`) names the sector's lead agency where the
    recommendation says "Perangkat Daerah pengampu sektor"; ``roles`` (:func:`role_names`)
    the agency the proposal names for a body the glossary describes by its field."""
    owner = actor(rec, "owner", lang)
    counterpart = actor(rec, "counterpart", lang)
    get = rec.get if _is_mapping(rec) else lambda key: getattr(rec, key, None)
    if unit_stands_in(rec, agency, lang):
        return counterpart or ""
    # the sector's agency not named by the proposal: a description in a sentence
    described = is_sector_agency(get("counterpart"))
    if agency and _reviews_now(get):
        agency = _appointed_left_out(agency, lang)
        if agency is None:  # no sector of it has an agency: the unit reviews alone
            return (counterpart if is_sector_agency(get("owner")) else owner) or ""
    if agency:
        if is_sector_agency(get("owner")):
            owner = agency
        if described:
            counterpart = agency
            described = False
    if roles:
        owner = roles.get(get("owner"), owner)
        counterpart = roles.get(get("counterpart"), counterpart)
    if not counterpart or names_counterpart(get("counterpart"), _said_id(get("text"))):
        return owner or ""
    named = get("counterpart_name") is not None  # the glossary's name, not the fallback
    return with_counterpart(owner or "", counterpart, lang, glossary=named, description=described)


#: the cooperation unit as the glossary and the packs name it, by the region's level
COOPERATION_UNITS = ("Biro Kerja Sama", "Bagian Kerja Sama", "Biro/Bagian Kerja Sama")


def unit_stands_in(rec: Any, agency: str | None, lang: str) -> bool:
    """Whether the cooperation unit, a recommendation's counterpart, takes on its own the
    sector agency's part in it: the sector has no agency yet (``agency`` is the one still to
    be appointed, :func:`appointed_agency`) and the action reports, at monitoring, on what
    the sector has done, or is the evaluation's, due now. An agency appointed later cannot
    report on programmes run before it (trial 210 #9: IMP-012's report on a health
    sector's finished programmes went to "Perangkat Daerah yang akan ditetapkan mengampu
    sektor kesehatan", at an evaluation due now); the unit that coordinated them can."""
    if not agency or appointed_sector(agency, lang) is None:
        return False
    get = rec.get if _is_mapping(rec) else lambda key: getattr(rec, key, None)
    # likewise an action for the evaluation due now beside a lapsed or ending MoU (the pack's
    # after_expiry: trial dprd430 F-13 #11, "Perangkat Daerah yang akan ditetapkan mengampu
    # sektor penanaman modal: Nilai dalam evaluasi kerja sama …" five years after the lapse)
    return (
        is_sector_agency(get("owner"))
        and (get("stage") == "monitoring" or bool(get("after_expiry")))
        and get("counterpart") in COOPERATION_UNITS
    )


def _reviews_now(get: Any) -> bool:
    """Whether the action read by ``get`` is shared by the cooperation unit and the sectors'
    agencies (:func:`_shared_with_agencies`) at monitoring or for the evaluation due now (the
    pack's after_expiry): what the sectors have done, which an agency appointed later took
    no part in, as :func:`unit_stands_in` reads it."""
    return _shared_with_agencies(get) and (
        get("stage") == "monitoring" or bool(get("after_expiry"))
    )


def _shared_with_agencies(get: Any) -> bool:
    """Whether a recommendation (read by ``get``) is the cooperation unit's with the sectors'
    agencies, either leading."""
    owner, counterpart = get("owner"), get("counterpart")
    return (owner in COOPERATION_UNITS and is_sector_agency(counterpart)) or (
        is_sector_agency(owner) and counterpart in COOPERATION_UNITS
    )


def _appointed_left_out(agency: str, lang: str) -> str | None:
    """``agency`` (:func:`sector_agency`: names parted by "; ") without the agencies still to
    be appointed (:func:`appointed_sector`); None where every one of them is (dprd430: "Biro
    Kerja Sama (bersama …; Perangkat Daerah yang akan ditetapkan mengampu sektor penanaman
    modal): Tinjau kegiatan sektor ini dalam evaluasi kerja sama" five years after the MoU
    lapsed, beside an agency nobody will appoint unless a new MoU is signed)."""
    kept = [name for name in agency.split("; ") if appointed_sector(name, lang) is None]
    return "; ".join(kept) if kept else None


def _said_id(text: Any) -> str | None:
    """A recommendation's or action's text in Indonesian (a model or, in a document read
    back, a mapping)."""
    if text is None:
        return None
    if _is_mapping(text):
        return text.get("id")
    return getattr(text, "id", None)


#: the glossary's name for the agency in charge of a sector, which a proposal may name
SECTOR_AGENCY = "Perangkat Daerah pengampu sektor"


def is_sector_agency(name: object) -> bool:
    """Whether an owner or counterpart is the agency in charge of a sector, by today's name
    (:data:`SECTOR_AGENCY`) or an earlier era's ("SKPD pengampu sektor" before UU 23/2014)."""
    return name == SECTOR_AGENCY or name in _sector_agency_eras()


@cache
def _sector_agency_eras() -> frozenset[str]:
    from paracheck.rules.loader import actor_eras, era_name

    return frozenset(era_name(SECTOR_AGENCY, each) for each in actor_eras())


def era(a: Assessment) -> int | None:
    """The era whose terms the report of ``a`` speaks in (an index in the glossary's
    ``eras``: SKPD for a date judged before UU 23/2014), or None for today's terms."""
    return era_on(getattr(a, "as_of", None))


def era_on(day: object) -> int | None:
    """The era whose terms a text about a proposal judged on ``day`` speaks in (:func:`era`),
    None for today's terms or no date."""
    from paracheck.rules.loader import era_of

    return era_of(day) if isinstance(day, dt.date) else None


def in_era(text: str, era_index: int | None, lang: str) -> str:
    """``text`` (one of the report's own sentences or labels) with the era's terms in place
    of today's ("Perangkat Daerah yang akan ditetapkan …" → "SKPD yang akan ditetapkan …");
    unchanged for today's terms (``era_index`` None)."""
    if era_index is None:
        return text
    from paracheck.rules.loader import era_swapper

    return era_swapper(era_index, check_lang(lang))(text)


_SECTOR_INDEX = re.compile(r"^sectors\[(\d+)\]")


def sector_agency(a: Assessment, checks: Iterable[Check], lang: str | None = None) -> str | None:
    """The lead agency the proposal names for the sectors ``checks`` are about: "Dinas
    Kelautan dan Perikanan Provinsi NTT" instead of "Perangkat Daerah pengampu sektor"
    (held-out proposal 16: the plan told "the sector's lead agency" to consult KKP while the
    proposal named it). Sectors in the charge of different agencies are named each, parted
    by semicolons, as a list of names that hold commas and "dan" of their own is written
    ("Dinas Perdagangan, Koperasi dan UKM …; Dinas Pendidikan …"; newcomer trial 18: three
    named Dinas read "Perangkat Daerah pengampu sektor", so the disposisi went to no one).
    None when a check concerns no sector, or (without ``lang``) a sector has no agency
    named; given ``lang``, such a sector's agency is the one still to be appointed
    (:func:`agencies_of`)."""
    by_agency = agencies_of(a, checks, lang)
    return "; ".join(by_agency) if by_agency else None


def role_names(a: Assessment) -> dict[str, str]:
    """The lead agencies the proposal names that are a body the actor glossary describes by
    its field (``known_as``): "Perangkat Daerah pengampu urusan penanaman modal" → "Dinas Penanaman
    Modal dan PTSP Provinsi Sulawesi Tenggara" where the file names that Dinas for a sector
    (newcomer trial 18: the one office under both names in one plan). Empty for a pack that
    cannot be loaded by name."""
    named = [n.strip() for n in a.proposal.sector_agencies or [] if n and n.strip()]
    if not named:
        return {}
    global _last_roles
    held, roles = _last_roles
    if held is not a:  # a report asks for each recommendation: made once per assessment
        roles = _role_names(a.pack.name, named)
        _last_roles = (a, roles)
    return roles


_last_roles: tuple[object, dict[str, str]] = (None, {})


def _role_names(pack_name: str, named: list[str]) -> dict[str, str]:
    """:func:`role_names` for the agencies ``named``, under the pack ``pack_name``."""
    folded = [(n, n.casefold()) for n in named]
    out: dict[str, str] = {}
    for body, words in _pack_known_as(pack_name):
        found = next((n for n, low in folded if any(w in low for w in words)), None)
        if found is not None:
            out[body] = found
    return out


def _pack_known_as(pack_name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each actor of the pack with the words it is known by (``known_as``), casefolded, in
    the pack's order: found once per loaded pack (:func:`_per_pack`), not casefolded again for
    each assessment (a third of the Saran's time, the glossary's every body each time)."""
    return _per_pack(_PACK_KNOWN_AS, pack_name, (), _known_as)


def _known_as(pack: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        (body, tuple(w.casefold() for w in getattr(spec, "known_as", None) or []))
        for body, spec in (getattr(pack, "actors", None) or {}).items()
    )


_PACK_KNOWN_AS: dict[str, tuple[Any, tuple[tuple[str, tuple[str, ...]], ...]]] = {}


def agencies_of(
    a: Assessment, checks: Iterable[Check], lang: str | None = None
) -> dict[str, dict[str, list[str]]]:
    """The lead agencies the proposal names for the sectors ``checks`` are about, in the
    order the sectors come, each with the items of each check in its charge (rule id → item
    paths; an empty list for a check whose evidence, not its items, names the sector). Empty
    when a check concerns no sector: the generic actor stands then. A sector the proposal
    names no agency for is, given ``lang``, in the charge of the agency still to be appointed
    for it, "Perangkat Daerah yang akan ditetapkan mengampu sektor pendidikan" (held-out 21:
    TOC-008's monitoring went to "Perangkat Daerah pengampu sektor" for the one sector whose agency
    IMP-001 asks the Gubernur to appoint first); without ``lang`` the whole answer is empty."""
    agencies = a.proposal.sector_agencies
    if not agencies:
        return {}
    placed: list[tuple[int, str, str, str | None]] = []  # sector, agency, rule, item
    every = None
    for check in checks:
        items = bool(check.items)
        paths = check.items or _open_sectors(
            a, [e.path for e in check.evidence if e.path.endswith(".name")]
        )
        if not paths:
            every = _pack_every_sector(a.pack.name) if every is None else every
            if check.rule_id in every:  # advice for every sector (IMP-007's PKS per sector)
                paths = [f"sectors[{i}].name" for i in sectors_with_work(a, len(agencies))]
        for path in paths:
            match = _SECTOR_INDEX.match(path)
            if match is None:
                continue
            index = int(match.group(1))
            agency = agencies[index] if index < len(agencies) else None
            if not agency or not agency.strip():
                if lang is None:
                    return {}
                agency = appointed_agency(a, check, index, lang)
            placed.append((index, agency.strip(), check.rule_id, path if items else None))
    out: dict[str, dict[str, list[str]]] = {}
    for _, agency, rule, path in sorted(placed, key=lambda p: p[0]):
        paths = out.setdefault(agency, {}).setdefault(rule, [])
        if path is not None:
            paths.append(path)
    return out


def _open_sectors(a: Assessment, paths: list[str]) -> list[str]:
    """``paths`` (sector names a whole-proposal check's evidence cites) without the sectors
    whose programmes were all cancelled, unless every one of them is: such a sector's agency
    is not asked for the check's opening activity beside IMP-002's action to close the sector
    (province trial 480 M-8: IMP-006 told BPBD to plan an opening activity for the disaster
    sector another line of the same plan proposed to close)."""
    statuses = a.proposal.program_statuses or []

    def cancelled(path: str) -> bool:
        match = _SECTOR_INDEX.match(path)
        index = int(match.group(1)) if match is not None else -1
        said = statuses[index] if 0 <= index < len(statuses) else None
        return bool(said) and all(status == "cancelled" for status in said)

    kept = [path for path in paths if not cancelled(path)]
    return kept or paths


def sectors_with_work(a: Assessment, count: int) -> list[int]:
    """The indices of the first ``count`` sectors that advice for every sector
    (``every_sector``) goes to: all but those with nothing left to do, whose programmes have
    all finished or been cancelled (held-out 32: IMP-007's "Susun PKS per sektor" and
    REG-041's training went to Dinas Pendidikan for an exchange finished two years before;
    IMP-012 asks that agency for the sector's next step instead). A sector without
    programmes, or with one of unstated status, has work left. Every sector when none has:
    the advice then stays with all their agencies, as before."""
    statuses = a.proposal.program_statuses or []
    done = ("done", "cancelled")
    left = [
        i
        for i in range(count)
        if i >= len(statuses)
        or not statuses[i]
        or any(status not in done for status in statuses[i])
    ]
    return left or list(range(count))


def _pack_every_sector(pack_name: str) -> frozenset[str]:
    """The ids of the pack's rules whose advice is for every sector (``every_sector``:
    IMP-007, a PKS per sector), as :func:`_pack_incurable` finds them (none for a pack that
    cannot be loaded by name, whose reports keep the glossary's generic name)."""
    return _per_pack(
        _PACK_EVERY_SECTOR,
        pack_name,
        frozenset(),
        lambda pack: frozenset(r.id for r in pack.rules if r.every_sector),
    )


_PACK_EVERY_SECTOR: dict[str, tuple[Any, frozenset[str]]] = {}

#: the fact of a programme running after the MoU's last day (labels.runs_after): the
#: programmes the lapsed-MoU notice names, and a rule reading it finds (REG-051)
RUNS_AFTER_MOU = "program.runs_after_mou"


def running_findings(a: Assessment) -> list[str]:
    """The risks found on the programmes the lapsed-MoU notice names as running after the
    MoU's last day: the checks that fired of the pack's rules reading
    ``program.runs_after_mou`` (REG-051), in the assessment's order. The Saran's sentence
    naming those programmes and assigning their agencies says them, with their codes, and
    no later sentence assigns them again (fix34a: the programmes were said by the notice,
    that sentence and an assignment "menindaklanjuti … (REG-051)" on one page). None for a
    pack that cannot be loaded by name: the assignment says them as any other risk."""
    rules = _per_pack(
        _PACK_RUNS_AFTER,
        a.pack.name,
        frozenset(),
        lambda pack: frozenset(r.id for r in pack.rules if _reads(r.when, RUNS_AFTER_MOU)),
    )
    return [c.rule_id for c in a.checks if c.status == "risk" and c.rule_id in rules]


_PACK_RUNS_AFTER: dict[str, tuple[Any, frozenset[str]]] = {}


def _reads(raw: Any, path: str) -> bool:
    """Whether a rule's raw condition reads ``path`` anywhere (a count's ``where`` too)."""
    if isinstance(raw, dict):
        return raw.get("path") == path or any(_reads(v, path) for v in raw.values())
    if isinstance(raw, list):
        return any(_reads(v, path) for v in raw)
    return False


def appointed_agency(a: Assessment, check: Check, index: int, lang: str) -> str:
    """The agency still to be appointed for the sector at ``index`` (the proposal names none):
    by the sector's field where a check's evidence gives it, else by its place."""
    key = f"sectors[{index}].name"
    name = next((e.value for e in check.evidence if e.path == key), None)
    if name is None:
        name = _names_of(a).get(key)
    if isinstance(name, str) and name:
        field = labels.value_text("sector.name", name, lang)
        # "sektor lain" / "other sector" already says the noun the message says
        field = field.removeprefix("sektor ").removesuffix(" sector")
        return in_era(message("agency.appointed", lang, sector=field), era(a), lang)
    return in_era(message("agency.appointed_nth", lang, n=index + 1), era(a), lang)


def appointed_sector(agency: str, lang: str) -> str | None:
    """The sector an agency still to be appointed (:func:`appointed_agency`) would lead, as
    a sentence names it ("sektor pendidikan"), read back from its name; None for any other
    name."""
    for key, field in (("agency.appointed", "sector"), ("agency.appointed_nth", "n")):
        for era_index in _eras_and_now():  # by today's terms or an earlier era's
            said = in_era(message(key, lang), era_index, lang)
            head, _, tail = said.partition("{" + field + "}")
            if (
                len(agency) > len(head) + len(tail)
                and agency.startswith(head)
                and agency.endswith(tail)
            ):
                value = agency[len(head) : len(agency) - len(tail)]
                return message(f"{key}.sector", lang, **{field: value})
    return None


def _eras_and_now() -> tuple[int | None, ...]:
    """Today's terms (None), then each earlier era's index."""
    from paracheck.rules.loader import actor_eras

    return (None, *range(len(actor_eras())))


def actor(rec: Any, field: str, lang: str) -> str | None:
    """``rec``'s ``owner`` or ``counterpart`` as ``lang`` names it."""
    mapping = _is_mapping(rec)
    name = f"{field}_name"
    shown = rec.get(name) if mapping else getattr(rec, name, None)
    if shown is None:
        return rec.get(field) if mapping else getattr(rec, field, None)
    if _is_mapping(shown):
        named = str(shown.get(lang) or shown.get("id") or "")
        return named or (rec.get(field) if mapping else getattr(rec, field, None))
    return shown.get(lang)


def _is_mapping(value: object) -> bool:
    """``isinstance(value, Mapping)``, answered once per type: the abstract class's check ran
    for every evidence value, recommendation and action a report shows (a model or a number
    far more often than a mapping)."""
    kind = type(value)
    found = _MAPPING_TYPES.get(kind)
    if found is None:
        found = _MAPPING_TYPES[kind] = isinstance(value, Mapping)
    return found


_MAPPING_TYPES: dict[type, bool] = {}


# The procedure stages a signed MoU has closed: a partnership at ``mou_signed``, ``active`` or
# ``evaluation`` can no longer act "at planning" or "before signing", so the actions of those
# stages are headed as stages already passed, to be done now (held-out reading: a 2019 sister
# city re-assessed in 2026 got its plan under Perencanaan / Penjajakan / Perjanjian).
STAGES_CLOSED_BY_SIGNING = frozenset(STAGE_ORDER[: STAGE_ORDER.index("signing") + 1])

# Before the signing, a procedure step recorded as done closes its own action stage: a
# proposal whose exploration is done has passed "Penjajakan" (held-out reading: the Wakatobi
# proposal, exploration done in May, was told to find an interpreter "at exploration" as if
# that stage were ahead). Planning is not closed by a step: budgets, staff and the RKPD are
# still being planned until the MoU is signed.
STEP_CLOSES_STAGE = {"exploration": "exploration", "dprd_approval": "approval"}


def stages_passed(a: Assessment) -> frozenset[str]:
    """The action stages the proposal has already passed: all up to signing for a signed MoU
    (or a signing recorded as done), else each stage closed by a step recorded as done — not
    by one a finding sends back to be done again (:func:`steps_to_redo`: a DPRD approval
    given before the letter of intent left "Persetujuan" headed as passed while its advice
    went back to the DPRD, newcomer trial 14)."""
    stage_now = a.proposal.stage
    if stage_now is not None and stage_reached(stage_now, "mou_signed"):
        return STAGES_CLOSED_BY_SIGNING
    done = {entry.step for entry in a.procedure if entry.status == "done"}
    if "signing" in done:
        return STAGES_CLOSED_BY_SIGNING
    done -= steps_to_redo(a).keys()
    passed = {stage for step, stage in STEP_CLOSES_STAGE.items() if step in done}
    if any(e.step == "central_approval" and e.status == "in_progress" for e in a.procedure):
        # the central approval asked for and under way: the approval stage is the one the
        # proposal is in, not one behind it (wording 452 H2: "Persetujuan — tahap sudah
        # dilalui" above "Persetujuan pemerintah pusat: sedang berjalan")
        passed.discard("approval")
    return frozenset(passed)


def steps_to_redo(a: Assessment) -> dict[str, list[str]]:
    """Step → the earlier steps after which it is done again, for each step done too early
    that a finding standing before the signing sends back (the pack's ``redoes``: REG-024's
    DPRD approval, given before the letter of intent, is confirmed again once the letter is
    signed). Empty once the MoU is signed: the step is history then, and the finding says so."""
    if a.proposal.stage not in ("proposal", None):
        return {}
    risks = {c.rule_id for c in a.checks if c.status == "risk"}
    if not risks:
        return {}
    redo: dict[str, list[str]] = {}
    for rule_id, step, after in _pack_redoes(a.pack.name):
        if rule_id in risks:
            redo.setdefault(step, []).append(after)
    return redo


def blocking_rules(a: Assessment) -> frozenset[str]:
    """The blockers found (risks of severity blocker): while one stands, the rest of the plan
    waits for it."""
    return frozenset(
        [c.rule_id for c in a.checks if c.status == "risk" and c.severity == "blocker"]
    )


def recommendations_heading(a: Assessment, check: Check, lang: str) -> str:
    """The annex's heading over a check's recommendations: "Rekomendasi", or, while a blocker
    stands and this check is not one, that its actions wait for the blocker (as the plan's
    note says), or are not taken at all beside a blocker the region cannot remove. The annex
    gave a blocked Israeli partnership "Tanyakan kepada mitra bahasa kerja …, bersama
    Perwakilan RI di negara mitra" under the same heading as any other advice, beside the
    first page's "Hentikan penjajakan" (ministry 450 M4)."""
    blockers = blocking_rules(a)
    if not blockers or check.rule_id in blockers:
        return message("recommendations", lang)
    key = "recommendations.not_taken" if incurable_blockers(a) else "recommendations.deferred"
    return message(key, lang)


def planned_actions(a: Assessment) -> list[Any]:
    """The actions the memo's plan lists: all of them, or, while a blocker stands, only the
    blockers' own. A blocked proposal with an Israeli partner was told to ask the Indonesian
    mission there for an interpreter and to plan funding for the MoU's whole term, beside
    "stop the exploration" (newcomer trial 10); the other findings keep their advice in the
    annex."""
    blockers = blocking_rules(a)
    if not blockers:
        return list(a.actions)
    return [act for act in a.actions if blockers.intersection(act.rules)]


def approved_plan_changes(a: Assessment) -> list[Any]:
    """The plan's actions that change the cooperation plan itself (the pack's
    ``changes_plan``: NRG-002's order of the sectors, REG-042's commitments, IMP-002's
    sectors; HR-005's sectors only before the plan goes to the DPRD, so never here) while the
    DPRD has approved that plan (:func:`approved_plan_moment`); empty otherwise. Before
    verification they are done before the plan is submitted; under or after verification the
    plan verified is no longer the one to be signed. Either way a plan they change goes back
    to the DPRD (REG-048's "persetujuan ulang"): under an open
    "Perencanaan" and a Saran sending the plan on "pada tahapnya", an officer submitted the
    approved plan and changed it afterwards (words26 A2)."""
    if approved_plan_moment(a) is None:
        return []
    marked = _pack_changes_plan(a.pack.name)
    if not marked:
        return []
    return [
        act
        for act in planned_actions(a)
        if any((rule, act.stage, act.text.en) in marked for rule in act.rules)
    ]


def approved_plan_moment(a: Assessment) -> str | None:
    """Where a proposal's cooperation plan the DPRD has approved (``dprd_approval`` done and
    not sent back by a ``redoes``) stands in its verification: ``"before"`` (the step listed,
    not yet under way), ``"in_progress"`` or ``"done"``; None at another stage, beside a
    blocker, before the approval, or with verification not listed or not applicable. The
    reports say the changes to that plan for each moment (words26 A2: the DPRD-approved plan
    under verification that the advice changes, held-out 26).

    Once verified, where the agreement's drafting stands too: ``"drafting"`` (under way) or
    ``"drafted"`` (done), so that the changes are not said to come "sebelum naskah perjanjian
    disusun" of a text being drafted or already drafted (held-out 161: a verified plan, its
    agreement in drafting)."""
    if a.proposal.stage != "proposal" or a.verdict == "blocked":
        return None
    steps = {entry.step: entry for entry in a.procedure}
    approval, verification = steps.get("dprd_approval"), steps.get("verification")
    if approval is None or approval.status != "done" or "dprd_approval" in steps_to_redo(a):
        return None
    if verification is None or verification.status == "not_applicable":
        return None
    if verification.status == "done":
        drafting = steps.get("agreement_drafting")
        status = drafting.status if drafting is not None else None
        return _DRAFTING_MOMENT.get(status, "done")  # type: ignore[arg-type]
    if verification.status == "in_progress":
        return "in_progress"
    return "before"


#: the drafting's status → :func:`approved_plan_moment` once the plan is verified
_DRAFTING_MOMENT = {"in_progress": "drafting", "done": "drafted"}


#: the plan's heading over the changes to an approved plan, by :func:`approved_plan_moment`
_PLAN_CHANGE_HEADING = {
    "before": "plan.before_verification",
    "in_progress": "plan.under_verification",
    "done": "plan.after_verification",
    "drafting": "plan.during_drafting",
    "drafted": "plan.after_drafting",
}


def _pack_changes_plan(pack_name: str) -> frozenset[tuple[str, str, str]]:
    """(rule id, stage, English text) of each recommendation of the pack that changes the
    cooperation plan (``changes_plan``), as the assessment's actions say them (the loader
    keeps such a text free of names said by the region's level); found once per loaded
    pack (none for a pack that cannot be loaded by name, as :func:`_pack_steps`)."""
    return pack_marked(pack_name, "changes_plan")


def pack_marked(pack_name: str, flag: str) -> frozenset[tuple[str, str, str]]:
    """(rule id, stage, English text) of each recommendation of the pack whose boolean
    ``flag`` is set (``changes_plan``, ``holds_implementation``), found once per loaded
    pack (none for a pack that cannot be loaded by name, as :func:`_pack_steps`)."""
    pack = _pack_named(pack_name)
    if pack is None:
        return frozenset()
    key = (pack_name, flag)
    held = _PACK_MARKED.get(key)
    if held is None or held[0] is not pack:  # a pack file read again is another pack
        if len(_PACK_MARKED) >= _TABLE_MAX:
            _PACK_MARKED.clear()
        swaps = _level_swaps(pack)  # the English text as each level and era reads it
        marked = frozenset(
            (rule.id, rec.stage, said)
            for rule in pack.rules
            for rec in rule.recommend
            if getattr(rec, flag)
            for said in {rec.text.en, *(swap(rec.text.en) for swap in swaps)}
        )
        held = _PACK_MARKED[key] = (pack, marked)
    return held[1]


_PACK_MARKED: dict[tuple[str, str], tuple[Any, frozenset[tuple[str, str, str]]]] = {}


def case_openings(pack_name: str) -> dict[tuple[str, str, str], Any]:
    """(rule id, stage, English text) of each recommendation of the pack with a Saran opening
    of its own case (a recommendation's ``saran_first``, on one that holds implementation:
    REG-011 where the central approval step is not listed) → that sentence, keyed as
    :func:`pack_marked` keys a recommendation."""

    def build(pack: Any) -> dict[tuple[str, str, str], Any]:
        swaps = _level_swaps(pack)
        return {
            (rule.id, rec.stage, said): rec.saran_first
            for rule in pack.rules
            for rec in rule.recommend
            if rec.saran_first is not None and rec.holds_implementation
            for said in {rec.text.en, *(swap(rec.text.en) for swap in swaps)}
        }

    return _per_pack(_PACK_CASE_OPENINGS, pack_name, {}, build)


def _level_swaps(pack: Any) -> list[Callable[[str], str]]:
    """A text of ``pack`` as each level and era reads it: an action carries its text with the
    region's bodies named ("the regent's letter" for "the head of region's letter"), and a
    text naming one matched none (review 340 M5's letters)."""
    from paracheck.rules.loader import level_swaps, swapper, wordings

    return [swapper(level_swaps(pack.actors, wording)[2]) for wording in wordings()]


_PACK_CASE_OPENINGS: dict[str, tuple[Any, dict[tuple[str, str, str], Any]]] = {}


def deferred_actions(a: Assessment) -> int:
    """How many actions the plan leaves out while a blocker stands."""
    return len(a.actions) - len(planned_actions(a))


def action_plan(a: Assessment, lang: str) -> list[tuple[str, list[dict[str, object]]]]:
    """The actions grouped by procedure stage, stages in the order they happen; the stages
    the proposal has passed (:func:`stages_passed`) are headed "already passed, follow up
    now". While a blocker stands, only its actions (:func:`planned_actions`)."""
    groups: dict[str, list[dict[str, object]]] = {}
    risks = {c.rule_id: c for c in a.checks if c.status == "risk"}
    fired = {rule: c for rule, c in risks.items() if c.items}
    lapsed = mou_lapsed(a)
    deciding = not lapsed and deciding_on_going_on(a)
    # a signed MoU without central approval: its report to Kemendagri first, and what
    # starts implementation after the approval (practitioner trial 32 W1)
    awaited = awaiting_approval(a)
    unknown = approvals_unknown(a)  # confirmed first by the Saran, and awaited on file too
    first: list[dict[str, object]] = []
    waiting: dict[str, list[dict[str, object]]] = {}
    roles = role_names(a)
    # beside a lapsed MoU, or while the head decides: what holds whatever is decided, the
    # evaluation's own and the oversight of the activities still under way
    kept: list[dict[str, object]] = []
    running: list[dict[str, object]] = []
    # the changes to a plan the DPRD has approved: before its verification (words26 A2)
    changing = {id(act) for act in approved_plan_changes(a)}
    before: list[dict[str, object]] = []
    for act in planned_actions(a):
        concerned = [risks[rule] for rule in act.rules if rule in risks]
        shown = fired
        if getattr(act, "items", None):  # advice for some of a check's items only
            concerned = [for_action(act, c) for c in concerned]
            shown = {**fired, **{c.rule_id: c for c in concerned if c.items}}
        entries = _plan_entries(a, act, concerned, shown, lang, roles)
        if (lapsed or deciding) and holds_after_expiry(a, act):
            if concerned and all(c.domain in WHILE_RUNNING for c in concerned):
                running += entries
            else:
                kept += entries
        elif id(act) in changing:
            before += entries
        elif awaited and awaited.intersection(act.rules):
            first += entries
        elif (awaited or unknown) and waits_for_approval(a, act, awaited, unknown):
            waiting.setdefault(act.stage, []).extend(entries)
        else:
            groups.setdefault(act.stage, []).extend(entries)
    if lapsed:
        return _lapsed_plan(a, lang, kept, groups, running)
    if deciding:
        return _deciding_plan(a, lang, kept, groups, running)
    passed = stages_passed(a) if groups else frozenset()
    plan = _by_stage(
        lang,
        groups,
        passed,
        lambda names, n: message("stage.passed", lang, stage=names, n=n),
        lambda name: name,
    )
    if before:  # due now: after the stages passed, before the stages ahead
        at = 1 if passed.intersection(groups) else 0
        key = _PLAN_CHANGE_HEADING[approved_plan_moment(a) or "before"]
        heading = message(key, lang, stage=label("stage", "planning", lang))
        plan.insert(at, (heading, before))
    if first:
        plan.insert(0, (message("plan.approval_first", lang), first))
    later = plan_stage_order(waiting, frozenset())  # after the approval: none passed yet
    approval = awaited_words(a, lang, awaited, unknown) if later else ""
    plan += [
        (
            message("plan.after_approval", lang, stage=label("stage", s, lang), approval=approval),
            waiting[s],
        )
        for s in later
    ]
    return plan


def plan_stage_order(stages: Iterable[str], passed: frozenset[str]) -> list[str]:
    """Stages in the order the action plan shows them (:func:`_by_stage`): those passed
    first, in the procedure's order, then those still ahead in :data:`STAGE_ORDER`'s. A
    sentence naming the stages of some actions names them in this order too (held-out 55:
    "ditindaklanjuti pada tahap perencanaan dan penjajakan" under a plan that lists
    "Penjajakan — tahap sudah dilalui" first)."""
    ahead = {s: i for i, s in enumerate(STAGE_ORDER)}
    return sorted(
        stages,
        key=lambda s: (
            (0, _PASSED_ORDER.index(s), s) if s in passed else (1, ahead.get(s, len(ahead)), s)
        ),
    )


def _by_stage(
    lang: str,
    groups: Mapping[str, list[dict[str, object]]],
    passed: frozenset[str],
    passed_heading: Callable[[str, int], str],
    heading: Callable[[str], str],
) -> list[tuple[str, list[dict[str, object]]]]:
    """The plan's groups in the stages' order: one heading for every stage passed (its
    actions in the stages' order), made by ``passed_heading`` from the stages' names joined
    and their number, then one per stage still ahead, made by ``heading`` from its name."""
    # the stages passed in the procedure's order, exploration before the planning that goes
    # on until the signing: "Perencanaan, penjajakan, dan perjanjian — tahap sudah dilalui"
    # read out of order (practitioner trial 32 C2); the Saran names stages in this order too
    stages = plan_stage_order(groups, passed)
    behind = [s for s in stages if s in passed]
    out = []
    if behind:
        names = [label("stage", s, lang) for s in behind]
        names = names[:1] + [n[:1].lower() + n[1:] for n in names[1:]]
        joined = labels.join_words(names, lang, _AND[lang])
        out.append((passed_heading(joined, len(names)), [e for s in behind for e in groups[s]]))
    out += [(heading(label("stage", s, lang)), groups[s]) for s in stages if s not in passed]
    return out


def _plan_entries(
    a: Assessment,
    act: Any,
    concerned: list[Check],
    fired: Mapping[str, Check],
    lang: str,
    roles: Mapping[str, str] | None = None,
) -> list[dict[str, object]]:
    """One action as the plan lists it: one line, or, for an action the sector's agency
    takes on sectors in the charge of different agencies the proposal names, one line per
    agency with its own items (newcomer trial 18: "Perangkat Daerah pengampu sektor:
    Jadwalkan ulang program ini …" over three programmes of three named Dinas gave the
    disposisi no one to go to). An action the cooperation unit takes with those agencies
    names them all in one line (:func:`sector_agency`)."""
    text, severity = act.text.get(lang), label("severity", act.severity, lang)
    by_agency = agencies_of(a, concerned, lang) if is_sector_agency(act.owner) else {}
    if len(by_agency) < 2:
        agency = sector_agency(a, concerned, lang)
        refs = [(rule, plan_items(fired.get(rule), lang, a)) for rule in act.rules]
        return [
            {
                "who": who(act, lang, agency, roles),
                "text": text,
                "rules": list(act.rules),
                "refs": _stood_in(act, agency, lang, refs),
                "severity": severity,
            }
        ]
    placed = {rule for rules in by_agency.values() for rule in rules}
    out: list[dict[str, object]] = []
    for agency, rules in by_agency.items():
        mine = [rule for rule in act.rules if rule in rules or rule not in placed]
        refs = [
            (rule, plan_items(fired.get(rule), lang, a, rules[rule]) if rules.get(rule) else "")
            for rule in mine
        ]
        refs = _stood_in(act, agency, lang, refs)
        out.append(
            {
                "who": who(act, lang, agency, roles),
                "text": text,
                "rules": mine,
                "refs": refs,
                "severity": severity,
            }
        )
    return _one_line_for_the_same_part(out, lang)


def _one_line_for_the_same_part(
    entries: list[dict[str, object]], lang: str
) -> list[dict[str, object]]:
    """The lines of one action for several agencies, where they say the same part (the same
    findings and items), as one line naming the agencies together: "Susun perjanjian kerja
    sama (PKS) per sektor …" three times over, once per Dinas, read as three tasks where there
    is one for each (trial 250 L4, trial 270). Lines with items of their own stay apart, each
    agency with its own programmes (newcomer trial 18)."""
    merged: dict[tuple[object, object], dict[str, object]] = {}
    owners: dict[tuple[object, object], list[str]] = {}
    for entry in entries:
        key = (tuple(entry["rules"]), tuple(entry["refs"]))  # type: ignore[arg-type]
        owners.setdefault(key, []).append(str(entry["who"]))
        merged.setdefault(key, entry)
    if len(merged) == len(entries):
        return entries
    return [
        {**entry, "who": _together(owners[key], lang), "text": _each_own(entry["text"], lang)}
        if len(owners[key]) > 1
        else entry
        for key, entry in merged.items()
    ]


#: a per-sector action's words for its one sector ("sektor ini", "di sektornya"), and the
#: same words when one line names several agencies, each with its own sector
_EACH_OWN = {
    "id": (
        (re.compile(r"\bUntuk sektornya,"), "Masing-masing untuk sektornya,"),
        (re.compile(r"\bdi sektornya\b"), "di sektornya masing-masing"),
        (re.compile(r"\bsektor ini\b"), "sektornya masing-masing"),
    ),
    "en": (
        (re.compile(r"\bFor its sector,"), "Each for its own sector,"),
        (re.compile(r"\bthis sector's\b"), "their sectors'"),
        (re.compile(r"\bthis sector\b"), "their sectors"),
        (re.compile(r"\bin the sector\b"), "in their sectors"),
    ),
}


def _each_own(text: object, lang: str) -> object:
    """A per-sector action's words as a line naming several agencies says them: "Periksa
    apakah lokasi kegiatan sektornya masing-masing …", not "… sektor ini …" beside two Dinas
    (review 280: the singular read as one sector the two agencies share)."""
    if not isinstance(text, str):
        return text
    for pattern, words in _EACH_OWN.get(lang, ()):
        first = pattern.search(text)
        if first is None:
            continue
        # said once; the same sector said again is "sektor itu" (review 310, 7: "… sektornya
        # masing-masing sebelum sektornya masing-masing ditawarkan kepada mitra")
        rest = pattern.sub(_AGAIN.get(words, words), text[first.end() :])
        text = f"{text[: first.start()]}{words}{rest}"
    return text


#: a per-sector phrase said a second time in a line for several agencies
_AGAIN = {"sektornya masing-masing": "sektor itu", "their sectors": "those sectors"}


def for_agencies(text: str, agency: str | None, lang: str) -> str:
    """A risk's recommendation as its details give it beside ``agency`` (the check's
    :func:`sector_agency`): in the words for several agencies when it names more than one
    (:func:`_each_own`)."""
    if agency and "; " in agency:
        return str(_each_own(text, lang))
    return text


def _together(names: list[str], lang: str) -> str:
    """Several agencies that act together, as one line names them: with their counterpart
    said once where it is the same for all ("Dinas A dan Dinas B (bersama Kantor Imigrasi)",
    not each with it)."""
    if len(names) < 2:
        return names[0] if names else ""
    # the words between the owner and the counterpart: " (bersama ", ", with "
    joint = message("with_counterpart", lang, owner="{owner}", counterpart="{counterpart}")
    between = joint[joint.index("{owner}") + len("{owner}") : joint.index("{counterpart}")]
    parts = [name.split(between, 1) for name in names]
    tails = {part[1] for part in parts if len(part) == 2}
    if len(tails) == 1 and all(len(part) == 2 for part in parts):
        return f"{items_listed([part[0] for part in parts], lang)}{between}{tails.pop()}"
    return items_listed(names, lang)


#: the last item of a list whose items hold commas of their own: a word no office's name holds
_AND_LISTED = {"id": "serta", "en": "and"}


def items_listed(names: list[str], lang: str) -> str:
    """Items (offices, open questions) as a list in words; parted by semicolons when an item
    has a comma of its own ("Dinas Perdagangan, Koperasi dan UKM …; Dinas Pendidikan …; serta
    Bagian Kerja Sama"), as EYD parts the items of a list whose items hold commas, the last
    joined by "serta", which no name holds (held-out 32: "…; dan Bagian Kerja Sama" beside
    the name's own "dan")."""
    if len(names) > 1 and any("," in name for name in names):
        last = _AND_LISTED[lang]
        if len(names) == 2:
            return f"{names[0]} {last} {names[1]}"
        return f"{'; '.join(names[:-1])}; {last} {names[-1]}"
    return labels.join_words(names, lang, _AND[lang])


def _stood_in(
    act: Any, agency: str | None, lang: str, refs: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """``refs`` of an action the cooperation unit takes for a sector with no agency yet
    (:func:`unit_stands_in`), each naming that sector where it names no item: the agency's
    name said the sector, the unit's does not ("Biro Kerja Sama: Sampaikan hasil … dari
    program sektor yang semua programnya sudah selesai … (IMP-012: sektor kesehatan)")."""
    if not unit_stands_in(act, agency, lang):
        return refs
    sector = appointed_sector(agency or "", lang) or ""
    return [(rule, items or sector) for rule, items in refs]


def mou_lapsed(a: Assessment) -> bool:
    """Whether the MoU's term has lapsed before the date judged (the notice ``mou_expired``):
    the plan then opens with the evaluation for the head of region's decision."""
    return any(code == "mou_expired" for code, _ in _notice_fields(a, "action"))


def holds_after_expiry(a: Assessment, act: Any) -> bool:
    """Whether an action holds whatever the head of region decides beside a lapsed or
    ending MoU: the pack's ``after_expiry``, except, beside a lapsed MoU, what is settled
    with the partner while nothing runs, and the oversight of the activities' people and
    goods (:data:`WHILE_RUNNING`) where none of its checks concerns a programme running
    after the last day (:func:`oversees_running`): there is nothing to oversee now, and it
    waits with the rest for a new MoU (held-out 32: nothing ran and the memo ordered
    "pengawasan kegiatan yang masih berjalan … dilakukan sekarang"; held-out 33: a stalled
    sector's oversight ordered now because another sector's programme ran)."""
    if not getattr(act, "after_expiry", False):
        return False
    # nothing runs under the lapsed MoU: what is settled with the partner (a sector left
    # out of a new MoU or given a programme) shapes that new MoU, and waits for the head of
    # region's decision with the rest (trial 30 W2: "sepakati dengan mitra … apakah sektor
    # ini dikeluarkan dari MoU baru" ordered now, before the Bupati decided on a new MoU;
    # the README: no new commitment with the partner until the head decides)
    if getattr(act, "counterpart", None) == PARTNER and _oversight_idle(a):
        return False
    rules = getattr(act, "rules", ())  # read once, not once per check of the assessment
    concerned = [c for c in a.checks if c.rule_id in rules]
    if not concerned or any(c.domain not in WHILE_RUNNING for c in concerned):
        return True
    return not mou_lapsed(a) or any(oversees_running(a, c) for c in concerned)


def awaiting_approval(a: Assessment) -> frozenset[str]:
    """The risks whose plan action comes before any implementation (the pack's
    ``holds_implementation``: REG-023 and REG-011, a signed MoU the central government has
    not approved, reported to Kemendagri for that approval; REG-020 and REG-010, one the DPRD
    has not approved, put before it: :func:`awaited_words` names which), on a signed MoU in
    force with no blocker and no decision on going on pending (those plans hold the follow-up
    themselves); empty otherwise. While one stands, the Saran opens with it and the plan holds what
    starts implementation (:func:`waits_for_approval`; practitioner trial 32 W1: "dapat
    dilanjutkan dengan pembenahan" beside opening activities and a working group with the
    partner, the report to Kemendagri listed after thirteen "segera" items)."""
    stage = a.proposal.stage
    if stage is None or not stage_reached(stage, "mou_signed") or not approvals_hold(a):
        return frozenset()
    # an approval recorded, if late, is awaited no more (practitioner trial 32 W2): each
    # marked recommendation's case is an approval not issued (its step not done), so the
    # action is in the plan only while it is awaited; the DPRD's approval as the central
    # government's (attack 380 H5: "dapat dilanjutkan ke penyusunan PKS" beside an MoU the
    # DPRD had not approved, while one without the central approval held implementation)
    # a case may read the approval's order as well as its status (REG-023 beside Full Powers
    # issued first: one report to Kemendagri for both orders): a rule whose approvals are all
    # recorded done awaits nothing, whatever its case (wording review 56 H5: "sampai
    # persetujuan itu terbit, pelaksanaan … ditunda" beside an approval dated two months on)
    done = {entry.step for entry in a.procedure if entry.status == "done"}
    steps = _awaited_steps(a.pack.name)
    return frozenset(
        rule
        for rule in marked_risks(a, "holds_implementation")
        if not (steps.get(rule) and steps[rule] <= done)
    )


def approvals_unknown(a: Assessment) -> tuple[str, ...]:
    """The statutory approvals (:data:`APPROVAL_STEPS`, in the procedure's order) a signed
    MoU in force requires and the file gives as of unknown status, where one not given would
    hold what starts implementation (:func:`approvals_hold`), no evaluation is under way and
    the MoU does not end within months (those Saran hold the follow-up for the case the
    cooperation goes on); empty otherwise. The Saran opens by having each confirmed, and the
    plan holds what starts implementation until it is on file, as for an approval the file
    does not list at all (review 491 H1: the officer who wrote ``unknown``, as the tool's own
    hint invites, read "Kerja sama dapat dilanjutkan" where the step left out held every new
    programme)."""
    stage = a.proposal.stage
    # an evaluation, an MoU ending within months, a blocker: approvals_hold says no (the
    # decision on going on, :func:`deciding_on_going_on`, or the blocker comes first)
    if stage is None or not stage_reached(stage, "mou_signed") or not approvals_hold(a):
        return ()
    unknown = {e.step for e in steps_not_known(a)}
    return tuple(step for step in APPROVAL_STEPS if step in unknown)


def approvals_hold(a: Assessment) -> bool:
    """Whether an approval not on file may hold what starts implementation: no blocker, the
    MoU not lapsed, no decision on going on pending (those plans hold the follow-up
    themselves). :func:`awaiting_approval`'s approvals not given and the Saran's approvals of
    unknown status (``advice._to_confirm``) share it."""
    return not (blocking_rules(a) or mou_lapsed(a) or deciding_on_going_on(a))


def marked_risks(a: Assessment, flag: str) -> frozenset[str]:
    """The risks whose action in the plan is one of the pack's recommendations marked
    ``flag`` (:func:`pack_marked`: ``holds_implementation``, ``opens_decision``): the
    recommendation given for the case the file shows, not merely one the rule has."""
    marked = pack_marked(a.pack.name, flag)
    if not marked:
        return frozenset()
    risks = {c.rule_id for c in a.checks if c.status == "risk"}
    return frozenset(
        rule
        for act in a.actions
        for rule in act.rules
        if rule in risks and (rule, act.stage, act.text.en) in marked
    )


#: the statutory approvals a signed MoU may await (:func:`awaiting_approval`), in the order
#: the procedure has them, as a plan heading names them
_APPROVALS = {
    "dprd_approval": ("persetujuan DPRD", "the DPRD's approval"),
    "central_approval": ("persetujuan pemerintah pusat", "the central government's approval"),
}


#: the statutory approvals' steps, in the procedure's order
APPROVAL_STEPS = tuple(_APPROVALS)


def approval_named(step: str, lang: str) -> str:
    """A statutory approval's step as a clause names it: "persetujuan DPRD", "the central
    government's approval"."""
    return _APPROVALS[step][0 if lang == "id" else 1]


def awaited_words(
    a: Assessment,
    lang: str,
    awaited: frozenset[str] | None = None,
    unknown: Sequence[str] = (),
) -> str:
    """The approvals :func:`awaiting_approval`'s risks await, as a clause the plan and the
    Saran end "Setelah …" / "Once …" with: "persetujuan DPRD terbit", "the central
    government's approval is issued", "persetujuan DPRD dan persetujuan pemerintah pusat
    terbit". Each risk's approval is the one its marked recommendation's case reads the
    status of; the central government's where none is found (the wording before the DPRD's
    approval was awaited too). ``unknown``: approvals of unknown status awaited besides
    (:func:`approvals_unknown`), each "tercatat dalam berkas", as one the file does not list."""
    if awaited is None:
        awaited = awaiting_approval(a)
    steps = _awaited_steps(a.pack.name)
    found = {step for rule in awaited for step in steps.get(rule, ())} | set(unknown)
    found = found or {"central_approval"}
    ordered = [step for step in _APPROVALS if step in found]
    named = [approval_named(step, lang) for step in ordered]
    # an approval whose step the file does not list may exist: what is awaited is its letter
    # on file, issued before or still to come (city 490 F1: REG-011 beside an unlisted step);
    # one listed as pending is to be issued (review 491 M8: "persetujuan DPRD … tercatat
    # dalam berkas" beside a DPRD approval recorded as still pending)
    listed = {entry.step for entry in a.procedure if entry.status not in (None, "unknown")}
    on_file = [step not in listed for step in ordered]
    if len(set(on_file)) > 1:  # one of each: each said with its own verb
        verbs = {"id": ("terbit", "tercatat dalam berkas"), "en": ("is issued", "is on file")}
        side = verbs["en" if lang == "en" else "id"]
        parts = [f"{name} {side[own]}" for name, own in zip(named, on_file, strict=True)]
        return (" dan " if lang != "en" else " and ").join(parts)
    either = on_file[0] if on_file else False
    if lang == "id":
        return f"{' dan '.join(named)} {'tercatat dalam berkas' if either else 'terbit'}"
    if len(named) == 1:
        return f"{named[0]} {'is on file' if either else 'is issued'}"
    verb = "are on file" if either else "are issued"
    return f"the DPRD's and the central government's approvals {verb}"


def _awaited_steps(pack_name: str) -> dict[str, frozenset[str]]:
    """Rule id → the approvals (:data:`_APPROVALS`) whose status the cases of its
    recommendations marked ``holds_implementation`` read; found once per loaded pack."""

    def build(pack: Any) -> dict[str, frozenset[str]]:
        out: dict[str, set[str]] = {}
        for rule in pack.rules:
            for rec in rule.recommend:
                if rec.holds_implementation and rec.condition is not None:
                    read = conditions.read_paths(rec.condition)
                    steps = {s for s in _APPROVALS if f"procedure.{s}.status" in read}
                    out.setdefault(rule.id, set()).update(steps)
        return {rule: frozenset(steps) for rule, steps in out.items()}

    return _per_pack(_AWAITED_STEPS, pack_name, {}, build)


_AWAITED_STEPS: dict[str, tuple[Any, dict[str, frozenset[str]]]] = {}


def waits_for_approval(
    a: Assessment,
    act: Any,
    awaited: frozenset[str] | None = None,
    unknown: Sequence[str] | None = None,
) -> bool:
    """Whether an action starts implementation and so waits for the approval (the DPRD's,
    the central government's) a signed MoU lacks (:func:`awaiting_approval`), as beside a
    lapsed MoU (:func:`holds_after_expiry`): what is done with the partner, the implementation's own
    steps (opening activities, a PKS), and the oversight of the people and goods the
    activities move (:data:`WHILE_RUNNING`) while no programme runs yet — there is nothing
    to oversee before the approval. Oversight of a programme already running holds now.
    ``awaited``: :func:`awaiting_approval` of ``a`` where the caller has it, so a plan's
    actions do not find it again one by one; ``unknown``: :func:`approvals_unknown` of ``a``
    likewise, approvals of unknown status that hold implementation as well."""
    if awaited is None:
        awaited = awaiting_approval(a)
    if unknown is None:
        unknown = approvals_unknown(a)
    if not (awaited or unknown) or awaited.intersection(getattr(act, "rules", ())):
        return False
    if getattr(act, "counterpart", None) == PARTNER:
        return True
    concerned = [c for c in a.checks if c.rule_id in getattr(act, "rules", ())]
    if act.stage == "implementation" and any(c.domain == "implementation" for c in concerned):
        return True
    if concerned and all(c.domain in WHILE_RUNNING for c in concerned):
        return not _programmes_running(a)
    return False


def _programmes_running(a: Assessment) -> bool:
    """Whether the file records a programme as running (status ongoing)."""
    statuses = getattr(a.proposal, "program_statuses", None) or ()
    return any(status == "ongoing" for sector in statuses for status in sector or ())


def oversees_running(a: Assessment, check: Any) -> bool:
    """Whether a check about the activities' people and goods (:data:`WHILE_RUNNING`)
    concerns a programme the file records as running after a lapsed MoU's last day (the
    notice's ``running``, each with its place): one its evidence or items name, or one in a
    sector they name; a check naming no sector or programme concerns them all. Its oversight
    is then done now, whatever the head of region decides; otherwise it waits with the rest
    for a new MoU (held-out 33: the oversight of a fisheries training stalled two years was
    ordered "dilakukan sekarang" because a welders' apprenticeship in another sector still
    ran)."""
    if _oversight_idle(a):
        return False
    # a programme that ran past the last day and has finished or stalled since is in the
    # evaluation's record, not under way (trial 360 M4: a tuna forum held a year after the
    # end, done since, had the fisheries sector's trafficking and fishing oversight ordered
    # "dilakukan sekarang, apa pun keputusannya" while nothing ran)
    running = [
        p
        for n in a.notices
        if n.code == "mou_expired"
        for p in n.running or ()
        if p.status not in _ENDED
    ]
    if not running:
        return False
    places: set[tuple[int, int]] = set()
    for program in running:
        found = _PLACE.fullmatch(program.at or "")
        if found is None or found.group(2) is None:
            return True  # a document made before programmes carried their place
        places.add((int(found.group(1)), int(found.group(2))))
    sectors: set[int] = set()
    programs: set[tuple[int, int]] = set()
    for path in [*(e.path for e in check.evidence), *check.items]:
        found = _PLACE.match(path)
        if found is None:
            continue
        i, j = found.groups()
        if j is None:
            sectors.add(int(i))
        else:
            programs.add((int(i), int(j)))
    if not sectors and not programs:
        return True
    return bool(programs & places) or any(i in sectors for i, _ in places)


#: the statuses of a programme that ran past a lapsed MoU's last day and is no longer under way
_ENDED = frozenset({"done", "stalled", "cancelled"})

#: a sector's or a programme's place at the head of an evidence path or an item
_PLACE = re.compile(r"sectors\[(\d+)\](?:\.programs\[(\d+)\])?")


def lapsed_notice_in_saran(a: Assessment) -> bool:
    """Whether the Saran's first item says the whole of the lapsed-MoU notice, so the first
    screen leaves the notice out and the plan points to the Saran: a lapsed MoU judged on a
    date already come, with its last day, under which no programme is recorded as running
    (trial 30 U2, words30 #2: page 1 said the end and the evaluation four times). Where
    programmes still run, the notice says what happens to them (stopped where no participant
    is harmed), which the Saran leaves to their agencies, and it stays."""
    return _oversight_idle(a) and not _judged_ahead(a) and notice_date(a, "mou_expired") is not None


def _oversight_idle(a: Assessment) -> bool:
    """A lapsed MoU under which no programme is recorded as running after its last day."""
    return mou_lapsed(a) and not any(n.running for n in a.notices if n.code == "mou_expired")


def idle_after_expiry(a: Assessment) -> bool:
    """A lapsed MoU under which no programme is recorded as running after its last day: what
    is settled with the partner, and the questions whose answers only shape a new MoU, wait
    for the head of region's decision (:func:`holds_after_expiry`; trial 30 W2, M1)."""
    return _oversight_idle(a)


class Kept(frozenset):  # type: ignore[type-arg]
    """The actions a plan keeps under the evaluation while the head of region decides
    whether the cooperation goes on (:func:`kept_after_expiry`), how it heads them (``heading``,
    by language: the evaluation's group) and how it heads the others (``held``, a message
    taking the stage)."""

    held = "plan.if_renewed"
    heading: Callable[[str], str] = staticmethod(lambda lang: message("plan.lapsed", lang))
    #: the actions kept read under their own stage (a signed MoU awaiting central approval:
    #: only what starts implementation is held)
    own_stage = False
    #: by language, the other values ``held`` takes (the approvals awaited)
    values: Mapping[str, Mapping[str, str]] = {}


def kept_after_expiry(a: Assessment) -> Kept | None:
    """Beside a lapsed MoU, or while the head of region decides whether to go on
    (:func:`deciding_on_going_on`: an evaluation, an MoU ending within months), what the
    plan keeps under the evaluation: the actions that hold after the term, by what they ask
    (stage, owner, counterpart, English text: how the assessment merges recommendations into
    actions); None otherwise. The others are held "Bila kerja sama dilanjutkan dengan MoU
    baru" beside a lapsed MoU, "Bila kerja sama dilanjutkan" otherwise."""
    lapsed = mou_lapsed(a)
    if not lapsed and not deciding_on_going_on(a):
        awaited = awaiting_approval(a)
        unknown = approvals_unknown(a)
        if not awaited and not unknown:
            return None
        waiting = Kept(
            _asks(act) for act in a.actions if not waits_for_approval(a, act, awaited, unknown)
        )
        waiting.held = "plan.after_approval"
        waiting.values = {
            lang: {"approval": awaited_words(a, lang, awaited, unknown)} for lang in ("id", "en")
        }
        waiting.own_stage = True
        return waiting
    kept = Kept(_asks(act) for act in a.actions if holds_after_expiry(a, act))
    if lapsed and _judged_ahead(a):
        kept.heading = partial(_lapsed_heading, a)
    if not lapsed:
        kept.held = "plan.if_continued"
        kept.heading = partial(_deciding_heading, a)
    return kept


def _asks(rec: Any) -> tuple[str, str, str, str]:
    """A recommendation or action by what it asks, as the assessment merges them."""
    text = rec.text
    en = text.get("en") if isinstance(text, Mapping) else getattr(text, "en", "")
    return (rec.stage, rec.owner, rec.counterpart or "", str(en or ""))


def recommendation_stage(
    rec: Any,
    lang: str,
    kept: frozenset[tuple[str, str, str, str]] | None,
    domain: str | None = None,
) -> str:
    """A check's recommendation's stage as the plan heads it: beside a lapsed MoU (``kept``
    from :func:`kept_after_expiry`), one the plan holds for a new MoU reads "Bila kerja sama
    dilanjutkan dengan MoU baru — Perencanaan" (words18 A8: the CSV and the risk details
    gave it as an order for today, on a partnership whose MoU ended three years before).
    Given the check's ``domain`` (the risk details and the CSV alike), one the plan keeps
    reads as the plan's group heads it: the evaluation's ("Evaluasi dan keputusan …"), or
    for the oversight of running activities (:data:`WHILE_RUNNING`) "Selama kegiatan kerja
    sama masih berjalan, …" (trial22 #12: "Perencanaan ·" beside a plan listing the action
    under "Evaluasi …"; trial 26 M2: the CSV, given no domain, still said "Perencanaan" for
    the BNN notice on activities running now); without it, its stage."""
    stage = label("stage", rec.stage, lang)
    if kept is None:
        return stage
    if _asks(rec) in kept:
        if domain is None or getattr(kept, "own_stage", False):
            return stage
        if domain in WHILE_RUNNING:
            return message("plan.while_running", lang)
        heading: Callable[[str], str] = getattr(kept, "heading", Kept.heading)
        return heading(lang)
    values = getattr(kept, "values", {}).get(lang, {})
    return message(getattr(kept, "held", "plan.if_renewed"), lang, stage=stage, **values)


def notice_actions(a: Assessment) -> list[tuple[object, object]]:
    """Each notice's code and the action it asks of the region (None for most)."""
    return _notice_fields(a, "action")


def notice_date(a: Assessment, code: str) -> dt.date | None:
    """The date the first notice ``code`` is about (the MoU's last day for ``mou_expired``
    and ``mou_expiring``); None when there is no such notice or it gives no date (a
    document made before notices carried one)."""
    for found, day in _notice_fields(a, "date"):
        if found != code or day is None:
            continue
        if isinstance(day, str):
            try:
                return dt.date.fromisoformat(day)
            except ValueError:
                return None
        return day if isinstance(day, dt.date) else None
    return None


def _notice_fields(a: Assessment, name: str) -> list[tuple[object, object]]:
    """Each notice's code and its field ``name`` (a model's, or a document's key)."""
    out = []
    for notice in getattr(a, "notices", None) or []:
        get = notice.get if _is_mapping(notice) else partial(getattr, notice)
        out.append((get("code", None), get(name, None)))
    return out


def evaluated_on(a: Assessment) -> dt.date | None:
    """The date of the evaluation report the file records, when the decision on the MoU can
    rest on it (:func:`paracheck.rules.model.evaluation_on_record`, by the stage and the end
    of the MoU's term the notices give): the Saran then asks for it to be submitted, not
    prepared."""
    entry = next((e for e in a.procedure if e.step == "reporting"), None)
    if entry is None:
        return None
    ends = notice_date(a, "mou_expired") or notice_date(a, "mou_expiring")
    return evaluation_on_record(entry.status, entry.date, a.as_of, ends, a.proposal.stage)


def deciding_on_going_on(a: Assessment) -> bool:
    """Whether the head of region is to decide whether the cooperation goes on, its MoU still
    in force: at stage ``evaluation`` (the evaluation is for that decision), or with the
    term ending within months (the notice ``mou_expiring``), no blocker standing (a blocker's
    own actions come first then). The plan then holds the follow-up for the case the
    cooperation goes on (words20 A4: "tahap sudah dilalui, segera ditindaklanjuti" asked for
    RKPD priority and a medium-term funding frame before the decision the evaluation is for;
    newcomer trial 19 #6: two months before the end the plan still amended the MoU)."""
    if blocking_rules(a) or mou_lapsed(a):
        return False
    if a.proposal.stage == "evaluation":
        return True
    if any(code == "mou_expiring" for code, _ in _notice_fields(a, "action")):
        return True
    # a risk whose action prepares that decision (the pack's ``opens_decision``: IMP-013, a
    # partnership quiet for more than a year; trial 400 H2)
    return bool(marked_risks(a, "opens_decision"))


def _deciding_plan(
    a: Assessment,
    lang: str,
    kept: list[dict[str, object]],
    held: dict[str, list[dict[str, object]]],
    running: Sequence[dict[str, object]] = (),
) -> list[tuple[str, list[dict[str, object]]]]:
    """The plan while the head of region decides whether to go on
    (:func:`deciding_on_going_on`): first the evaluation the notice on an ending term asks
    for, if any, and what holds whatever is decided (the actions that hold after a term too:
    the report owed, the data to complete), headed with the MoU's last day when it ends
    within months; then every other action under "Bila kerja sama dilanjutkan", by its
    stage, the stages passed under one heading as :func:`action_plan` names them. The MoU
    is in force, so no new procedure; "segera" gives way to the heading's condition."""
    # the Saran opens with this decision whenever this plan is drawn (a signed MoU, no
    # blocker), and the first screen leaves the notice out for it: the line points there
    first = _notice_first(a, "mou_expiring", lang, "plan.expiring_ref") + kept
    out = [(_deciding_heading(a, lang), first)] if first else []
    out += _while_running(running, lang)
    continued = partial(message, "plan.if_continued", lang)
    return out + _by_stage(
        lang,
        held,
        stages_passed(a),
        lambda names, _: continued(stage=names),
        lambda name: continued(stage=name),
    )


def _deciding_heading(a: Assessment, lang: str) -> str:
    """The heading of the evaluation's group while the head of region decides whether to go
    on: with the MoU's last day when it ends within months."""
    day = notice_date(a, "mou_expiring")
    if day is not None:
        return message("plan.expiring.on", lang, day=formatting.date(day, lang))
    if any(code == "mou_expiring" for code, _ in _notice_fields(a, "action")):
        return message("plan.expiring", lang)
    return message("plan.deciding", lang)


#: the domains whose advice oversees the people and goods the cooperation's activities move:
#: beside a lapsed or ending MoU, or at an evaluation, the plan lists their actions that hold
#: whatever is decided (the pack's ``after_expiry``) under a heading of their own, not under
#: the evaluation (newcomer trial 21 #1, #2: the trafficking checks of a worker placement
#: running now were held "Bila kerja sama dilanjutkan")
WHILE_RUNNING = frozenset({"transnational_crime"})

#: the glossary's name for the foreign partner, as an action's counterpart
PARTNER = "mitra"


def _while_running(
    running: Sequence[dict[str, object]], lang: str
) -> list[tuple[str, list[dict[str, object]]]]:
    """The plan's group of the oversight that holds while the activities go on, whatever the
    head of region decides (:data:`WHILE_RUNNING`); none when there is none."""
    return [(message("plan.while_running", lang), list(running))] if running else []


def _notice_first(
    a: Assessment, code: str, lang: str, ref: str = "plan.lapsed_ref"
) -> list[dict[str, object]]:
    """The plan line of the action the notice ``code`` asks of the region (the evaluation
    beside a lapsed or ending MoU), none when it has no such notice or the notice no action
    (a document made before notices carried one); ``ref``: the message pointing to where
    the memo says the whole of it."""
    first: list[dict[str, object]] = []
    for found, action in _notice_fields(a, "action"):
        if found != code or action is None:
            continue
        get = action.get if _is_mapping(action) else partial(getattr, action)
        text = get("text")
        shown = text.get(lang) if text is not None else ""
        first.append(
            {
                "who": who(action, lang),
                "text": shown if isinstance(shown, str) else str(shown or ""),
                "rules": [],
                "refs": [],
                "note": message(ref, lang),
                "severity": "",
            }
        )
    return first


def _judged_ahead(a: Assessment) -> bool:
    """Whether the file is judged on a date still to come (the notice ``future_date``)."""
    return any(code == "future_date" for code, _ in _notice_fields(a, "code"))


def _lapsed_heading(a: Assessment, lang: str) -> str:
    """The heading of a lapsed MoU's evaluation group: "… MoU yang telah berakhir", or, judged
    on a date still to come, the end as of that date, as the notice and the verdict line say
    it (fix28's leftover of trial22 #11: the plan still read "telah berakhir" of an end to
    come)."""
    return message("plan.lapsed" + (".ahead" if _judged_ahead(a) else ""), lang)


def _lapsed_plan(
    a: Assessment,
    lang: str,
    kept: list[dict[str, object]],
    held: dict[str, list[dict[str, object]]],
    running: Sequence[dict[str, object]] = (),
) -> list[tuple[str, list[dict[str, object]]]]:
    """The plan beside a lapsed MoU (trial 16 #1: it told the city to reschedule programmes
    with the partner and convene the joint committee, while the notice said nothing done
    since the expiry rests on an MoU): first the evaluation for the head of region's
    decision, with the actions that hold without an MoU in force (the report owed for the
    term, a review that decides whether to go on); then every other action under "Bila kerja
    sama dilanjutkan dengan MoU baru", by its stage — a new MoU goes through the procedure
    again, so no stage is headed as passed."""
    ref = "plan.expiring_ref" if lapsed_notice_in_saran(a) else "plan.lapsed_ref"
    first = _notice_first(a, "mou_expired", lang, ref) + kept
    out = [(_lapsed_heading(a, lang), first)] if first else []
    out += _while_running(running, lang)
    stages = plan_stage_order(held, frozenset())  # a new MoU: no stage is passed
    out += [
        (message("plan.if_renewed", lang, stage=label("stage", s, lang)), held[s]) for s in stages
    ]
    return out


_AND = {"id": "dan", "en": "and"}
_THE = {"id": "", "en": "the "}


def step_documents(a: Assessment, lang: str) -> list[tuple[int, str, str]]:
    """The documents the file names for its procedure steps, as the table numbers the rows:
    (row, the step's label, the document as the file gives it), in the table's order; empty
    where no step names one (trial 400 H3: the letters that extended an MoU, written on the
    signing step as the README says, were shown in no report)."""
    return [
        (i, label("step", entry.step, lang), entry.document)
        for i, entry in enumerate(a.procedure, 1)
        if getattr(entry, "document", None)
    ]


def procedure_basis(a: Assessment, lang: str) -> str | None:
    """The note under the procedure table: the instrument its steps and their order rest on,
    with that source's confidence (the pack's ``procedure_basis``). Where the steps up to the
    signing are judged by the rules of an earlier pack (notice ``signed_under_earlier_regime``,
    the signing within that pack's term), both are named, each for its steps, with the steps
    after the signing that are the earlier regime's own (the deposit of the original with
    Kemlu: a step of this pack only up to that regime's last day). None for a pack that names
    no basis (attack 400 H2: the 2008 steps, known from practice pages at medium confidence,
    read as the regulation's own "Wajib: ya"). The laws behind some steps are the findings'
    to cite, each with its confidence (wording review 57 M1, M2: a sentence naming the steps
    "undang-undang" requires left out some and named no law)."""
    pack = _pack_named(a.pack.name)
    basis = getattr(pack, "procedure_basis", None)
    if basis is None:
        return None
    said = basis.en if lang == "en" else basis.id
    if not pack.supersedes or not any(n.code == EARLIER_SIGNING for n in a.notices):
        return message("procedure.basis", lang, basis=said)
    earlier = _pack_named(pack.supersedes)
    at = next(
        (i for i, e in enumerate(a.procedure) if e.step == "signing" and e.status == "done"), None
    )
    signed = a.procedure[at].date if at is not None else None
    within = (
        earlier is not None
        and signed is not None
        and (earlier.effective_from is None or earlier.effective_from <= signed)
    )
    earlier_basis = getattr(earlier, "procedure_basis", None) if within else None
    if earlier_basis is None:
        return message("procedure.basis", lang, basis=said)
    earlier_said = earlier_basis.en if lang == "en" else earlier_basis.id
    ended = {spec.step for spec in pack.procedure if spec.effective_until is not None}
    after = [
        _lower_first(label("step", e.step, lang))
        for e in a.procedure[(at or 0) + 1 :]
        if e.step in ended and e.required
    ]
    if not after:
        return message("procedure.basis_split", lang, basis=said, earlier=earlier_said)
    steps = labels.join_words(after, lang, _AND[lang])
    return message(
        "procedure.basis_split_with", lang, basis=said, earlier=earlier_said, steps=steps
    )


def _lower_first(name: str) -> str:
    """A label inside a sentence: "Rencana kerja sama" → "rencana kerja sama", an acronym
    kept ("DPRD approval", "LoI"), and a term whose words are all capitalised ("Surat Kuasa
    dari Menteri Luar Negeri": the tool writes it so everywhere else; words19fix left
    "sesudah surat Kuasa" in a step list)."""
    words = name.split()
    if len(words) > 1 and words[0][:1].isupper() and words[1][:2].istitle():
        return name  # "Surat Kuasa …", not "Persetujuan DPRD" (an acronym after a word)
    if len(name) > 1 and name[1].islower():
        return name[:1].lower() + name[1:]
    return name


def step_status(a: Assessment, entry: ProcedureEntry, lang: str) -> str:
    """A step's status as the procedure table says it: the file's status; for a step the
    file does not list, "Belum waktunya" where the pack does not require it yet and the
    checklist says the same of the step's own check (REG-014 of the plan, REG-010 of the
    DPRD …, or the step has none), else "Tidak dicantumkan". The table read "Tidak
    dicantumkan" for every later step of a proposal at the LoI stage, as if the file had left
    them out (newcomer trial 20, finding 14); a step whose check is open now (the initiative
    of a file listing no step: REG-018 "perlu dipastikan") or due (a lapse) still says so."""
    if entry.status in ("pending", None) and periodic_kept(a, entry):
        # "Belum dilakukan" beside the checklist's "reported regularly" (review 300, 4), and
        # "Belum waktunya" for the step the file does not list while its periodic reports
        # are made (review 340 H5: a partnership running since 2022)
        return message("status.periodic_kept", lang)
    if entry.status == "done" and not entry.required and _periodic_from(a, entry) is not None:
        # "Selesai" of a running partnership's reports read as reporting being over (review
        # 310, 8): the regular ones are made, the last one is not due yet
        return message("status.periodic_kept", lang)
    if entry.status is not None or entry.required:
        return label("stepstatus", entry.status, lang)
    if _not_yet_required(a, entry) is not None or _law_before(a, entry) is not None:
        # not owed by the law of the signing's date (the "Wajib" column says why): nothing
        # is "later" for an MoU signed in 2019 and judged in 2026 (wording review 26 B10:
        # "Verifikasi … | tidak (belum diwajibkan saat penandatanganan) | Belum waktunya")
        return label("stepstatus", entry.status, lang)
    if entry is implementing_next(a):
        # "Belum waktunya" invited the first programme without one (newcomer trial 23, U3)
        return message("status.next_not_listed", lang)
    own = _pack_step_rules(a.pack.name).get(entry.step, ())
    if any(c.due for c in a.checks if c.rule_id in own):
        return label("stepstatus", entry.status, lang)
    if entry.issue is not None:
        # a row that names a problem (the assessment's ``noted_by`` note: GOV-003's periodic
        # reports, owed while the final report is not yet due) is not "Belum waktunya" beside
        # it; which rules found a risk is the assessment's to say, not worked out here again
        return label("stepstatus", entry.status, lang)
    return message("status.not_due", lang)


def implementing_next(a: Assessment) -> ProcedureEntry | None:
    """The implementing agreement (PKS) of a signed MoU not yet carried out, when the file
    does not record it as done (pending, under way, of unknown status, or not listed): at
    ``mou_signed``, between the signing and the first programme, it is the step to prepare
    (REGULATION.md, PP 28/2018 practice step 10: implementation through PKS and action
    plans), though no check requires it before the partnership runs; None at another stage,
    while a blocker stands, or once it is done or not needed. A file that did not list it
    had no next step in its Saran and "Belum waktunya" in its table (newcomer trial 23, U3).
    A PKS the file does not list as pending or under way is not the step ahead while other
    required steps are of unknown status (:func:`steps_not_known`): the Saran then has them
    confirmed first, and a new assessment should one never have been taken, so the MoU the
    PKS would carry out is not yet known to stand (the NTB example's six unknown steps: its
    memo says that already, and naming a PKS there pushed it to a third page)."""
    if a.proposal.stage != "mou_signed" or a.verdict == "blocked":
        return None
    entry = next((e for e in a.procedure if e.step == "implementing_agreement"), None)
    if entry is None or entry.status in ("done", "not_applicable"):
        return None
    if entry.status not in ("pending", "in_progress") and any(
        e.step != entry.step for e in steps_not_known(a)
    ):
        return None
    return entry


def _pack_step_rules(pack_name: str) -> dict[str, tuple[str, ...]]:
    """Step → the rules of the pack about that step: those whose condition holds the part
    ``procedure.<step>.status not_in [done, …]`` and that may be not due (the engine's
    ``_settled``); made once per loaded pack (empty for one that cannot be loaded by name)."""
    pack = _pack_named(pack_name)
    if pack is None:
        return {}
    held = _PACK_STEP_RULES.get(pack_name)
    if held is None or held[0] is not pack:  # a pack file read again is another pack
        if len(_PACK_STEP_RULES) >= _TABLE_MAX:  # user packs by path: a bounded table
            _PACK_STEP_RULES.clear()
        found: dict[str, list[str]] = {}
        for rule in pack.rules:
            if rule.due_from is None and rule.due_when is None:
                continue
            cond = rule.condition
            parts = cond.parts if isinstance(cond, conditions.All) else (cond,)
            steps = [
                p.path.split(".")[1]
                for p in parts
                if isinstance(p, conditions.Member)
                and p.negated
                and p.path.startswith("procedure.")
                and p.path.endswith(".status")
            ]
            if len(steps) == 1:
                found.setdefault(steps[0], []).append(rule.id)
        held = _PACK_STEP_RULES[pack_name] = (pack, {k: tuple(v) for k, v in found.items()})
    return held[1]


_PACK_STEP_RULES: dict[str, tuple[Any, dict[str, tuple[str, ...]]]] = {}


def step_name(step: str, lang: str) -> str:
    """A procedure step by its table label inside a sentence: "prakarsa", "the initiative"."""
    return _THE[lang] + _lower_first(label("step", step, lang))


def step_phrase(step: str, lang: str) -> str:
    """A procedure step as the Saran names the step a proposal goes on to, or one under way
    before it: a stage of the work ("penyusunan rencana kerja sama", "permohonan Surat Kuasa
    kepada Menteri Luar Negeri"), not the document it yields (words19 B5); a step the table
    does not phrase (a user pack's) by its label, lower-cased inside the sentence."""
    said = MESSAGES.get(f"step_next.{step}")
    if said is not None:
        return message(f"step_next.{step}", lang)
    return step_name(step, lang)


def no_questions_note(deferred: int, lang: str, a: Assessment | None = None) -> str:
    """What the memo's questions section says when it lists none: "Tidak ada.", or, while a
    blocker holds every question back, that none needs an answer now and how many wait, in
    one sentence (words19 B12: "Tidak ada." then "Sebanyak sembilan pertanyaan lain
    ditunda …"); beside a blocker the region cannot remove (``a``'s), that none needs one at
    all (wording 452 M9)."""
    if deferred:
        key = "questions.deferred.all" + _incurable_suffix(a)
        return message(key, lang, n=deferred)
    return message("none", lang)


def deferred_questions_note(
    shown: int, deferred: int, lang: str, a: Assessment | None = None
) -> str | None:
    """The note under the memo's questions on those a blocker holds back, where it lists
    some (:func:`no_questions_note` says it where it lists none), as it says them."""
    if not deferred or not shown:
        return None
    return message("questions.deferred" + _incurable_suffix(a), lang, n=deferred)


def _incurable_suffix(a: Assessment | None) -> str:
    return ".incurable" if a is not None and incurable_blockers(a) else ""


def memo_questions(
    a: Assessment, lang: str, groups: list[dict[str, object]] | None = None
) -> tuple[list[dict[str, object]], int]:
    """The questions the memo asks, and how many it leaves for later: all of them, or, while
    a blocker stands, only those that settle a blocker check — the ones whose answers bear on
    whether the proposal can go ahead at all. A blocked proposal told to stop its exploration
    was asked 21 questions about APBD, electricity and language staff (wording review 18 B5),
    as its plan had been before it was cut to the blocker's own actions (:func:`planned_actions`).
    The annex keeps every question, by the checks it settles."""
    every = question_groups(a, lang) if groups is None else groups
    if not blocking_rules(a):
        return every, 0
    shown = [q for q in every if q["rank"] == SEVERITY_RANK["blocker"]]
    return shown, len(every) - len(shown)


def settled_checks(checks: Sequence[object], lang: str) -> str:
    """The checks a memo's question settles, as its line names them after "Terkait:": all of
    them up to :data:`SETTLED_SHOWN_MAX`, or the first :data:`SETTLED_SHOWN` and how many more
    (held-out 67: on a bare proposal "Di bidang apa saja kerja sama ini akan dilaksanakan?"
    named 34 rule codes on the first screen). Every check is listed under its question in the
    section of checks not yet decidable (:func:`unknowns_by_question`)."""
    codes = [str(c) for c in checks]
    if len(codes) <= SETTLED_SHOWN_MAX:
        return ", ".join(codes)
    return message(
        "settles.more",
        lang,
        shown=", ".join(codes[:SETTLED_SHOWN]),
        more=len(codes) - SETTLED_SHOWN,
    )


#: a question line names every check it settles up to this many (:func:`settled_checks`) …
SETTLED_SHOWN_MAX = 8
#: … and beyond it this many, then how many more
SETTLED_SHOWN = 6


def question_groups(a: Assessment, lang: str) -> list[dict[str, object]]:
    """Questions with the same wording merged (one per programme would repeat itself), most
    severe first, each naming the items it concerns and the checks its answer settles."""
    severity = {c.rule_id: SEVERITY_RANK[c.severity] for c in a.checks}
    names = _names_of(a)
    shared = _shared_program_names(names)
    later = _steps_not_yet_due(a, lang)
    merged: dict[str, dict[str, object]] = {}
    paths: dict[str, str] = {}  # question text → the first path asking it
    for q in a.questions:
        text = q.text.get(lang)
        entry = merged.get(text)
        if entry is None:  # the first question with these words
            paths[text] = q.path
            step = _STEP_FACT.match(q.path)
            entry = merged[text] = {
                "text": text,
                "where": [],
                "checks": [],
                "rank": 9,
                "later": later.get(step.group(1), "") if step else "",
            }
        spot = _place_of(q.path, names, lang, shared)
        if spot and spot not in entry["where"]:  # type: ignore[operator]
            entry["where"].append(spot)  # type: ignore[union-attr]
        for rule in q.checks:
            if rule not in entry["checks"]:  # type: ignore[operator]
                entry["checks"].append(rule)  # type: ignore[union-attr]
            entry["rank"] = min(entry["rank"], severity.get(rule, 9))  # type: ignore[type-var]
    out = list(merged.values())
    _add_waiting(a, out)
    # what can be answered now first; a step not due yet at the proposal's stage is asked
    # last, naming the stage where it belongs
    # the partner's kind decides which other questions apply (equal level, "kedua daerah"):
    # asked first; and a step's status before its date (newcomer trial 13 was asked when the
    # DPRD approved before whether it had)
    out.sort(
        key=lambda e: (  # type: ignore[arg-type,return-value]
            bool(e["later"]),
            paths[e["text"]] != "partner.kind",  # type: ignore[index]
            e["rank"],
        )
    )
    out = _steps_in_order(a, out, paths)
    out = _status_before_date(out, paths)
    for e in out:
        spots: list[str] = e["where"]  # type: ignore[assignment]
        e["where"] = places_text(spots, len(spots), lang)
    return out


_STEP_FACT = re.compile(r"^procedure\.([a-z_]+)\.(?:date|status|document)$")


def _steps_in_order(
    a: Assessment, groups: list[dict[str, object]], paths: Mapping[str, str]
) -> list[dict[str, object]]:
    """The questions on procedure steps, among those asked at the same point (the same rank,
    asked now or later alike), in the order the procedure has the steps; the other questions
    keep their places (Kemendagri trial 500 L4: the central government's approval was asked
    before the DPRD's, which comes first)."""
    order = {entry.step: i for i, entry in enumerate(a.procedure)}

    def step_of(group: dict[str, object]) -> int | None:
        found = _STEP_FACT.match(paths[group["text"]])  # type: ignore[index]
        return order.get(found.group(1)) if found else None

    slots = [i for i, group in enumerate(groups) if step_of(group) is not None]
    if len(slots) < 2:
        return groups
    ordered = sorted(
        (groups[i] for i in slots),
        key=lambda g: (
            bool(g["later"]),
            paths[g["text"]] != "partner.kind",  # type: ignore[index]
            g["rank"],
            step_of(g),
        ),
    )
    out = list(groups)
    for i, group in zip(slots, ordered, strict=True):
        out[i] = group
    return out


def _add_waiting(a: Assessment, groups: list[dict[str, object]]) -> None:
    """Name each check waiting for an answer (:func:`shown` ``waiting``) beside the question
    that gives it, the question of the rule its ``waits_on`` names (``waiting``): the answer
    decides whether it is judged, and the memo's question on the Surat Kuasa listed REG-012
    and REG-021 but not REG-046, which waited on it (wording review 200, 9). Apart from the
    checks the question settles: a waiting check is not open, and the annex lists it under
    no question (review 220, 1). The question's rank is left as its own checks make it, and
    its "Terkait:" line does not name them: the waiting row names the question by its number
    (named on the line too, two questions took a line more each and pushed NTB's Saran off
    its memo's second page)."""
    for check in a.checks:
        if shown(check) != "waiting":
            continue
        found = WAITS_ON_RULE.search(check.waits_on.en)  # type: ignore[union-attr]
        if found is None:
            continue
        for entry in groups:
            if found.group(1) in entry["checks"]:  # type: ignore[operator]
                waiting: list[str] = entry.setdefault("waiting", [])  # type: ignore[assignment]
                if check.rule_id not in waiting:
                    waiting.append(check.rule_id)
                break


def _status_before_date(
    groups: list[dict[str, object]], paths: dict[str, str]
) -> list[dict[str, object]]:
    """``groups`` with each step's status question moved just before the first question on
    that step's date or document, when it came after it."""
    out = list(groups)
    for entry in groups:
        path = paths[entry["text"]]  # type: ignore[index]
        if not (path.startswith("procedure.") and path.endswith(".status")):
            continue
        step = path[: -len("status")]
        first = next(
            (i for i, e in enumerate(out) if paths[e["text"]].startswith(step)),  # type: ignore[index]
            None,
        )
        at = out.index(entry)
        if first is not None and first < at:
            out.insert(first, out.pop(at))
    return out


def _steps_not_yet_due(a: Assessment, lang: str) -> dict[str, str]:
    """Step → ``ask_later`` text for each procedure step the proposal does not list and its
    pack does not require yet at the proposal's stage (newcomer finding, issue 12: the signing
    date was asked of a proposal at stage ``proposal``; the pack requires signing from
    ``mou_signed``, as REGULATION.md's order puts it after the DPRD and the ministries)."""
    due = _required_from(a.pack.name)
    steps = [entry.step for entry in a.procedure]
    # a step before the signing may be taken while the proposal is still a proposal, and
    # the checks its status settles (REG-017, REG-018, GOV-020) are open now: asked now. A
    # file listing no step was asked its initiative, exploration and letter of intent "later,
    # at the MoU signed stage" (newcomer trial 20, finding 12b); from the signing on, a
    # step cannot be taken before the stage that requires it
    before = steps[: steps.index("signing")] if "signing" in steps else []
    out = {}
    for entry in a.procedure:
        if entry.required or entry.status is not None or entry.step in before:
            continue
        stage = due.get(entry.step)
        out[entry.step] = (
            message("ask_later", lang, stage=labels.value_text("stage", stage, lang))
            if stage
            else message("ask_later.any", lang)
        )
    return out


def no_plan_note(a: Assessment, lang: str) -> str:
    """What the memo says under the plan's heading where the plan is empty: with no risk and
    procedure steps still ahead (:func:`next_steps`), that no finding needs follow-up and
    where the steps are, not a bare "Tidak ada." read as no way forward (web 462 M5); else
    "Tidak ada."."""
    needs = any(c.severity != "info" for c in risks(a))
    if not needs and next_steps(a, lang) and not next_steps_deferred(a):
        return message("plan.none_steps_ahead", lang)
    return message("none", lang)


def next_steps(a: Assessment, lang: str) -> list[tuple[str, list[str]]]:
    """The procedure steps still ahead of this partnership, in the regime's order, grouped
    under the stage by which they are due ("Wajib sampai MoU ditandatangani": the LoI, the
    plan, the DPRD … and the signing itself), each with its status when it has begun. A
    proposal's memo listed risks and questions but never the way forward (LoI, plan, DPRD,
    verification …), which only the annex's table showed (newcomer trial, 2026-11-30); each
    step then repeated "wajib selesai paling lambat tahap MoU ditandatangani", the signing
    too (wording review). Steps required now and not done are findings, not next steps;
    steps a partnership with this partner never owes are left out. Only before the signing:
    once the MoU is signed, what is still owed (implementing agreements, reporting) becomes
    each rule's finding when it falls due, and the annex's table shows it; the memo of a
    signed partnership keeps to its two printed pages."""
    out: list[tuple[str, list[str]]] = []
    if a.verdict == "blocked":  # see next_steps_deferred
        return out
    redo = steps_to_redo(a)
    for entry, later in _listed_steps(a, redo):
        # the status after the step's name: "(sedang berjalan)" after the stage's name read
        # as the MoU stage being under way (wording review, 2026-11-30)
        begun = entry.status in ("in_progress", "pending", "unknown")
        name = label("step", entry.step, lang)
        if owed_by_law(entry):
            text = message("next_step.by_law", lang, step=name)
        elif entry.step in redo:
            after = [step_name(step, lang) for step, _ in _in_order(a, redo[entry.step])]
            text = message(
                "next_step.redo", lang, step=name, after=labels.join_words(after, lang, _AND[lang])
            )
        elif begun:
            text = _begun(a, entry, name, lang)
        else:
            text = name
        depends = partner_condition(entry, lang)
        periodic = _periodic_from(a, entry)
        if depends:  # owed only to some kinds of partner, the kind not stated
            text = message("next_step.required_if", lang, step=text, condition=depends)
        elif periodic is not None:  # reported on regularly before the final report
            text = message(
                "next_step.periodic",
                lang,
                step=text,
                periodic=message(f"periodic.{periodic}", lang),
                due=message(f"due_short.{later}", lang),  # the heading says the stage
            )
        # a step owed regularly from a stage is listed under it, its last instance in its
        # words: "Wajib pada tahap evaluasi: Pelaporan (berkala selama kerja sama berjalan;
        # …)" read as owed only at the evaluation (review 310, 8)
        group = periodic if periodic is not None and not depends else later
        if group == "mou_signed" and entry.step == "signing":
            # the steps the file plans before the signing that the procedure in force has
            # not as steps of its own, just before it
            for asked in asked_steps(a):
                _grouped(out, message(f"due_group.{group}", lang), _asked(asked, lang))
        _grouped(out, message(f"due_group.{group}", lang), text)
    return out


def _grouped(out: list[tuple[str, list[str]]], heading: str, text: str) -> None:
    """``text`` added under ``heading``: to the last group when it has that heading."""
    if out and out[-1][0] == heading:
        out[-1][1].append(text)
    else:
        out.append((heading, [text]))


def _begun(a: Assessment, entry: ProcedureEntry, name: str, lang: str) -> str:
    """A step begun, as the next steps list it: its status, and for one under way the day it
    began where the file gives one on or before the date judged ("Persetujuan pemerintah
    pusat: sedang berjalan sejak 20 Februari 2024"; trial 370 H3: eight months of waiting
    read as any step under way)."""
    status = label("stepstatus", entry.status, lang).lower()
    day = entry.date
    if entry.status == "in_progress" and day is not None and (a.as_of is None or day <= a.as_of):
        return message(
            "next_step.begun.since", lang, step=name, status=status, day=formatting.date(day, lang)
        )
    return message("next_step.begun", lang, step=name, status=status)


def asked_steps(a: Assessment) -> list[ProcedureEntry]:
    """A proposal's steps the procedure in force has not as steps of their own (the Full
    Powers under Permendagri 25/2020: the pack's ``law_after``) that the file records as
    still to come (pending or under way), for a partner of a kind the step concerns or of a
    kind not stated: the officer's plan has them before the signing, and whether the signing
    needs them is Kemlu's to say (trial 370 M1: a Full Powers recorded pending was left out
    of the next steps). Empty once the MoU is signed, as :func:`next_steps` is."""
    if a.proposal.stage not in ("proposal", None):
        return []
    kind = getattr(a.proposal, "partner_kind", None)
    out = []
    for entry in a.procedure:
        if entry.status not in ("pending", "in_progress") or entry.required:
            continue
        if entry.due_from is not None or _law_after(a, entry) is None:
            continue
        spec = _pack_steps(a.pack.name).get(entry.step)
        if getattr(spec, "met_by", None) is not None:
            # its substance is another step's now, which the next steps list (the
            # consultation with Kemendagri, met by the central approval): not a step for Kemlu
            # to confirm (province trial 480 H-1: "Konsultasi dengan Kemendagri: belum
            # dilakukan; pastikan kepada Kemlu apakah penandatanganan memerlukannya")
            continue
        kinds = getattr(spec, "partner_kinds", None)
        if kind is not None and kinds and kind not in kinds:
            continue
        out.append(entry)
    return out


def _asked(entry: ProcedureEntry, lang: str) -> str:
    """An :func:`asked_steps` step as the next steps list it: its status, and Kemlu to be
    asked whether the signing needs it."""
    status = label("stepstatus", entry.status, lang).lower()
    return message("next_step.asked", lang, step=label("step", entry.step, lang), status=status)


def next_steps_deferred(a: Assessment) -> bool:
    """Whether the memo says the next procedure steps wait for the blockers rather than
    listing them: a Taiwan proposal, whose blocker (no diplomatic relations) closes the
    regional-government route, was shown DPRD approval, Full Powers and the signing "once the
    blocker is dealt with" (newcomer trial 12). Which steps follow depends on how a blocker
    is dealt with (a revised text, another subject, another partner), so a new assessment then
    says them."""
    return a.verdict == "blocked" and bool(_listed_steps(a))


def _in_order(a: Assessment, steps: Iterable[str]) -> list[tuple[str, int]]:
    """``steps`` without repeats, in the order the procedure table lists them."""
    order = {entry.step: i for i, entry in enumerate(a.procedure)}
    return sorted({(s, order.get(s, len(order))) for s in steps}, key=lambda p: p[1])


def owed_by_law(entry: ProcedureEntry) -> bool:
    """A step a law requires that the file records as not needed: still owed, and said so
    (:data:`~paracheck.engine.model.NOT_APPLICABLE_BY_LAW`, the engine's issue for it)."""
    return entry.status == "not_applicable" and entry.issue == NOT_APPLICABLE_BY_LAW


def settled(entry: ProcedureEntry) -> bool:
    """A step done, or recorded as not needed where no law requires it."""
    return entry.status == "done" or (entry.status == "not_applicable" and not owed_by_law(entry))


def _listed_steps(
    a: Assessment, redo: Mapping[str, list[str]] | None = None
) -> list[tuple[ProcedureEntry, str]]:
    """The steps :func:`next_steps` lists, with the stage each falls due: those not done,
    and those done too early that a finding sends back (``redo``, :func:`steps_to_redo`)."""
    if a.proposal.stage not in ("proposal", None):
        return []
    redo = steps_to_redo(a) if redo is None else redo
    out = []
    for entry in a.procedure:
        if entry.required or (entry.status == "not_applicable" and not owed_by_law(entry)):
            continue
        if entry.status == "done" and entry.step not in redo:
            continue
        later = _later_stage(a, entry)
        if later is not None:
            out.append((entry, later))
    return out


def due_text(stage: str, lang: str) -> str:
    """When a step falls due, as a phrase: ``sebelum MoU ditandatangani``, ``saat kerja sama
    berjalan``; a stage the messages do not know by its label."""
    try:
        return message(f"due.{stage}", lang)
    except KeyError:
        return labels.value_text("stage", stage, lang)


def step_required(a: Assessment, entry: ProcedureEntry, lang: str, *, short: bool = False) -> str:
    """Whether a procedure step is required, as the report's table says it: ``ya`` when the
    proposal's stage requires it, ``ya, sebelum MoU ditandatangani`` / ``ya, saat kerja sama
    berjalan`` when a later stage will, ``tidak`` when the regime never requires it (or not
    under the instrument in force on its date). A bare "tidak" for a letter of intent at
    stage ``proposal`` read as "the letter of intent is not required" (holdout reading,
    2026-11-30); a bare "belum" read as "not (yet) mandatory" beside the memo's "Wajib sebelum
    MoU ditandatangani", and a done step of the same stage read differently from an open one
    (wording review 12 A5): every step a later stage requires now says the same, whatever its
    status. ``short`` (a narrow table) says the stage in two words ("ya, sebelum MoU") and
    gives a bare ``tidak``."""
    if entry.required:
        return message("yes", lang)
    later = _later_stage(a, entry)
    depends = partner_condition(entry, lang)
    if depends:
        # owed only to some kinds of partner, and the kind is not stated: said, not asserted
        if later is None:
            return depends
        due = message(f"due_short.{later}", lang) if short else due_text(later, lang)
        return f"{due}, {depends}"
    if later == "mou_signed" and entry.step == "signing":
        # the signing is the stage itself: "ya, sebelum MoU ditandatangani" said it of itself
        # (newcomer trial 13)
        return message("yes", lang)
    periodic = _periodic_from(a, entry)
    if later is not None and periodic is not None:  # reported on regularly before the end
        # a narrow table wraps the whole phrase: a shortened one ("berkala;") cut words that
        # the wide one does not have (tests/test_plain_words.py)
        return message(
            "required_periodic",
            lang,
            periodic=message(f"periodic.{periodic}", lang),
            due=due_text(later, lang),
        )
    if later is not None:
        due = message(f"due_short.{later}", lang) if short else due_text(later, lang)
        return message("required_later", lang, due=due)
    law = None if short else _law_before(a, entry)
    if law is not None:
        return message("required_by_law_before", lang, where=law.get(lang))
    if _law_after(a, entry, taken_too=True) is not None:
        return message("required_law_after", lang)
    why = None if short else _not_yet_required(a, entry)
    return message(why if why is not None else "no", lang)


def recorded_only(a: Assessment, entry: ProcedureEntry) -> bool:
    """Whether a procedure entry is a step the proposal recorded that the pack's regime does
    not have (an initiative under Permendagri 3/2008): its note is said neutrally, without
    the warning sign of a step done wrong (newcomer trial 18)."""
    return entry.step not in _pack_steps(a.pack.name)


def step_note(a: Assessment, entry: ProcedureEntry, lang: str) -> str:
    """The HTML report's note beside a step that is not required at the proposal's stage:
    "wajib sebelum MoU ditandatangani" / "wajib saat kerja sama berjalan" when a later stage
    requires it (listed in the memo's next steps or not: "belum wajib" read as "not
    mandatory"), else "tidak wajib" (wording review 23 C8: "opsional" beside the tables'
    "tidak")."""
    if entry.required:
        return ""
    later = _later_stage(a, entry)
    depends = partner_condition(entry, lang)
    if depends:
        return f"{due_text(later, lang)}, {depends}" if later is not None else depends
    if later == "mou_signed" and entry.step == "signing":
        return ""  # the signing is the stage itself (see step_required)
    periodic = _periodic_from(a, entry)
    if later is not None and periodic is not None:  # reported on regularly before the end
        return message(
            "required_periodic.note",
            lang,
            periodic=message(f"periodic.{periodic}", lang),
            due=due_text(later, lang),
        )
    if later is not None:
        return message("required_later.note", lang, due=due_text(later, lang))
    law = _law_before(a, entry)
    if law is not None:
        return message("required_by_law_before.note", lang, where=law.get(lang))
    after = _law_after(a, entry, taken_too=True)
    if after is not None:  # what to confirm, unless the step was taken all the same
        if entry.status == "done":
            return message("required_law_after", lang)
        return message("required_law_after.note", lang, where=after.get(lang))
    why = _not_yet_required(a, entry)
    return message(f"{why}.note", lang) if why is not None else message("optional", lang).lower()


def _periodic_from(a: Assessment, entry: ProcedureEntry) -> str | None:
    """The stage from which the pack's step is owed regularly before its last instance
    (``periodic_from``: reporting to the Minister while the partnership runs, the final
    report at the evaluation), where the messages can say it; None otherwise."""
    spec = _pack_steps(a.pack.name).get(entry.step)
    periodic = getattr(spec, "periodic_from", None) if spec is not None else None
    if periodic is None or f"periodic.{periodic}" not in MESSAGES:
        return None
    return periodic


def periodic_kept(a: Assessment, entry: ProcedureEntry) -> bool:
    """Whether a step owed regularly before its last instance (:func:`_periodic_from`) is
    kept so far: the rules the pack notes on its row (``noted_by``: GOV-003, the periodic
    reports to the Minister) are all due and judged clear, while the last instance is not yet
    due."""
    if entry.required or _periodic_from(a, entry) is None:
        return False
    spec = _pack_steps(a.pack.name).get(entry.step)
    rules = set(getattr(spec, "noted_by", None) or ())
    judged = [c for c in a.checks if c.rule_id in rules]
    # due: a check not yet due is clear without any report made (NTB's signed MoU, its
    # reports not recorded, read "Berkala: dilakukan")
    return bool(judged) and all(
        c.status == "clear" and c.due and not c.not_applicable for c in judged
    )


def step_issue(a: Assessment, entry: ProcedureEntry, lang: str) -> str | None:
    """What the procedure table says beside a step, after a warning sign unless the step is
    only recorded (:func:`recorded_only`): the assessment's issue, else, for a step recorded
    done whose rule still finds a risk on it (``tick_dated`` with ``stale``: REG-026, a
    report to the Minister too old to be the evaluation's), the rule's words for that: the
    row read "Selesai" with no sign beside the finding (practitioner trial 32 M4). None:
    nothing to say."""
    if entry.issue is not None:
        return entry.issue.get(lang)
    if entry.status != "done":
        return None
    for rule_id, dated in _pack_tick_dated(a.pack.name).items():
        stale = getattr(dated, "stale", None)
        if dated.step != entry.step or stale is None:
            continue
        check = next((c for c in a.checks if c.rule_id == rule_id), None)
        if check is not None and check.status == "risk":
            return stale.get(lang)
    return None


def _signed_on(a: Assessment) -> dt.date | None:
    """The day the MoU was signed, where the procedure records the signing done with its date."""
    return next(
        (p.date for p in a.procedure if p.step == "signing" and p.status == "done" and p.date),
        None,
    )


def _law_before(a: Assessment, entry: ProcedureEntry) -> LawBefore | None:
    """The law that already required the step's substance when the MoU was signed (or the
    step was taken) before the instrument that made it a step of its own: central-government
    approval, a step from 22 May 2020, is UU 23/2014's since 2014 (reported), so an MoU signed
    in 2019 is not told it was "belum diwajibkan" (wording review 23 A2). None otherwise."""
    spec = _pack_steps(a.pack.name).get(entry.step)
    if spec is None or spec.law_before is None or spec.effective_from is None:
        return None
    signed = _signed_on(a)
    for day in (signed, entry.date):  # as _not_yet_required: the signing first, else the step
        if day is not None and day < spec.effective_from:
            return spec.law_before if day >= spec.law_before.since else None
    return None


def law_after_note(a: Assessment, entry: ProcedureEntry, lang: str) -> str | None:
    """What the procedure in force says of a step the earlier regime had (:func:`_law_after`),
    for the procedure table's last column beside "bukan langkah tersendiri"; None otherwise."""
    law = _law_after(a, entry)
    return law.get(lang) if law is not None else None


def _law_after(
    a: Assessment, entry: ProcedureEntry, *, taken_too: bool = False
) -> Localized | None:
    """What the procedure in force says of a step the regime before it had, where the MoU is
    signed (or, unsigned, judged) after that regime's last day: the step's ``law_after``
    (Permendagri 25/2020's order has no Full Powers as a step of its own, and Kemlu is to be
    asked whether the signing needs them). A bare "tidak" beside the Full Powers read as no
    Surat Kuasa needed under any law (trial 320 H2), while REG-044 and REG-046 still expect one
    where it is asked. A step recorded done is said "bukan langkah tersendiri" too
    (``taken_too``), without the note asking Kemlu. None otherwise."""
    if entry.status == "done" and not taken_too:
        return None
    spec = _pack_steps(a.pack.name).get(entry.step)
    law = getattr(spec, "law_after", None) if spec is not None else None
    if law is None or spec.effective_until is None:
        return None
    signed = _signed_on(a)
    day = signed if signed is not None else a.as_of
    return law if day is not None and day > spec.effective_until else None


def _not_yet_required(a: Assessment, entry: ProcedureEntry) -> str | None:
    """Why the pack's step is not owed here, as the message key the table says it with: the
    instrument requiring it came after the MoU was signed (``required_after_signing``: a 2016
    signing is not asked for the verification Permendagri 25/2020 brought in; holdout
    reading, 2026-11-30), or after the step itself was taken (``required_after_step``: each
    step is judged by the law of its own date, so an initiative of 2019 in an MoU signed under
    Permendagri 25/2020 is not owed; newcomer trial 14). None: no such reason, a bare
    "tidak"."""
    spec = _pack_steps(a.pack.name).get(entry.step)
    if spec is None or spec.effective_from is None:
        return None
    signed = _signed_on(a)
    if signed is not None and signed < spec.effective_from:
        return "required_after_signing"
    if entry.date is not None and entry.date < spec.effective_from:
        return "required_after_step"
    return None


def _later_stage(a: Assessment, entry: ProcedureEntry) -> str | None:
    """The stage from which the pack requires a step the proposal's stage does not yet
    require: the entry's ``due_from``, which the engine decides once
    (:func:`paracheck.engine.assess.due_from`), so the reports and the JSON cannot disagree.
    None when the step is required now, never required of this partnership, a step of a
    replaced regulation, or not required once its stage is reached (the instrument requiring
    it was not in force). An assessment stored before the field (additive in v2) reads as
    one whose steps say no later stage, as the JSON it was read from says; working it out
    again here for those would make a report say what its JSON does not. ``a`` is kept for
    the callers."""
    return entry.due_from


def partner_condition(entry: ProcedureEntry, lang: str) -> str:
    """ "bila mitranya pemerintah daerah di luar negeri (KSDPL)" for a step whose requirement
    turns on a partner kind the proposal does not state; "" for any other step. The kind is
    named as its label reads (a slash, "… luar negeri/KSDPL", read as "or": wording review
    14); the callers put the condition last, after the stage it is due at."""
    kinds = entry.required_if_partner
    if not kinds:
        return ""
    named = ", ".join(labels.value_text("partner.kind", k, lang) for k in kinds)
    return message("required_for_partner", lang, kinds=named)


def _pack_named(pack_name: str) -> Any:
    """:func:`rules.loader.pack_if_loadable` for the pack an assessment names. A shipped pack
    is the same object for the life of the process (the loader loads each once), so it is
    kept here by name after the first ask: a report asked for it some forty times, each an
    import statement and a lookup under the loader's lock. Any other name (a pack file, which
    may change or move) is asked of the loader every time."""
    pack = _SHIPPED_PACKS.get(pack_name)
    if pack is None:
        from paracheck.rules.loader import pack_if_loadable, pack_names

        pack = pack_if_loadable(pack_name)
        if pack is not None and pack_name in pack_names():
            _SHIPPED_PACKS[pack_name] = pack
    return pack


#: shipped pack name → the pack (:func:`_pack_named`)
_SHIPPED_PACKS: dict[str, Any] = {}


def _pack_steps(pack_name: str) -> dict[str, ProcedureStepSpec]:
    """The pack's procedure table by step (empty for a pack that cannot be loaded by name,
    e.g. one given by a path that has since moved): required-from stage and dates."""
    return _per_pack(_PACK_STEPS, pack_name, {}, lambda pack: {s.step: s for s in pack.procedure})


#: pack name → (the pack loaded by that name, its procedure table by step), made once per pack
#: (:func:`_pack_steps`: read for each procedure step a report shows, several times over)
_PACK_STEPS: dict[str, tuple[Any, dict[str, ProcedureStepSpec]]] = {}


def _pack_redoes(pack_name: str) -> tuple[tuple[str, str, str], ...]:
    """(rule id, step, after) of each of the pack's rules that sends a step done too early
    back (``redoes``), in pack order (none for a pack that cannot be loaded by name, as
    :func:`_pack_steps`); found once per loaded pack, not among all its rules at every ask."""
    pack = _pack_named(pack_name)
    if pack is None:
        return ()
    held = _PACK_REDOES.get(pack_name)
    if held is None or held[0] is not pack:  # a pack file read again is another pack
        if len(_PACK_REDOES) >= _TABLE_MAX:  # user packs by path: a bounded table
            _PACK_REDOES.clear()
        redoes = tuple(
            (rule.id, rule.redoes.step, rule.redoes.after)
            for rule in pack.rules
            if rule.redoes is not None
        )
        held = _PACK_REDOES[pack_name] = (pack, redoes)
    return held[1]


_PACK_REDOES: dict[str, tuple[Any, tuple[tuple[str, str, str], ...]]] = {}


def _required_from(pack_name: str) -> dict[str, str]:
    """Step → the proposal stage from which the pack requires it."""
    return {
        step: spec.required_from
        for step, spec in _pack_steps(pack_name).items()
        if spec.required_from
    }


PLACES_NAMED = 3
"""How many sectors or programmes a merged question names before "and N more"."""
_NAME_CUT = 48


def _short_name(name: str) -> str:
    """A programme's name as a list of places says it: whole up to :data:`_NAME_CUT`
    characters; a longer one cut at the end of a word, with an ellipsis, never inside one
    ("Promosi bersama wisata bahari Teluk Kendari – Y…" named a programme that does not exist:
    fix31a). A name with no word end before the cut is kept whole. The Saran quotes every name
    whole (advice._decision_said)."""
    if len(name) <= _NAME_CUT:
        return name
    cut = _NAME_CUT - 1
    if not name[cut].isspace():  # the cut falls inside a word: back to its start
        cut = name.rfind(" ", 0, cut + 1)
        if cut <= 0:
            return name
    head = name[:cut].rstrip(" ,;:–-—")
    return head + "…" if head else name


_last_names: tuple[object, dict[str, object]] = (None, {})


def _names_of(a: Assessment) -> dict[str, object]:
    """:func:`_item_names` of the assessment being rendered, kept while a report asks for it
    check after check (one entry: a report renders one assessment at a time; a concurrent
    render of another at worst computes it again)."""
    global _last_names
    held, names = _last_names
    if held is not a:
        names = _item_names(a)
        _last_names = (a, names)
    return names


def _shared_program_names(names: Mapping[str, object]) -> set[object]:
    """The programme names in ``names`` that more than one programme has."""
    seen: set[object] = set()
    shared: set[object] = set()
    for path, name in names.items():
        if path.endswith("].name") and ".programs[" in path:
            (shared if name in seen else seen).add(name)
    return shared


def _item_names(a: Assessment) -> dict[str, object]:
    """The sector and programme names the checks read (``sectors[3].name`` → fisheries)."""
    return item_names(a)


def _place_of(
    path: str, names: Mapping[str, object], lang: str, shared: Collection[object] = ()
) -> str:
    """Which sector or programme a question is about, by name where the assessment knows it
    (``sektor perikanan``, ``program “Pengembangan ekonomi nelayan”``), else by number
    (``sektor ke-4, program ke-1``); "" for a question about the whole proposal. (A count of
    places, "Untuk: 7 butir", left the officer to guess which — issue 12.) A programme whose
    name another programme has (``shared``) is named with its sector and number too
    (``sektor perdagangan, program ke-2 (“Studi banding”)``): by its name alone, two would
    read as one."""
    if "[" not in path:  # no list item in the path: a question about the whole proposal
        return ""
    places = _places(path)
    if not places:
        return ""
    spots: list[str] = []
    for kind, n, named_at in places:
        name = names.get(named_at)
        if kind == "sector" and isinstance(name, str):
            spots = [
                message("place.sector", lang, name=labels.value_text("sector.name", name, lang))
            ]
        elif kind == "program" and isinstance(name, str) and name not in shared:
            spots = [
                message("place.program", lang, name=_short_name(name))
            ]  # the programme alone suffices
        elif kind == "program" and isinstance(name, str):  # another programme has its name
            spots.append(f"{labels.place_text(kind, n, lang)} (“{_short_name(name)}”)")
        else:
            spots.append(labels.place_text(kind, n, lang))
    return ", ".join(spots)


def _places(path: str) -> tuple[tuple[str, int, str], ...]:
    """The list items ``path`` lies in, outermost first, as :func:`labels.generic_path` finds
    them — (kind, number from 1, the path of that item's name: ``sectors[3].programs[0].name``)
    — made once per path and kept (a bounded table: the paths are the vocabulary's, item
    numbers included, as :func:`field`'s; nothing a proposal says is in it). A report asked for
    them for each question and item it names, a regular-expression walk each time."""
    held = _PLACES.get(path)
    if held is None:
        if len(_PLACES) >= _TABLE_MAX:
            _PLACES.clear()
        out = []
        prefix = ""
        for kind, n in labels.generic_path(path)[1]:
            prefix = f"{prefix}.{kind}s[{n - 1}]" if prefix else f"{kind}s[{n - 1}]"
            out.append((kind, n, f"{prefix}.name"))
        held = _PLACES[path] = tuple(out)
    return held


_PLACES: dict[str, tuple[tuple[str, int, str], ...]] = {}


def unknowns_by_question(
    a: Assessment,
    lang: str,
    groups: list[dict[str, object]] | None = None,
    unknowns: list[Check] | None = None,
) -> list[tuple[str, list[Check]]]:
    """Unknown checks under the question that would settle them (each check once, under the
    first question that names it); checks no question settles come last. ``groups`` are the
    assessment's :func:`question_groups`, and ``unknowns`` its :func:`with_status` ``unknown``,
    when the caller has them already."""
    if unknowns is None:
        unknowns = with_status(a, "unknown")
    unknown = {c.rule_id: c for c in unknowns}
    placed: set[str] = set()
    out: list[tuple[str, list[Check]]] = []
    for group in question_groups(a, lang) if groups is None else groups:
        checks = [unknown[r] for r in group["checks"] if r in unknown and r not in placed]  # type: ignore[union-attr]
        if checks:
            placed.update(c.rule_id for c in checks)
            out.append((str(group["text"]), checks))
    rest = [c for r, c in unknown.items() if r not in placed]
    if rest:
        out.append((message("no_question", lang), rest))
    return out


# --- the comparison of two assessments -------------------------------------------------------


class DiffRow(msgspec.Struct, frozen=True):
    """One changed check as every form of the comparison shows it."""

    rule: str  # the rule id
    title: str
    domain: str  # the domain's label
    old: str  # its status in the old assessment: "Risiko (16)", "Tidak ada temuan", "—"
    new: str  # … and in the new one
    # the items a check no longer finds, still finds and finds anew, where only those moved:
    # ("tidak lagi: sektor ke-2, program ke-1 (“Temu bisnis …”)", "masih: …")
    detail: tuple[str, ...] = ()


class DiffGroup(msgspec.Struct, frozen=True):
    key: str  # the comparison's group (became_risk, cleared, …)
    heading: str
    rows: tuple[DiffRow, ...]


class DiffView(msgspec.Struct, frozen=True):
    """What a comparison says, in one language: the text, Markdown and web forms show these
    lines and rows and compute nothing of their own (the web page once showed a cleared
    risk as "skor 16 → 16" where the command line said "Risiko (16) → Tidak ada temuan")."""

    other_proposal: str | None  # said when the two files are different proposals
    rules: str  # which regulation judged each version ("Keduanya dinilai menurut …")
    verdict: str  # "Kesimpulan berubah: Risiko tinggi → Risiko sedang"
    score: str  # "Skor: 132 → 55"
    no_changes: str | None  # said when no check changed
    groups: tuple[DiffGroup, ...]  # the groups with changes, in reading order
    # each version's date judged and stage ("dinilai per 15 Agustus 2024, tahap: usulan"):
    # two versions of one title could not be told apart (newcomer trial 16); "" when unknown
    old_when: str = ""
    new_when: str = ""
    # the new version dated before the old: the changes may read the wrong way round
    order_warning: str | None = None
    # the notices that changed, one sentence each (an MoU that lapsed between the dates)
    notices: tuple[str, ...] = ()
    notices_heading: str = ""  # "Catatan yang berubah"
    # the sectors one version has and the other lacks, one sentence each: a removed sector
    # clears the checks that counted it, read as a programme added (newcomer trial 21)
    sectors: tuple[str, ...] = ()
    sectors_heading: str = ""  # "Sektor yang berubah"
    # the procedure steps whose status or date changed, one line each ("Persetujuan DPRD:
    # sedang berjalan (30 September 2026) → selesai (5 November 2026)"): the DPRD's vote was
    # shown nowhere (practitioner trial 23 M1)
    steps: tuple[str, ...] = ()
    steps_heading: str = ""  # "Langkah prosedur yang berubah"
    # the Saran's sentences only one version's memo has, the old one's then the new one's at
    # each place, in order ("Dihapus pada versi baru: …", "Ditambahkan pada versi baru: …"):
    # a Saran item dropped changed the memo silently (practitioner trial 22 #10). Empty
    # without the two assessments (a comparison read from JSON: the contract has no Saran)
    saran: tuple[str, ...] = ()
    saran_heading: str = ""  # "Saran yang berubah"
    # the input facts that changed, one line each, by their label and as the memo writes
    # values ("Alokasi APBD: belum diisi → Rp75.000.000"): an officer could not confirm her
    # own edits (practitioner trial 27 U3). Empty for a comparison made without the files
    inputs: tuple[str, ...] = ()
    inputs_heading: str = ""  # "Isian yang berubah"
    # the law that changed between the two dates though one pack judges both ("UU 32/2004
    # (versi lama) → UU 23/2014 (versi baru)"): practitioner trial 28 #14
    law: str | None = None


def _parties_differ(old: Any, new: Any) -> bool | None:
    """Whether two versions name different parties: the region, the partner or its country,
    each compared where both versions give it (case and spacing aside). None where they share
    none of the three: the titles decide then. Officers date their titles ("… tinjauan
    tahunan 2026" / "2027"), so titles alone warned of two proposals on one partnership's
    yearly review (newcomer trial 19)."""
    fields = ("local_name", "partner_name", "partner_country")
    known = [
        (a, b)
        for a, b in ((getattr(old, f, None), getattr(new, f, None)) for f in fields)
        if a and b
    ]
    if not known:
        return None
    return any(party_key(a) != party_key(b) for a, b in known)


#: the words an official name wraps a party's name in, not the name itself: "Pemerintah
#: Kota Palu" is Kota Palu's government, "Gimhae-si" and "Gimhae City" one city (words20 B5:
#: "Kedua berkas menyebut pihak yang berbeda" for one partnership). The level words
#: (Kota, Kabupaten, Provinsi) stay: Kota Palu and a Kabupaten Palu would be two regions.
_PARTY_PREFIX = re.compile(
    r"^(?:pemerintah(?: daerah)?|pemda|government of|city of|municipality of|gemeente|the)\s+"
)
_PARTY_SUFFIX = re.compile(
    r"(?:\s+(?:city|metropolitan city|municipality|municipal government|government|"
    r"prefecture|shi|si)|-(?:si|shi))$"
)


def party_key(name: str) -> str:
    """A party's name as two versions are compared: case and spacing aside, without the
    words an official name wraps it in (:data:`_PARTY_PREFIX`, :data:`_PARTY_SUFFIX`)."""
    key = " ".join(name.split()).casefold()
    while True:
        bare = _PARTY_SUFFIX.sub("", _PARTY_PREFIX.sub("", key)).strip()
        if bare == key or not bare:
            return key
        key = bare


def _parties(ref: Any, lang: str) -> str:
    """ "Kota Kupang – City of Darwin (Australia)": the parties a version names; the country
    is left out where the partner's name already says it ("Provinsi Zhejiang, Republik Rakyat
    Tiongkok", not "… Republik Rakyat Tiongkok (Tiongkok (RRT))", atk23)."""
    partner = ref.partner_name or ""
    if ref.partner_country:
        country = labels.country_name(ref.partner_country, lang)
        if not partner:
            partner = country
        elif not _names_country(partner, country):
            partner = f"{partner} ({country})"
    return " – ".join(p for p in (ref.local_name, partner) if p)


def _names_country(name: str, country: str) -> bool:
    """Whether ``name`` already says ``country``: its name as the report writes it, less any
    words in brackets ("Tiongkok" of "Tiongkok (RRT)"), as a word of the name."""
    core = re.sub(r"\s*\([^)]*\)", "", country).strip()
    if not core:
        return False
    return re.search(rf"(?<!\w){re.escape(core)}(?!\w)", name, re.IGNORECASE) is not None


def _diff_notices(d: AssessmentDiff, lang: str) -> tuple[str, ...]:
    """The notices only one version has, as sentences: an MoU that lapsed between the two
    dates said as such, any other new notice in full, a notice gone by its short name."""
    out = []
    for n in d.notices_added:
        day = n.date
        between = (
            n.code == "mou_expired"
            and day is not None
            and d.old_as_of is not None
            and d.new_as_of is not None
            and d.old_as_of <= day < d.new_as_of
        )
        if between:
            out.append(message("diff.notice_lapsed", lang, day=formatting.date(day, lang)))
        else:
            out.append(message("diff.notice_added", lang, text=n.text.get(lang)))
    lapsed = any(n.code == "mou_expired" for n in d.notices_added)
    for n in d.notices_removed:
        if lapsed and n.code == "mou_expiring":
            # the MoU that was ending has ended: said above, not as a warning gone ("Tidak
            # ada lagi pada versi baru: MoU segera berakhir" read as cleared, words19 B10)
            continue
        try:
            short = message(f"notice_short.{n.code}", lang)
        except KeyError:
            short = n.code
        out.append(message("diff.notice_removed", lang, text=short))
    return tuple(out)


def _diff_sectors(d: AssessmentDiff, lang: str) -> tuple[str, ...]:
    """The sectors removed in the new version, then those added, each by its place in its
    own version and its name ("sektor ke-3 (pendidikan)"), as the reports name sectors. A
    comparison read from an older JSON has none."""
    removed = getattr(d, "sectors_removed", None) or []
    added = getattr(d, "sectors_added", None) or []
    return tuple(
        [
            message("diff.sector_removed", lang, place=_item_named(s.path, s.name, lang))
            for s in removed
        ]
        + [
            message("diff.sector_added", lang, place=_item_named(s.path, s.name, lang))
            for s in added
        ]
    )


def _diff_steps(
    d: AssessmentDiff, lang: str, assessments: tuple[Assessment, Assessment] | None = None
) -> tuple[str, ...]:
    """The procedure steps whose status or date changed, one line each: the step's table
    label, then each side's status and its date where it has one (and "tanpa tanggal" where
    only the date moved). With the two ``assessments``, a status is the one each version's
    procedure table shows (:func:`step_status`: a step the file does not list is "belum
    waktunya" where that version's memo says so, not "tidak dicantumkan"), and a step that
    version's procedure does not have at all (the other version's pack, of another regime,
    lists it) "tidak tercantum sebagai langkah tersendiri dalam urutan langkah Permendagri
    3/2008 (dasar penilaian versi lama)" (:func:`_step_order_of`); without them (a
    comparison read from JSON), the file's. A comparison read from an older JSON has none."""
    entries = (
        (
            {e.step: e for e in assessments[0].procedure},
            {e.step: e for e in assessments[1].procedure},
        )
        if assessments is not None
        else None
    )

    def shown(which: int, step: str, status: str | None) -> str:
        if entries is None or assessments is None:
            return label("stepstatus", status, lang)
        entry = entries[which].get(step)
        other = assessments[1 - which].pack.name
        if entry is None and other != assessments[which].pack.name and step in _pack_steps(other):
            # a step that version's procedure does not have at all (a pack of another
            # regime lists it among its own steps): not one the file left out (fix28's
            # leftover: "tidak dicantumkan")
            side = "new" if which else "old"
            regime = _step_order_of(assessments[which].pack.name)
            return message(f"diff.step_not_in_procedure.{side}", lang, regime=regime)
        if entry is None:
            # judged by the same pack, a step this file does not list and the other records
            # (the Full Powers of an MoU signed under Permendagri 25/2020, whose order has no
            # such step): not listed (trial 190 #8: "bukan langkah prosedur pada versi ini"
            # between two versions of one regime)
            return label("stepstatus", None, lang)
        return step_status(assessments[which], entry, lang)

    def side(said: str, day: dt.date | None, same: bool) -> str:
        said = _lower_first(said)
        if day is None:  # only its date moved: "selesai (tanpa tanggal) → selesai (…)"
            return message("diff.step_undated", lang, status=said) if same else said
        return message("diff.step_dated", lang, status=said, day=formatting.date(day, lang))

    return tuple(
        message(
            "diff.step_changed",
            lang,
            step=label("step", s.step, lang),
            old=side(shown(0, s.step, s.old_status), s.old_date, s.old_status == s.new_status),
            new=side(shown(1, s.step, s.new_status), s.new_date, s.old_status == s.new_status),
        )
        for s in getattr(d, "steps_changed", None) or []
    )


def _diff_inputs(d: AssessmentDiff, lang: str) -> tuple[str, ...]:
    """The input facts that changed, one line each: the field's label, where it lies (the
    sector and programme by place and name, the waiver by its rule), then each file's value
    as the memo writes values (dates, Rupiah, ya/tidak, codes by their label); a programme
    or waiver only one file has as added or removed, by its name. A comparison read from an
    older JSON has none.

    Labels and the values paracheck words (not the officer's own texts) are in the terms of
    the new version's date, as its memo and the changed checks' titles beside them are: "SKPD
    pengampu sektor" when the new version is judged before UU 23/2014 (:func:`era`), today's
    "Perangkat Daerah pengampu sektor" once it is judged after, whatever the old one's date."""
    era_index = era_on(getattr(d, "new_as_of", None))
    changes = getattr(d, "inputs_changed", None) or []
    # a side that answered "no budget last year" left the rate and the count out on purpose
    answer = next((c for c in changes if c.path == "budget.budgeted_last_year"), None)
    none_yet = (
        answer is not None and answer.old is False,
        answer is not None and answer.new is False,
    )
    out = []
    for change in changes:
        path = change.path
        if path.endswith("]"):  # a programme or waiver only one file has
            key = "diff.input_added" if change.old is None else "diff.input_removed"
            out.append(message(key, lang, place=_input_place(path, change.item, lang)))
            continue
        field_said = labels.field_label(path, lang, where=False, items=True)
        said = labels.capitalize(in_era(field_said, era_index, lang))
        owner = path.rsplit(".", 1)[0]
        if owner.endswith("]"):  # a field of a sector, a programme or a waiver
            place = _input_place(owner, change.item, lang)
            # "Status program “…”", not "Status program — program “…”" (review 220, 11)
            word = message("place.program", lang, name="").split("“")[0]
            if word and said.endswith(f" {word.strip()}") and place.startswith(word):
                said = f"{said} {place[len(word) :]}"
            else:
                said = f"{said} — {place}"
        out.append(
            message(
                "diff.input_changed",
                lang,
                field=said,
                old=_input_value(
                    path, change.old, lang, era_index, none_yet[0], _unknown(change, "old")
                ),
                new=_input_value(
                    path, change.new, lang, era_index, none_yet[1], _unknown(change, "new")
                ),
            )
        )
    return tuple(out)


def _input_place(item: str, name: str | None, lang: str) -> str:
    """An item of the proposal as a comparison names it (:func:`_diff_item`): ``sektor
    pendidikan``, ``program “Misi dagang”``, ``risiko diterima ke-1 (REG-021)``."""
    if item.startswith("accepted_risks["):
        place = labels.field_label(item, lang)
        return f"{place} ({name})" if name else place
    return _diff_item(item, name, lang)


def _diff_item(item: str, name: object, lang: str) -> str:
    """A sector or programme as a comparison names it: by its name alone where it has one
    (``sektor kebudayaan``, ``program “Festival Bitung–Kesennuma”``), by its place otherwise.
    Its place differs between the versions once a sector before it is removed or added:
    "tidak lagi: sektor ke-2 (penanggulangan bencana) … masih: sektor ke-2 (kebudayaan)"
    numbered one sector by the old file and the other by the new (review 200, 10)."""
    if not isinstance(name, str) or not name:
        return _item_named(item, name, lang)
    if item.endswith("]") and ".programs[" in item:
        return message("place.program", lang, name=_short_name(name))
    if item.endswith("]") and item.startswith("sectors["):
        return message("place.sector", lang, name=labels.value_text("sector.name", name, lang))
    return _item_named(item, name, lang)


def _unknown(change: object, side: str) -> bool:
    """Whether that side's file leaves the field out where its null would say something
    (the comparison's ``old_unknown`` / ``new_unknown``; False for a comparison made before
    them)."""
    return bool(getattr(change, f"{side}_unknown", False))


def _input_value(
    path: str,
    value: object,
    lang: str,
    era_index: int | None = None,
    no_budget: bool = False,
    unknown: bool = False,
) -> str:
    """One file's value of an input fact as the memo writes it: a date as a date (a waiver's
    ``until`` too, which no rule reads), a text in quotes as the officer wrote it, cut at
    :data:`_INPUT_CUT` characters (an agency's name whole, a long reason not); a value in
    paracheck's words (a code's label, "belum ditetapkan") in ``era_index``'s terms.
    ``no_budget``: that file says there was no budget last year, so its rate and count of
    cuts are none, not "belum diisi", which reads as a field forgotten (atk24).
    ``unknown``: the file leaves out a field whose null would say something: "belum diisi",
    not the null's "belum pernah bersidang" (trial 430 M2)."""
    if value is None and path.startswith("human_resources.language_staff."):
        # a language the file does not list counts no staff, as the memo says it ("dihitung
        # 0"): "belum diisi → 1" read as a field forgotten (web 490 L6)
        return message("diff.language_staff_unlisted", lang)
    if value is None and unknown:
        return labels.value_text("", None, lang)
    if value is None and no_budget:
        from paracheck.facts.model import NO_BUDGET_RECORDS

        if path in NO_BUDGET_RECORDS:
            return message("diff.none_without_budget", lang)
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        dated = (
            formatting.is_date_field(path) or labels.generic_path(path)[0] == "accepted_risk.until"
        )
        if dated:
            return formatting.date(value, lang)
    free_text = (
        isinstance(value, str)
        and value
        and labels.value_label(path, value, lang) is None
        and path not in NAMED_CODES
    )
    if isinstance(value, str) and free_text:
        cut = value[: _INPUT_CUT - 1].rstrip() + "…" if len(value) > _INPUT_CUT else value
        return f"“{cut}”"
    return in_era(value_text(path, value, lang), era_index, lang)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: how much of a text an input change quotes
_INPUT_CUT = 120


#: where a Saran item's sentences part: after a full stop, question or exclamation mark and
#: space, before a capital, a quote or a bracket ("… 30 Juni 2021. Bagian Kerja Sama …"), not
#: inside a number or a date ("PP No. 28")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")


def saran_sentences(items: Iterable[str]) -> list[str]:
    """The Saran's items as sentences, in order."""
    return [said for item in items for said in _SENTENCE_END.split(item.strip()) if said]


def saran_changes(old: Assessment, new: Assessment, lang: str) -> tuple[str, ...]:
    """The sentences of the Saran only one of the two memos has, at each place the old one's
    ("Dihapus pada versi baru: …") then the new one's ("Ditambahkan …"), in order. Computed
    here from the two assessments, as the memos compute it: the Saran is the report's text,
    which the assessment JSON and so the comparison's do not carry."""
    import difflib  # a diff's: not loaded for a report

    from paracheck.report.advice import advice  # advice reads this module

    before, after = saran_sentences(advice(old, lang)), saran_sentences(advice(new, lang))
    out = []
    # matched by their words, in any order (:func:`same_words`): a list in another order is
    # no change
    from paracheck.comparison import same_words

    matcher = difflib.SequenceMatcher(
        a=[same_words(s) for s in before], b=[same_words(s) for s in after], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        out += [message("diff.saran_removed", lang, text=said) for said in before[i1:i2]]
        out += [message("diff.saran_added", lang, text=said) for said in after[j1:j2]]
    return tuple(out)


def _diff_rules(d: AssessmentDiff, lang: str) -> str:
    """Which regulation judged each version: one for both (a pack named, or both dates under
    one regime), with a word for each version whose date lies outside its term; else the
    two, and that checks may differ because the rules did."""
    old = _regime_of(d.old_pack, lang, d.old_as_of)
    new = _regime_of(d.new_pack, lang, d.new_as_of)
    outside = any(
        (d.old_pack_superseded, d.old_pack_not_yet, d.new_pack_superseded, d.new_pack_not_yet)
    )
    # one pack, but an instrument came into force between the two dates within its term
    # (PP 28/2018 beside Permendagri 3/2008 from 2018: practitioner trial 31 M3, "Keduanya
    # dinilai menurut Permendagri 3/2008" for a 2016 and a 2019 version, the 2019 memo itself
    # naming both); a version dated outside the pack's term is said so below instead
    if d.old_pack != d.new_pack or (old != new and not outside):
        return message("diff.other_rules", lang, old=old, new=new)
    said = [message("diff.same_rules", lang, regime=_regime_of(d.old_pack, lang))]
    for which, day, replaced, not_yet in (
        ("old", d.old_as_of, d.old_pack_superseded, d.old_pack_not_yet),
        ("new", d.new_as_of, d.new_pack_superseded, d.new_pack_not_yet),
    ):
        if day is not None and (replaced or not_yet):
            key = "diff.version_replaced" if replaced else "diff.version_not_yet"
            shown = formatting.date(day, lang)
            said.append(message(key, lang, which=message(f"diff.which_{which}", lang), day=shown))
    return " ".join(said)


def _step_order_of(pack_name: str) -> str:
    """The instrument that sets a pack's order of procedure steps: the Permendagri of its
    regime ("Permendagri 3/2008"; "Permendagri 25/2020" beside PP 28/2018), not the PP both
    regimes share (review 260 H2: "bukan langkah prosedur pada versi lama (Permendagri
    3/2008 dan PP 28/2018)" named PP 28/2018 as lacking a step the new version, also under
    PP 28/2018, has); the pack's name for one that cannot be loaded by it."""
    pack = _pack_named(pack_name)
    if pack is None:
        return pack_name
    parts = [part.strip() for part in pack.regime.split("+")]
    return next((part for part in parts if part.startswith("Permendagri")), pack.regime)


def _regime_of(pack_name: str, lang: str, day: dt.date | None = None) -> str:
    """A pack's regulation as prose ("PP 28/2018 dan Permendagri 25/2020"), with the
    instruments in force beside it on ``day`` where given (:func:`_regime_on`, as the memo's
    header names them); the pack's name for one that cannot be loaded by it (given by a path
    that has since moved)."""
    pack = _pack_named(pack_name)
    if pack is None:
        return pack_name
    return regime_words(pack.regime_on(day) if day is not None else pack.regime, lang)


def diff_side(
    status: str | None,
    score: int | None,
    lang: str,
    covered_by: str | None = None,
    not_applicable: bool = False,
    due: bool = True,
    note: bool = False,
    waits_on: Localized | None = None,
) -> str:
    """``Risiko (skor 9)``, ``Catatan``, ``Tidak ada temuan``, ``Dicatat pada REG-026``, ``Tidak
    berlaku``, ``Belum waktunya``, ``Dinilai setelah pertanyaan tentang … dijawab (…)`` or
    ``—``: a score
    only where a risk is scored (a ``note``, severity info, is neither a risk nor scored:
    practitioner trial 31 M4; a clear check's score is its rule's weight, not something it
    has); a clear check whose finding another rule holds says that rule, one that does not
    apply, is not due yet or waits for an answer the file leaves open says so, never "Tidak
    ada temuan" (a step that became due read as a lapse since the old version: newcomer
    trial 18; a risk deferred when the DPRD step went from dated to unknown read as
    cleared)."""
    if status is None:
        return "—"
    if status == "clear" and covered_by is not None:
        return message("status.covered_by", lang, rule=covered_by)
    if status == "clear" and not_applicable:
        return message("status.not_applicable", lang)
    if status == "clear" and not due:
        return message("status.not_due", lang)
    if status == "clear" and waits_on is not None:
        return waiting_words(waits_on, lang)
    if status == "risk" and note:
        return message("status.risk.info", lang)
    text = label("status", status, lang)
    if status == "risk" and score is not None:
        return message("diff.scored", lang, status=text, score=score)
    return text


def _diff_name(change: CheckChange, lang: str) -> str:
    """A changed check by its risk title where one side is a risk, else by its statement:
    "Tidak ada alokasi APBD … — Perlu dipastikan → Tidak ada temuan" read as a double
    negative (review 12); "Ada alokasi APBD atau sumber dana lain …" does not."""
    if "risk" in (change.old_status, change.new_status):
        return change.title.get(lang)
    return change.statement.get(lang)


def _apart_row(change: CheckChange, lang: str) -> DiffRow:
    """A risk the old version recorded under another rule's finding, on its own now: the
    row, and that it is no new finding ("Bukan temuan baru: pada versi lama temuan ini
    dicatat pada REG-010")."""
    row = _change_row(change, lang)
    said = message("diff.recorded_apart.row", lang, rule=change.old_covered_by)
    return msgspec.structs.replace(row, detail=(*row.detail, said))


def _change_row(change: CheckChange, lang: str) -> DiffRow:
    """A changed check: its id (with the old version's where the old pack numbers the same
    check otherwise: "REG-050 (pada versi lama REG-011)"), its name, and its status on each
    side; a check one version alone has says the other version's check of the same id where
    that is another check, so that the two are never read as one (practitioner trial 28
    #3)."""
    rule = change.rule_id
    old_id = getattr(change, "old_rule_id", None)
    if old_id is not None:
        rule = message("diff.formerly", lang, rule=rule, old=old_id)
    detail: tuple[str, ...] = ()
    other = getattr(change, "namesake", None)
    if other is not None:
        side = "old" if change.old_status is None else "new"
        key = f"diff.namesake_{side}" + ("_matched" if other.matched else "")
        said = message(
            key, lang, rule=change.rule_id, statement=other.statement.get(lang), now=other.matched
        )
        detail = (said,)
    return DiffRow(
        rule,
        _diff_name(change, lang),
        label("domain", change.domain, lang),
        diff_side(
            change.old_status,
            change.old_score,
            lang,
            change.old_covered_by,
            change.old_not_applicable,
            change.old_due,
            change.severity == "info",
            change.old_waits_on,
        ),
        diff_side(
            change.new_status,
            change.new_score,
            lang,
            change.new_covered_by,
            change.new_not_applicable,
            change.new_due,
            change.severity == "info",
            change.new_waits_on,
        ),
        detail,
    )


def _cancelled_programmes(d: AssessmentDiff) -> frozenset[str]:
    """The names of the programmes the new file records as cancelled and the old one did not
    (the comparison's ``inputs_changed``; empty when it was made from two assessments)."""
    return frozenset(
        change.item
        for change in getattr(d, "inputs_changed", None) or []
        if change.item
        and ".programs[" in change.path
        and change.path.endswith(".status")
        and change.new == "cancelled"
        and change.old != "cancelled"
    )


def _stage_row(row: DiffRow, change: CheckChange, stage: str | None, lang: str) -> DiffRow:
    """``row`` with a sentence saying the check stopped or began to apply because the stage
    changed to ``stage`` (the new version's), where the comparison found that
    (``by_stage``): a risk that stopped applying also says it was not dealt with, as a
    cancelled programme's does, and an open question that it was not answered
    (practitioner trial 32 M2: BUD-007 "Risiko (skor 12) → Tidak berlaku" read as the
    budget gap recorded, when only the stage went from mou_signed to active)."""
    if not getattr(change, "by_stage", False) or stage is None:
        return row
    said_stage = labels.value_label("stage", stage, lang) or stage
    if change.new_not_applicable:
        key = {
            "risk": "diff.not_applicable_by_stage",
            "open": "diff.open_not_applicable_by_stage",
        }.get(change.old_status or "", "diff.stopped_by_stage")
    else:
        key = "diff.started_by_stage"
    said = message(key, lang, stage=said_stage)
    return msgspec.structs.replace(row, detail=(*row.detail, said))


def _shown_groups(d: AssessmentDiff) -> list[tuple[str, list[Any]]]:
    """The comparison's groups as people read them: a risk that stopped being one other than
    by its statement now holding (now open, not applicable, not due, deferred or held by
    another rule: the comparison's ``status_changed``) under a heading of its own right after
    the cleared risks, and the findings of severity info, notes and not risks, under theirs
    at the end; the heading says what the new version shows, not why (a changed entry may
    have dealt with it: review 200).
    Among thirty "Belum waktunya → Tidak ada temuan" rows, the one high risk of the old
    version gone with its cancelled programme went unseen, and "Menjadi risiko: IMP-012 …
    Tidak ada temuan → Catatan" called a note a risk (trial 190 #1, #5). A check no risk in
    the old version that the new one cannot judge (a question to answer) is under a heading
    of its own before the other status changes: "Status lain berubah" held "IMP-020 …
    Tidak ada temuan → Perlu dipastikan", which a head of bureau skips (review 200, 8). The
    JSON keeps the comparison's own groups."""
    shown: dict[str, list[Any]] = {}
    notes: list[Any] = []
    now_open: list[Any] = []
    for key, changes in d.groups():
        mine = shown.setdefault(key, [])
        for change in changes:
            if (
                getattr(change, "severity", None) == "info"
                and key != "items_changed"
                and "risk" in (change.old_status, change.new_status)
            ):
                notes.append(change)
            elif key == "cleared" and change.new_status == "accepted":
                # a risk accepted is not dealt with: never shown as cleared (README; attack
                # 430 M1: HR-004 accepted read "Tidak lagi menjadi temuan … kini tanpa
                # temuan: 1 … jumlah risikonya berkurang")
                shown.setdefault("accepted", []).append(change)
            elif key == "became_risk" and getattr(change, "old_covered_by", None):
                # found in the old version too, held there by another rule's finding: no new
                # risk (trial 430 M1: REG-020, REG-047 and REG-058 "Dicatat pada REG-010 →
                # Risiko" counted as three new risks once the DPRD approved, late)
                shown.setdefault("recorded_apart", []).append(change)
            elif key == "status_changed" and change.old_status == "risk":
                shown.setdefault("unhandled", []).append(change)
            elif key == "status_changed" and change.new_status == "unknown":
                now_open.append(change)
            else:
                mine.append(change)
        if key == "cleared":
            shown.setdefault("unhandled", [])
    shown["notes"] = notes
    out = list(shown.items())
    if now_open:  # before the other status changes, whose heading says they are the rest
        at = next((i for i, (key, _) in enumerate(out) if key == "status_changed"), len(out))
        out.insert(at, ("now_open", now_open))
    return out


def _unhandled_row(
    change: CheckChange,
    stage: str | None,
    cancelled: frozenset[str],
    assessments: tuple[Assessment, Assessment] | None,
    lang: str,
) -> DiffRow:
    """A risk that is no longer one other than by its statement now holding, with what the
    new version shows: the stage changed (:func:`_stage_row`), its programmes were cancelled,
    it no longer applies (the new check's reason, with the two assessments), or it became a
    question."""
    row = _stage_row(_change_row(change, lang), change, stage, lang)
    if row.detail:
        return row
    said: str | None = None
    items = change.old_items
    if items and all(i.name in cancelled and ".programs[" in i.path for i in items):
        names = ", ".join(f"“{i.name}”" for i in items)
        said = message("diff.cleared_by_cancellation", lang, programmes=names)
    elif change.new_status == "unknown":
        said = message("diff.unhandled.open", lang)
    elif change.new_not_applicable and assessments is not None:
        check = next((c for c in assessments[1].checks if c.rule_id == change.rule_id), None)
        why = check.not_applicable if check is not None else None
        if why is not None:
            said = message("diff.unhandled.not_applicable", lang, why=why.get(lang))
    return msgspec.structs.replace(row, detail=(*row.detail, said)) if said else row


def _cleared_row(
    change: CheckChange,
    cancelled: frozenset[str],
    lang: str,
    d: AssessmentDiff | None = None,
    assessments: tuple[Assessment, Assessment] | None = None,
) -> DiffRow:
    """A cleared check, with a caveat where every programme it found in the old version was
    cancelled in the new one: the finding went with the programme, it was not dealt with, as
    a removed sector's caveat says (practitioner trial 31 M5: BUD-006 and IMP-003 "Tidak
    lagi menjadi temuan" because the mining study was cancelled, read as improvement in an
    evaluation of decay); where it counted the sectors, and only the cancellation changed
    what it counted (:func:`counted_out`), a caveat naming the cancelled programmes."""
    row = _change_row(change, lang)
    items = change.old_items
    removed = _removed_places(items or [], d, lang)  # None would mean every removed sector
    if removed is not None:
        said = message("diff.cleared_by_sector_removal", lang, **removed)
        return msgspec.structs.replace(row, detail=(*row.detail, said))
    edited = None if items else _cleared_by_edits(change, cancelled, d, assessments, lang)
    if edited is not None:
        return msgspec.structs.replace(row, detail=(*row.detail, edited))
    if not items and counted_out(change, cancelled, d, assessments):
        names = ", ".join(f"“{name}”" for name in sorted(cancelled))
        many = len(cancelled) > 1
        said = message(
            "diff.cleared_by_counting",
            lang,
            programmes=names,
            s="s" if many else "",
            were="were" if many else "was",
            their="their" if many else "its",
        )
        return msgspec.structs.replace(row, detail=(*row.detail, said))
    if items and all(i.name in cancelled and ".programs[" in i.path for i in items):
        names = ", ".join(f"“{i.name}”" for i in items)
        said = message("diff.cleared_by_cancellation", lang, programmes=names)
        return msgspec.structs.replace(row, detail=(*row.detail, said))
    programmes = _sectors_cancelled(items, cancelled, assessments)
    if programmes:
        names = ", ".join(f"“{name}”" for name in programmes)
        said = message("diff.cleared_by_sector_cancellation", lang, programmes=names)
        return msgspec.structs.replace(row, detail=(*row.detail, said))
    return row


def _sectors_cancelled(
    items: Sequence[Any] | None,
    cancelled: frozenset[str],
    assessments: tuple[Assessment, Assessment] | None,
) -> list[str]:
    """The programmes of the sectors ``items`` names, where each of those sectors has
    programmes in the new version and the new file records every one of them as cancelled
    (``cancelled``: those it cancelled against the old); empty otherwise. A check about a
    sector's activity cleared so went with the programmes, as a programme's finding does
    (ministry trial 470 M1: IMP-005, a sector quiet for more than six months, "Tidak lagi
    menjadi temuan" with no word, once both stalled programmes were cancelled)."""
    if not items or not cancelled or assessments is None:
        return []
    names = assessments[1].proposal.program_names or []
    out: list[str] = []
    for item in items:
        found = _SECTOR_INDEX.fullmatch(item.path)  # a whole sector, not an item in it
        if found is None or int(found.group(1)) >= len(names):
            return []
        programmes = [name for name in names[int(found.group(1))] if name]
        if not programmes or not all(name in cancelled for name in programmes):
            return []
        out += programmes
    return out


_PROGRAMME_STATUS = re.compile(r"\.programs\[\d+\]\.status$")


def _cleared_by_edits(
    change: CheckChange,
    cancelled: frozenset[str],
    d: AssessmentDiff | None,
    assessments: tuple[Assessment, Assessment] | None,
    lang: str,
) -> str | None:
    """The caveat of a cleared check whose old finding weighed sectors the new version
    removed, where nothing else it weighed changed but programmes cancelled (city 490 F5:
    IMP-006, half the sectors without a running programme, and HR-005, the sectors counted
    against the staff, "Tidak lagi menjadi temuan" once the sector without programmes was
    deleted): the sectors it named that were removed, or every removed sector where it only
    counted them. What else it weighed is read from the two checks' evidence (the staff
    count beside HR-005's sectors, the same in both), and a sector it named that stays is
    weighed as changed only by programmes cancelled, which only a comparison of the two
    files knows (``cancelled``). None otherwise, or without the two assessments."""
    if d is None or assessments is None:
        return None
    old = next((c for c in assessments[0].checks if c.rule_id == change.rule_id), None)
    new = next((c for c in assessments[1].checks if c.rule_id == change.rule_id), None)
    if old is None or new is None:
        return None
    paths = [e.path for e in old.evidence if e.path != "sectors"]
    if len(paths) == len(old.evidence):
        return None  # it neither counted the sectors nor named one
    # the facts it weighed outside the sectors (not the date judged, nor the time since a
    # date, which the engine works out): the same value in the new check's evidence
    now = {e.path: e.value for e in new.evidence}
    for e in old.evidence:
        if e.path.startswith(("sectors", "context.")):
            continue
        if e.path not in now or now[e.path] != e.value:
            return None  # a fact it weighed changed, or is not shown: perhaps dealt with
    named = {m.group(0) for p in paths if (m := re.match(r"sectors\[\d+\]", p))}
    removed = _removed_places(sorted(named) if named else None, d, lang, partly=True)
    if removed is None:
        return None
    gone = {s.path for s in getattr(d, "sectors_removed", None) or []}
    staying = [p for p in paths if p.startswith("sectors[") and p.split(".", 1)[0] not in gone]
    changed = [i.path for i in getattr(d, "inputs_changed", None) or []]
    if staying and not cancelled:
        return None  # a sector it named stays, and what changed in it is not known
    for c in changed:
        weighed = any(c == p or c.startswith((p + ".", p + "[")) for p in staying)
        if weighed and not _PROGRAMME_STATUS.search(c):
            return None  # a fact of a sector it named changed: perhaps dealt with
    key = "diff.cleared_by_removal_counting"
    if cancelled and any(_PROGRAMME_STATUS.search(c) for c in changed):
        key = "diff.cleared_by_removal_and_counting"
    names = ", ".join(f"“{name}”" for name in sorted(cancelled))
    return message(key, lang, programmes=names, s="s" if len(cancelled) > 1 else "", **removed)


def _removed_places(
    items: Sequence[Any] | None, d: AssessmentDiff | None, lang: str, partly: bool = False
) -> dict[str, str] | None:
    """The sectors the new version removed, as the comparison names them ("sektor ke-4
    (perdagangan)"), for a message's ``places`` and ``was``: those ``items`` (a finding's
    old items, or sector paths) lie in, where every one of them lies in a removed sector
    (``partly``: where some do); with ``items`` None, every removed sector. None where there
    is none, or an item lies elsewhere."""
    removed = {s.path: s for s in (getattr(d, "sectors_removed", None) or [])}
    if not removed:
        return None
    if items is not None:
        if not items:
            return None
        sectors = {getattr(i, "path", i).split(".programs[", 1)[0] for i in items}
        if not partly and not sectors <= removed.keys():
            return None
        removed = {path: removed[path] for path in removed if path in sectors}
        if not removed:
            return None
    named = [_item_named(s.path, s.name, lang) for s in removed.values()]
    places = labels.join_words(named, lang, "dan" if lang == "id" else "and")
    return {"places": places, "was": "were" if len(named) > 1 else "was"}


def counted_out(
    change: CheckChange,
    cancelled: frozenset[str],
    d: AssessmentDiff | None,
    assessments: tuple[Assessment, Assessment] | None,
) -> bool:
    """Whether a cleared check that counts the sectors (its old evidence counts them, as
    HR-005's "sectors: 3" unfinished beside the staff) cleared only because programmes were
    cancelled in the new version: some were, and no other fact its old finding rested on
    changed (trial 231 #4: HR-005 "Tidak lagi menjadi temuan" with the staff unchanged, one
    sector's only programme cancelled, read as the staffing dealt with). Needs the two
    assessments and the comparison's changed inputs; False without them."""
    if not cancelled or d is None or assessments is None:
        return False
    old = next((c for c in assessments[0].checks if c.rule_id == change.rule_id), None)
    if old is None:
        return False
    paths = [e.path for e in old.evidence]
    if "sectors" not in paths:
        return False
    others = [p for p in paths if p != "sectors"]
    changed = [i.path for i in getattr(d, "inputs_changed", None) or []]
    return not any(c == p or c.startswith((p + ".", p + "[")) for c in changed for p in others)


def _persisted_row(change: CheckChange, lang: str, new: Assessment | None = None) -> DiffRow:
    """A risk on both sides, with the advice its new case asks where the old one asked
    another (REG-023: the central approval recorded, only late, asks to check what it
    covers; practitioner trial 32 W2: "Risiko (skor 20) → Risiko (skor 20)" read as the
    same risk unchanged), in one line. Beside a lapsed MoU, given the new assessment, an
    action its plan holds for a new MoU says so, as the plan does: "Jadwalkan ulang program
    ini" quoted bare read as an order beside "tidak membuat komitmen baru" (review 220, 4);
    likewise an action held for the cooperation going on while the head of region decides
    (:func:`deciding_on_going_on`)."""
    row = _change_row(change, lang)
    aged = _aged_lines(change, lang)
    if aged:
        row = msgspec.structs.replace(row, detail=(*row.detail, *aged))
    now = getattr(change, "advice_now", None) or []
    if not now:
        return row
    held: set[str] = set()
    key = "diff.advice_now.held"
    # while the head of region decides whether to go on, the plan holds the same actions
    # "Bila kerja sama dilanjutkan" (trial 420 M3: "“Jadwalkan ulang program ini …”" quoted
    # bare beside "Putuskan dalam evaluasi …", two months before the MoU ended)
    lapsed = new is not None and mou_lapsed(new)
    if new is not None and (lapsed or deciding_on_going_on(new)):
        held = {
            act.text.en
            for act in new.actions
            if change.rule_id in act.rules and not holds_after_expiry(new, act)
        }
        if not lapsed:
            key = "diff.advice_now.continued"
    quoted = [
        message(key if text.en in held else "diff.advice_now.one", lang, text=text.get(lang))
        for text in now
    ]
    said = message("diff.advice_now", lang, texts="; ".join(quoted))
    return msgspec.structs.replace(row, detail=(*row.detail, said))


#: the dated facts a persisted risk's row says at most (:func:`_aged_lines`)
_AGED_SHOWN = 4


def _aged_lines(change: CheckChange, lang: str) -> list[str]:
    """How long a risk on both sides has stood, by the dated facts both versions show (the
    comparison's ``aged``): "Tanggal kegiatan terakhir program “Forum bisnis tuna”: 22 Agustus
    2019 — 4 tahun 5 bulan sebelum penilaian lama, 6 tahun 9 bulan sebelum penilaian baru"
    (trial 400 M6: the decay a re-assessment shows was not said). At most
    :data:`_AGED_SHOWN`, then how many more."""
    aged = getattr(change, "aged", None) or []
    lines = [
        message(
            "diff.aged",
            lang,
            label=_aged_label(item, lang),
            date=formatting.date(item.date, lang),
            old=item.old_span.get(lang),
            new=item.new_span.get(lang),
        )
        for item in aged[:_AGED_SHOWN]
    ]
    if len(aged) > _AGED_SHOWN:
        lines.append(message("diff.aged.more", lang, n=len(aged) - _AGED_SHOWN))
    return lines


def _aged_label(item: Aged, lang: str) -> str:
    """A dated fact's label in a comparison: by its programme's or sector's name where the
    evidence gives it ("Tanggal kegiatan terakhir program “Forum bisnis tuna”"), which stays
    when the items are renumbered; else by its place."""
    if item.name is None:
        return field(item.path, lang)
    label = labels.capitalize(labels.field_label(item.path, lang, where=False))
    return f"{label} “{item.name}”"


def _drift(d: AssessmentDiff, groups: tuple[DiffGroup, ...], lang: str) -> str:
    """What the verdict line adds where the verdict stayed but the risks moved one way: ",
    tetapi jumlah risikonya bertambah: sepuluh risiko baru, dan tidak ada risiko lama yang kini
    tanpa temuan" where the new risks outnumber those cleared and the total score rose, and
    the reverse where it fell (trial 420 M4: "Kesimpulan tetap: Risiko sedang" led a
    comparison whose risks went from two to twelve, the decay the re-assessment was made to
    see). Empty otherwise."""
    new, cleared = _counted_new(d), _count(groups, "cleared")
    if new > cleared and d.new_score > d.old_score:
        key = "diff.verdict_same.worse" + ("" if cleared else ".none")
    elif cleared > new and d.new_score < d.old_score:
        key = "diff.verdict_same.better" + ("" if new else ".none")
    else:
        return ""
    # counts in words in Indonesian, as the memo says them ("sepuluh risiko baru")
    said = {"new": new, "cleared": cleared}
    if lang == "id":
        said = {k: in_words(v, lang) for k, v in said.items()}
    return message(key, lang, **said)


def _count(groups: tuple[DiffGroup, ...], key: str) -> int:
    """How many rows the group ``key`` shows (none where it is not shown)."""
    return next((len(g.rows) for g in groups if g.key == key), 0)


def _counted_new(d: AssessmentDiff) -> int:
    """The new risks a comparison's headline counts: those that became one (not those the
    old version held under another rule's finding, shown apart), a base risk back in full
    in place of its residual, and a risk only the new assessment's pack has, as
    ``new_risks`` (``diff --fail-on-new``) counts them (attack 430 H2: two high risks back
    in full read "Kesimpulan tetap: Risiko tinggi … Risiko baru: 0", and the command exited
    1). A note of severity info is no risk, as there."""
    return len(d.new_risks)


def _diff_score(d: AssessmentDiff, groups: tuple[DiffGroup, ...], lang: str) -> str:
    """The comparison's score line: the total of the risks' scores on each side, said as what
    it is, and how many risks came, stayed and went, as the groups below list them (trial
    210, 14: "Skor: 150 → 151" read as "nothing changed" beside six risks gone and seven
    new), parted as the headings below part them: a risk now open or not applicable is not
    cleared (review 220, 2). The counts are left out where no risk is listed on either
    side."""
    score = message("diff.score", lang, old=d.old_score, new=d.new_score)
    new = _counted_new(d)
    # a base risk that gave way to its residual stays, as a residual risk
    kept = _count(groups, "persisted") + _count(groups, "downgraded")
    cleared, unhandled = _count(groups, "cleared"), _count(groups, "unhandled")
    apart, accepted = _count(groups, "recorded_apart"), _count(groups, "accepted")
    if not (new or kept or cleared or unhandled or apart or accepted):
        return score
    return message(
        "diff.score.counts",
        lang,
        score=score,
        new=new,
        kept=kept,
        cleared=cleared,
        unhandled=message("diff.score.unhandled", lang, n=unhandled) if unhandled else "",
    ) + "".join(
        message(f"diff.score.{key}", lang, n=n)
        for key, n in (("apart", apart), ("accepted", accepted))
        if n
    )


def _with_persisted(
    groups: tuple[DiffGroup, ...], d: AssessmentDiff, lang: str, new: Assessment | None = None
) -> tuple[DiffGroup, ...]:
    """``groups`` with the risks that persisted after those that got worse, under a heading
    that says since when ("Risiko yang bertahan sejak penilaian 20 September 2016": the
    older of the two dates), each with its status on both sides. A risk that stayed is the
    decline after signing the thesis's chapter IV.A finds, and the comparison showed only
    what moved (practitioner trial 28 #8). A comparison read from an older JSON has none."""
    persisted = getattr(d, "persisted", None) or []
    if not persisted:
        return groups
    days = [day for day in (d.old_as_of, d.new_as_of) if day is not None]
    heading = (
        message("diff.persisted_since", lang, day=formatting.date(min(days), lang))
        if days
        else message("diff.persisted", lang)
    )
    group = DiffGroup(
        "persisted", heading, tuple(_persisted_row(ch, lang, new) for ch in persisted)
    )
    worse = ("became_risk", "escalated")
    at = sum(1 for g in groups if g.key in worse)  # the groups come in GROUPS' order
    return (*groups[:at], group, *groups[at:])


def _diff_law(d: AssessmentDiff, lang: str) -> str | None:
    """One line when the two dates fall under different laws of one era's terms (UU 32/2004
    gave way to UU 23/2014 in October 2014: the DPRD approval's basis and the name of the
    regional offices changed with it), whichever packs judged them; None when both dates
    fall in one era or one is unknown. The eras are the glossary's (``eras:`` in
    actors.yaml), which the packs' dated sources follow."""
    from paracheck.rules.loader import actor_eras, era_of

    if d.old_as_of is None or d.new_as_of is None:
        return None
    before, after = era_of(d.old_as_of), era_of(d.new_as_of)
    if before == after:
        return None
    eras = actor_eras()

    def law(index: int | None) -> str:
        return eras[-1].ended_by if index is None else eras[index].instrument

    first = min(i if i is not None else len(eras) for i in (before, after))
    day = eras[first].until + dt.timedelta(days=1)
    return message(
        "diff.law_changed",
        lang,
        old=law(before),
        new=law(after),
        day=formatting.date(day, lang),
    )


def _residual_row(pair: ResidualChange, down: bool, lang: str) -> DiffRow:
    """A base risk and its residual trading places, as one row under the title of the risk
    the new version holds: "TOC-001 → TOC-002 (risiko sisa)", "Risiko (16)" → "Risiko sisa
    (8)" under the residual's title (or back, under the base's). The base's title on a row
    going down read "… tanpa koordinasi dengan BNN" beside BNN just added (practitioner
    trial 32 C5)."""
    base, residual = pair.base, pair.residual
    tag = message("diff.residual", lang)
    if down:
        rule = f"{base.rule_id} → {residual.rule_id} ({tag})"
        old = diff_side(base.old_status, base.old_score, lang)
        new = message("diff.residual_risk", lang, score=residual.new_score)
    else:
        rule = f"{residual.rule_id} ({tag}) → {base.rule_id}"
        old = message("diff.residual_risk", lang, score=residual.old_score)
        new = diff_side(base.new_status, base.new_score, lang)
    held = residual if down else base
    return DiffRow(rule, held.title.get(lang), label("domain", base.domain, lang), old, new)


def _items_row(change: CheckChange, lang: str, removed: frozenset[str] = frozenset()) -> DiffRow:
    """A check whose findings moved while its status did not: how many items on each side
    ("3 program → 1 program") and which are gone, still there and new, by name (newcomer
    trial 18: IMP-004's three stalled programmes down to one was the revival's main news,
    and the comparison did not show it)."""
    gone, kept, found = change.item_changes()
    # a side that listed no item at all did not find none: it did not itemise the finding
    # (BUD-005 on the whole while a sector's programmes were unknown), so the other side's
    # items are what it finds now or found before, not "baru" / "tidak lagi" (trial 190 #4:
    # two programmes planned since 2018 "baru" in 2022)
    said = (
        ("diff.items_before" if not change.new_items else "diff.items_gone", gone),
        ("diff.items_kept", kept),
        ("diff.items_now" if not change.old_items else "diff.items_new", found),
    )
    detail = tuple(
        f"{message(key, lang)}: {_items_text(items, lang, removed)}" for key, items in said if items
    )
    return DiffRow(
        change.rule_id,
        _diff_name(change, lang),
        label("domain", change.domain, lang),
        _items_count(change.old_items, lang),
        _items_count(change.new_items, lang),
        detail,
    )


def _items_count(items: list[ItemRef], lang: str) -> str:
    """``3 program``, ``1 sektor``, ``2 butir`` (items of both kinds); ``tanpa rincian butir``
    for a side that listed none (its finding not itemised, not "0 butir")."""
    if not items:
        return message("diff.items.none", lang)
    kinds = {"program" if ".programs[" in i.path else "sector" for i in items}
    kind = kinds.pop() if len(kinds) == 1 else "item"
    return message(f"diff.items.{kind}", lang, n=len(items))


def _items_text(items: list[ItemRef], lang: str, removed: frozenset[str] = frozenset()) -> str:
    """Items by place and name, at most :data:`PLACES_NAMED` and "dan N lainnya"; a sector
    the new version removed says so ("sektor penanggulangan bencana (sektornya dihapus pada
    versi baru)": gone with its sector, not dealt with; review 220, 11)."""
    shown = items if _all_named(len(items)) else items[:PLACES_NAMED]
    named = [
        _diff_item(i.path, i.name, lang)
        + (
            message("diff.items.sector_removed", lang)
            if i.name in removed and _SECTOR_ITEM.fullmatch(i.path)
            else ""
        )
        for i in shown
    ]
    return places_text(named, len(items), lang)


#: an item that is a sector itself (not one of its programmes)
_SECTOR_ITEM = re.compile(r"sectors\[\d+\]")


def _diff_when(day: Any, stage: str | None, lang: str) -> str:
    """A version's date judged and its stage, as the comparison's header says them."""
    if day is None:
        return ""
    shown = formatting.date(day, lang)
    if stage is None:
        return message("diff.when_no_stage", lang, day=shown)
    said = labels.value_label("stage", stage, lang) or stage
    return message("diff.when", lang, day=shown, stage=said)


def diff_view(
    d: AssessmentDiff, lang: str, assessments: tuple[Assessment, Assessment] | None = None
) -> DiffView:
    """The comparison ``d`` as people read it in ``lang``; with ``assessments``, the old and
    the new assessment ``d`` compares, also the sentences of their memos' Saran that
    changed."""
    from paracheck.comparison import ResidualChange  # a diff's: not loaded for a report

    old_v, new_v = (label("verdict", v, lang) for v in (d.old_verdict, d.new_verdict))
    verdict = (
        message("diff.verdict_changed", lang, old=old_v, new=new_v)
        if d.verdict_changed
        else message("diff.verdict_same", lang, verdict=new_v)
    )
    cancelled = _cancelled_programmes(d)
    # the names of the sectors the new version removed (an item of one is gone with it)
    removed = frozenset(
        s.name for s in getattr(d, "sectors_removed", None) or [] if isinstance(s.name, str)
    )
    groups = tuple(
        DiffGroup(
            key,
            message(f"diff.{key}", lang),
            tuple(
                _residual_row(ch, key == "downgraded", lang)
                if isinstance(ch, ResidualChange)
                else _items_row(ch, lang, removed)
                if key == "items_changed"
                else _cleared_row(ch, cancelled, lang, d, assessments)
                if key == "cleared"
                else _unhandled_row(ch, d.new.stage, cancelled, assessments, lang)
                if key == "unhandled"
                else _apart_row(ch, lang)
                if key == "recorded_apart"
                else _stage_row(_change_row(ch, lang), ch, d.new.stage, lang)
                for ch in changes
            ),
        )
        for key, changes in _shown_groups(d)
        if changes
    )
    groups = _with_persisted(groups, d, lang, None if assessments is None else assessments[1])
    if not d.verdict_changed:
        verdict += _drift(d, groups, lang)
    parties = _parties_differ(d.old, d.new)
    if parties is None:  # a version that names no party (or read from an older JSON)
        title_differs = d.old.title.strip().casefold() != d.new.title.strip().casefold()
        other = message("diff.other_proposal", lang) if title_differs else None
    elif parties:
        other = message(
            "diff.other_parties", lang, old=_parties(d.old, lang), new=_parties(d.new, lang)
        )
    else:  # the same parties under a new title ("… tinjauan tahunan 2027"): one partnership
        other = None
    # one file given twice (attack 430 L2: a full comparison, "Tidak ada perubahan", and no
    # word that both sides were the same text)
    if other is None and d.old.sha256 == d.new.sha256 and d.old_as_of == d.new_as_of:
        other = message("diff.same_file", lang)
    reversed_order = None
    if d.dates_reversed and d.old_as_of is not None and d.new_as_of is not None:
        # an old version with no date of its own was judged as of the day it was assessed:
        # it is not "dated" later (attack 430 L1: "Versi baru bertanggal lebih awal (15
        # September 2025) daripada versi lama (7 Desember 2026)" of a file with no date)
        undated = any(n.code == "no_date" for n in d.notices_removed)
        reversed_order = message(
            "diff.dates_reversed" + (".undated" if undated else ""),
            lang,
            old=formatting.date(d.old_as_of, lang),
            new=formatting.date(d.new_as_of, lang),
        )
    return DiffView(
        order_warning=reversed_order,
        notices=_diff_notices(d, lang),
        notices_heading=message("diff.notices", lang),
        sectors=_diff_sectors(d, lang),
        sectors_heading=message("diff.sectors", lang),
        steps=_diff_steps(d, lang, assessments),
        saran=() if assessments is None else saran_changes(*assessments, lang),
        saran_heading=message("diff.saran", lang),
        inputs=_diff_inputs(d, lang),
        inputs_heading=message("diff.inputs", lang),
        steps_heading=message("diff.steps", lang),
        old_when=_diff_when(d.old_as_of, d.old.stage, lang),
        new_when=_diff_when(d.new_as_of, d.new.stage, lang),
        other_proposal=other,
        rules=_diff_rules(d, lang),
        law=_diff_law(d, lang),
        verdict=verdict,
        score=_diff_score(d, groups, lang),
        no_changes=None if d.has_changes else message("diff.no_changes", lang),
        groups=groups,
    )
