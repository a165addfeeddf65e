"""One assessment as Markdown, written in plain Python (issue 16: batches in every format).

This was the Jinja template ``assessment.md.j2``; a 500-file Markdown batch spent most of
its rendering time in Jinja's per-expression machinery (attribute lookup, the call
indirection, ``finalize`` on every printed value, loop contexts), about 2.2 ms a report.
Written out here the same report takes a fraction of that, byte for byte the same text (the
golden corpus pins it).

The rules the template followed hold here too: every label comes from :mod:`messages`, every
grouping and ordering from :mod:`view`, and every value printed passes
:func:`escape.markdown` (the template environment's ``finalize``), so nothing a proposal says
becomes markup; table cells also go through :func:`escape.markdown_cell`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from paracheck.engine.model import Assessment, Check
from paracheck.report import catalogue, escape, formatting, view
from paracheck.report.advice import saran as advice_with_decision
from paracheck.report.messages import PrintedMessages, label, message

if TYPE_CHECKING:
    from paracheck.batch import BatchRow

_text = escape.markdown_text
_cell = escape.markdown_cell


def _v(value: Any) -> str:
    """A printed value as Jinja printed it through ``finalize``: text made inert, numbers and
    ``None`` as ``str`` writes them."""
    if type(value) is str:
        return _text(value)
    return str(escape.markdown(value))


@functools.cache
def _labels(lang: str) -> PrintedMessages:
    """The language's fixed messages, made inert once each."""
    return PrintedMessages(lang, _text)


@functools.lru_cache(maxsize=1024)
def _label(group: str, code: str | None, lang: str) -> str:
    """:func:`messages.label` as printed; codes are the contract's (a bounded set)."""
    return _text(label(group, code, lang))


def report(a: Assessment, lang: str) -> str:
    """The memo and its annex, exactly as ``assessment.md.j2`` wrote them."""
    t = _labels(lang)
    tr = catalogue.text
    out: list[str] = []
    w = out.append
    proposal = a.proposal
    pack = a.pack

    # --- the memo
    w(f"# {t[view.memo_title_key(a)]}: {_v(proposal.title)}\n\n| | |\n|---|---|\n")
    w(f"| {t[view.proposal_key(a)]} | {_cell(proposal.title)} |\n")
    w(f"| {t['file']} | {_source_cell(proposal.source, lang)} |\n")
    w(f"| {t['as_of']} | {_text(formatting.date(a.as_of, lang))} |\n")
    w(f"| {t['basis']} | {_cell(view.basis(a, lang))}")
    for name, said in view.brief(a, lang):
        w(f" |\n| {_cell(name)} | {_cell(said)}")
    w(
        f" |\n| {t['verdict']} | **{_label('verdict', a.verdict, lang)}** — "
        f"{_text(view.verdict_note(a, lang))} |\n"
    )
    worst = view.worst(a, lang)
    if worst:
        w(f"| | {_cell(worst)} |\n")
    # grouped once: the Saran numbers them as the questions section lists them
    every = view.question_groups(a, lang)
    saran = advice_with_decision(a, lang, every)
    w(f"| | **{_cell(saran.on_first_screen(lang))}** |\n")
    w(f"| {t['score']} | {_v(a.score)} ({t['score_help']}) |\n")
    for notice in view.notices(a, lang, saran.says):
        w(f"\n> ⚠ {_v(notice)}\n")

    w(f"\n## {t['heading.top_risks']}\n\n")
    risks = view.risks(a)
    top_risks = view.top_risks(a)
    score_word = _text(message("score", lang).lower())
    for i, c in enumerate(top_risks, 1):
        memo = view.rule_memo(c, lang, "markdown")
        line = memo.get("top")
        if line is None:
            line = memo["top"] = (
                f"**{_v(c.rule_id)}** {_v(tr(c.title, lang))} — "
                f"{_label('severity', c.severity, lang)}, {score_word} {_v(c.score)}\n"
            )
        w(f"{i}. {line}")
    if not top_risks:
        w(f"{t['none']}\n")
    more_risks = view.more_risks(a)
    if more_risks:
        w(f"\n{_text(message('more_risks', lang, n=more_risks))}\n")

    w(f"\n## {t['heading.questions']}\n\n")
    questions, deferred = view.memo_questions(a, lang, every)
    for i, q in enumerate(questions, 1):
        w(f"{i}. {_v(q['text'])}")
        if q["where"]:
            w(f" *({_v(message('concerns', lang, where=q['where']))})*")
        if q["later"]:
            w(f" *({_v(q['later'])})*")
        checks = view.settled_checks(q["checks"], lang)  # type: ignore[arg-type]
        w(f" — {t['settles']}: {_text(checks)}\n")
    if not questions:
        w(f"{_text(view.no_questions_note(deferred, lang, a))}\n")
    held = view.deferred_questions_note(len(questions), deferred, lang, a)
    if held:
        w(f"\n{_text(held)}\n")

    w(f"\n## {t['heading.plan']}\n\n")
    plan = view.action_plan(a, lang)
    for stage, acts in plan:
        w(f"**{_v(stage)}**\n\n")
        for act in acts:
            w(f"- **{_v(act['who'])}**: {_v(act['text'])} ({_text(view.plan_refs(act))})\n")
        w("\n")
    if not plan:
        w(f"{_v(view.no_plan_note(a, lang))}\n\n")
    deferred = view.deferred_actions(a)
    if deferred:
        w(f"*{_text(message(view.deferred_note_key(a), lang, n=deferred))}*\n\n")
    if view.next_steps_deferred(a):
        w(f"## {t['heading.next_steps']}\n\n")
        w(f"*{_text(message(view.next_steps_note_key(a), lang))}*\n\n")
    groups = view.next_steps(a, lang)
    if groups:
        w(f"## {t['heading.next_steps']}\n\n")
        for due, steps in groups:
            w(f"**{_text(due)}:**\n\n")
            w("".join(f"- {_text(step)}\n" for step in steps))
            w("\n")
    w(f"## {t['heading.advice']}\n\n")
    w("".join(f"{i}. {_text(said)}\n" for i, said in enumerate(saran.items, 1)))
    w("\n")

    # --- the annex
    w(f"---\n\n# {t['title.annex']}\n\n**{t['heading.legend']}:** ")
    marks = view.MARKS
    w(" · ".join(f"`[{_text(marks[s])}]` {t['legend.' + s]}" for s in view.LEGEND_ORDER))
    w(f"\n\n*{t['confidence_help']}*\n")
    w(f"\n## {t['heading.checklist']}\n")
    head = (
        f"\n\n| | {t['rule']} | {t['statement']} | {t['status']} | {t['severity']} |\n"
        "|---|---|---|---|---|\n"
    )
    for domain, checks in view.by_domain(c for c in a.checks if c.status != "unknown"):
        w(f"\n### {_label('domain', domain, lang)}{head}")
        for c in checks:
            s = view.shown(c)
            if view.fixed_row(c, s, a):  # the row is the rule's and the status's alone
                w(view.memo_row(c, s, lang, "markdown", _checklist_row))
            else:
                w(_checklist_row(c, s, lang, a))
    unknowns = view.with_status(a, "unknown")
    if unknowns:
        w(f"\n{_text(message('unknowns_below', lang, n=len(unknowns)))}\n")

    w(f"\n## {t['heading.risk_details']}\n\n")
    kept = view.kept_after_expiry(a)
    for c in risks:
        memo = view.rule_memo(c, lang, "markdown")
        head = memo.get("head")
        if head is None:
            head = memo["head"] = (
                f"### {_v(c.rule_id)} — {_v(tr(c.title, lang))}\n\n"
                f"*{_label('severity', c.severity, lang)} · {_text(view.score_formula(c, lang))} · "
                f"{_label('domain', c.domain, lang)}*\n\n"
                f"- *{t['why']}:* {_v(tr(c.why, lang))}\n"
            )
        w(head)
        if c.items:
            w(f"- *{t['items']}:* {_text(view.items(c, lang, a))}\n")
        if c.evidence:
            w(f"- *{t['evidence']}:*\n")
            for e in c.evidence:
                w(f"  - {_text(view.evidence_line(e, lang, view.local_level(a), view.era(a)))}\n")
        if c.missing:
            w(f"- *{t['missing']}:* {_text(view.fields(c.missing, lang))}\n")
        clears = memo.get("clears")
        if clears is None:
            clears = memo["clears"] = f"- *{t['clears_when']}:* {_v(tr(c.clears_when, lang))}\n"
        w(clears)
        if c.recommendations:
            w(f"- *{_text(view.recommendations_heading(a, c, lang))}:*\n")
            agency = view.sector_agency(a, [c], lang)  # the same for each of the check's advice
            for rec in c.recommendations:
                own, where = view.advice_scope(a, c, rec, lang, agency)
                who = view.who(rec, lang, view.acting_agency(a, rec, own, lang), view.role_names(a))
                stage = (
                    _label("stage", rec.stage, lang)
                    if kept is None
                    else _text(view.recommendation_stage(rec, lang, kept, c.domain))
                )
                where = f" ({_text(where)})" if where else ""
                said = _v(view.for_agencies(tr(rec.text, lang), own, lang))
                w(f"  - {stage} · **{_text(who)}**: {said}{where}\n")
        if c.waiver:
            w(f"- *{_text(view.waiver_line(c, lang))}*\n")
        sources = "; ".join(_text(view.source_line(s, lang)) for s in c.sources)
        w(f"- *{t['sources']}:* {sources}\n")
    if not risks:
        w(f"{t['none']}\n\n")

    w(f"## {t['heading.unknown_by_question']}\n\n")
    groups = view.unknowns_by_question(a, lang, every, unknowns)
    mark = _text(marks["unknown"])
    for question, checks in groups:
        w(f"**{_v(question)}**\n\n")
        for c in checks:
            memo = view.rule_memo(c, lang, "markdown")
            line = memo.get("open")
            if line is None:
                line = memo["open"] = (
                    f"- `[{mark}]` **{_v(c.rule_id)}** {_text(view.statement(c, lang))} "
                    f"({_label('severity', c.severity, lang)})\n\n"
                )
            w(line)
        w("\n")
    if not groups:
        w(f"{t['none']}\n\n")
    accepted = view.with_status(a, "accepted")
    unused = view.unused_waivers(a, lang)
    if accepted or unused:
        w(f"## {t['heading.accepted']}\n\n")
        mark = _text(marks["accepted"])
        for c in accepted:
            w(
                f"- `[{mark}]` **{_v(c.rule_id)}** {_v(tr(c.title, lang))} — "
                f"{_text(view.waiver_line(c, lang))}\n"
            )
        for said in unused:
            w(f"- {_v(said)}\n")
        w("\n")

    w(
        f"## {t['domains']}\n\n| {t['domain']} | {t['level']} | {t['domain_score']} | "
        f"{t['risks']} | {t['unknowns']} |\n|---|---|--:|--:|--:|\n"
    )
    levels = view.domain_levels(a, lang)
    for domain, s in a.domains.items():
        w(
            f"| {_label('domain', domain, lang)} | {_text(levels[domain])} | "
            f"{_v(s.score)} | {_v(s.risks)} | {_v(s.unknowns)} |\n"
        )

    w(f"\n## {t['heading.procedure']}\n\n")
    if a.procedure:
        w(
            f"| # | {t['step']} | {t['required']} | {t['status']} | {t['date']} | "
            f"{t['issue']} |\n|--:|---|---|---|---|---|\n"
        )
        for i, p in enumerate(a.procedure, 1):
            warn = "" if view.recorded_only(a, p) else "⚠ "
            said = view.step_issue(a, p, lang)
            # else what the procedure in force says of a step it does not have: a note
            law = None if said else view.law_after_note(a, p, lang)
            issue = _cell(f"{warn}{said}" if said else law or "")
            day = _text(formatting.date(p.date, lang))
            required = _text(view.step_required(a, p, lang))
            w(
                f"| {i} | {_label('step', p.step, lang)} | {required} | "
                f"{_text(view.step_status(a, p, lang))} | {day} | {issue} |\n"
            )
        documents = view.step_documents(a, lang)
        if documents:
            w(f"\n{_text(message('procedure.documents', lang))}\n\n")
            for row, step, document in documents:
                w(f"- {row}\\. {_text(step)}: {_text(document)}\n")
        basis = view.procedure_basis(a, lang)
        if basis:
            w(f"\n{_text(basis)}\n")
    else:
        w(f"{t['none']}\n")
    mark = f" · {_v(pack.name)} {_v(pack.version)}" if view.pack_mark(a, lang) else ""
    w(f"\n*{t['generated_by']}{mark} · {t['decision_support']}*\n")
    return "".join(out)


def _checklist_row(c: Check, s: str, lang: str, a: Assessment | None = None) -> str:
    """A check's row in the checklist table, ``s`` its shown status (:func:`view.shown`;
    ``a``: the assessment, for a status that says more than its label)."""
    return (
        f"| `[{_text(view.MARKS['note' if s == 'risk' and c.severity == 'info' else s])}]` | "
        f"{_v(c.rule_id)} | {_cell(view.statement(c, lang))} | "
        f"{_text(view.status_words(c, lang, a))} | {_label('severity', c.severity, lang)} |\n"
    )


#: summary rows written per piece at the end of a Markdown batch
SUMMARY_CHUNK = 256


def _source_cell(source: str, lang: str) -> str:
    """A proposal's file name as code, or the words for standard input."""
    words = view.stdin_words(source, lang)
    return _cell(words) if words is not None else escape.markdown_code(source, cell=True)


def summary(rows: Sequence[BatchRow], lang: str) -> Iterator[str]:
    """The end of a Markdown batch — the summary table, then the files that failed — in
    pieces of :data:`SUMMARY_CHUNK` rows, so the end of a 10,000-file batch is never one
    string (what ``summary.md.j2`` wrote, byte for byte)."""
    t = _labels(lang)
    yield (
        f"# {t['title.batch']}\n\n{t['batch.legend']}\n\n| {t['file']} | {t['batch.proposal']} | "
        f"{t['batch.stage']} | {t['verdict']} | {t['batch.score']} | {t['top_risks_notes']} |\n"
        "|---|---|---|---|--:|---|\n"
    )
    error = t["error"]
    for first in range(0, len(rows), SUMMARY_CHUNK):
        lines = []
        for row in rows[first : first + SUMMARY_CHUNK]:
            s = row.summary
            if s is None:
                problem = view.failed_note(row.problems, lang)
                source = _source_cell(row.source, lang)
                lines.append(f"| {source} |  |  | {error} |  | {_cell(problem)} |\n")
            else:
                noted = view.summary_row_risks(s, lang)
                stage = view.summary_stage(s.stage, s.as_of, lang)
                lines.append(
                    f"| {_source_cell(row.source, lang)} | {_cell(s.title)} | {_cell(stage)} | "
                    f"{_label('verdict', s.verdict, lang)} | {_v(s.score)} | "
                    f"{_cell(noted)} |\n"
                )
        yield "".join(lines)
    errors = [row for row in rows if not row.ok]
    if errors:
        yield f"\n## {t['heading.errors']}\n\n"
        for row in errors:
            yield "".join(f"- {escape.markdown_code(p.describe(lang))}\n" for p in row.problems)
