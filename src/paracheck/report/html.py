"""One assessment's section of an HTML report, and the summary at the end of an HTML batch,
written in plain Python (issue 16: batches in every format).

These were the ``report`` and ``tail`` blocks of ``report.html.j2``; a 500-file HTML batch
spent most of its rendering time in Jinja's per-expression machinery, about 3 ms a report.
Written out here the same markup takes a fraction of that, byte for byte (the golden corpus
pins it). The page head and its styles stay in the template (once per document).

The template's rules hold here too: every label comes from :mod:`messages`, every grouping
and ordering from :mod:`view`, and every value printed is escaped with
:func:`markupsafe.escape`, as Jinja's autoescape did, unless it is our own :class:`Markup`
(the heat map's fixed parts), so nothing a proposal says can become markup.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from markupsafe import escape

from paracheck.engine.model import Assessment, Check
from paracheck.report import catalogue, formatting, view
from paracheck.report.advice import saran as advice_with_decision
from paracheck.report.escape import REPLACEMENT
from paracheck.report.messages import PrintedMessages, label, message

if TYPE_CHECKING:
    from paracheck.batch import BatchRow

#: the end of every HTML document
END = "</body>\n</html>\n"


#: a status that carries its caveat ("Tidak ada temuan (menurut data rujukan paracheck;
#: pastikan kepada Kemlu)") wraps in its cell: kept on one line, the printed checklist's status
#: column took the statements' width (the NTB PDF went from 10 pages to 13)
_WRAPS = " wraps"


def _caveat(c: Check) -> bool:
    """Whether ``c``'s status words carry the reference-data caveat (:func:`view.status_words`:
    a clear check resting on the reference data), and so wrap. Only then: a risk row of such a
    check is the rule's fixed row (:func:`view.fixed_row`), written once per worker, so a class
    set on it by the check's evidence made a batch's bytes depend on which file a worker
    rendered first (perf19a: "badge risk wraps" after one file, "badge risk" after another)."""
    return c.status == "clear" and view.by_reference(c)


def printable(markup: str) -> str:
    """``markup`` with every control character but tab and line breaks replaced by U+FFFD,
    as the text and Markdown reports replace them: a title sent as JSON
    (``"\\u001b[2J\\u0000…"``) or YAML (``"\\e[2J"``) reached the page raw, escape
    sequences and NUL included, which HTML does not allow (atk21). One pass over the
    finished markup, not one per value: a report's text is written into it whole. A
    search that finds none (every report but such a one) leaves the markup as it is."""
    if _UNPRINTABLE.search(markup) is None:
        return markup
    return _UNPRINTABLE.sub(REPLACEMENT, markup)


#: what :func:`printable` replaces: the control characters but tab and line breaks
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _e(value: Any) -> str:
    """``value`` escaped for HTML, the same text as :func:`markupsafe.escape`: a text with none
    of the five characters it replaces is returned as it is without the trip through
    ``escape`` (most labels, codes and values), which took a quarter of a report's time."""
    if type(value) is str:
        if "&" in value or "<" in value or ">" in value or '"' in value or "'" in value:
            return str(escape(value))
        return value
    if type(value) is int:  # digits and a sign: nothing to escape
        return str(value)
    return str(escape(value))


@functools.cache
def _labels(lang: str) -> PrintedMessages:
    """The language's fixed messages, escaped once each."""
    return PrintedMessages(lang, _e)


@functools.lru_cache(maxsize=1024)
def _label(group: str, code: str | None, lang: str) -> str:
    """:func:`messages.label`, escaped; codes are the contract's (a bounded set)."""
    return _e(label(group, code, lang))


@functools.cache
def _empty_cells(lang: str) -> dict[tuple[int, int], str]:
    """Each heat-map cell's markup with no check in it, by (likelihood, impact): its fixed
    parts (:func:`documents.heat_map_parts`) as the report writes them."""
    from paracheck.report.documents import heat_map_parts

    parts, _ = heat_map_parts(lang)
    return {key: f"{_e(head)}{_e(mid)}\n  </g>\n" for key, (head, mid) in parts.items()}


def _links(ids: Sequence[str]) -> str:
    return ", ".join(map(_link, ids))


def _link(rule_id: str) -> str:
    return f'<a href="#check-{_e(rule_id)}">{_e(rule_id)}</a>'


def report(a: Assessment, lang: str, index: Any) -> str:
    """One assessment as a ``<section>`` of an HTML report; ``index`` is its position (its
    anchor ``report-N``), exactly as the template's ``report`` block wrote it."""
    return _section(index) + printable(_markup(a, lang))


def report_bytes(a: Assessment, lang: str, index: Any) -> bytes:
    """:func:`report` encoded as UTF-8, as a batch's worker sends it: the same bytes, with the
    check for control characters (:func:`printable`) made on the encoded markup, which the
    worker makes anyway. The search of :func:`printable` over the text took ~0.16 ms of a
    generated proposal's ~2.5 ms report (a character class matched character by character);
    on the bytes, deleting the C0 controls and comparing lengths, then looking for the C1
    controls' lead byte, takes a fraction of it."""
    markup = _markup(a, lang)
    data = markup.encode("utf-8")
    if len(data.translate(None, _C0)) != len(data) or _C1.search(data) is not None:
        data = printable(markup).encode("utf-8")  # a value held a control character
    return _section(index).encode("utf-8") + data


#: the bytes of what :func:`printable` replaces, in UTF-8: the C0 controls but tab and line
#: breaks, and DEL, are single bytes no other character's encoding holds; a C1 control
#: (U+0080–U+009F) is ``\xc2`` then ``\x80``–``\x9f``, and ``\xc2`` only ever leads a character
_C0 = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_C1 = re.compile(b"\xc2[\x80-\x9f]")


def _section(index: Any) -> str:
    """A report's opening tag; the index after the pass of :func:`printable`: a batch's worker
    writes it as NUL, which the batch replaces with the report's number
    (``batch.INDEX_MARK``)."""
    return f'<section class="report" id="report-{_e(index)}">'


def _markup(a: Assessment, lang: str) -> str:
    """The report's markup after its opening tag (:func:`report`), before the pass of
    :func:`printable`."""
    from paracheck.report.documents import heat_map

    t = _labels(lang)
    tr = catalogue.text
    out: list[str] = []
    w = out.append
    proposal = a.proposal
    pack = a.pack

    # --- the memo
    w(
        '\n<div class="memo">\n'
        f"<h1>{t[view.memo_title_key(a)]}</h1>\n"
        f'<p class="subtitle">{_e(proposal.title)}</p>\n<table class="meta">\n'
        f"  <tr><td>{t['file']}</td><td>{_source_cell(proposal.source, lang)}</td>"
        f"<td>{t['as_of']}</td><td>{_e(formatting.date(a.as_of, lang))}</td></tr>\n"
        f'  <tr><td>{t["basis"]}</td><td colspan="3">{_e(view.basis(a, lang))}'
    )
    for name, said in view.brief(a, lang):
        w(f'</td></tr>\n  <tr><td>{_e(name)}</td><td colspan="3">{_e(said)}')
    w(
        '</td></tr>\n</table>\n\n<div class="verdict-box">\n'
        f'  <span class="verdict verdict-{_e(a.verdict)}">{t["verdict"]}: '
        f"{_label('verdict', a.verdict, lang)}</span>\n"
        f"  <span>{_e(view.verdict_note(a, lang))}</span>\n</div>\n"
    )
    worst = view.worst(a, lang)
    if worst:
        w(f'<p class="worst">{_e(worst)}</p>')
    # grouped once: the Saran numbers them as the questions section lists them
    every = view.question_groups(a, lang)
    saran = advice_with_decision(a, lang, every)
    w(f'<p class="decision"><strong>{_e(saran.on_first_screen(lang))}</strong></p>')
    for notice in view.notices(a, lang, saran.says):
        w(f'<p class="warning">{_e(notice)}</p>')

    w(f"\n<h2>{t['heading.top_risks']}</h2>\n")
    top_risks = view.top_risks(a)
    if top_risks:
        score_word = _e(message("score", lang).lower())
        w('<ol class="compact">')
        for c in top_risks:
            memo = view.rule_memo(c, lang, "html")
            line = memo.get("top")
            if line is None:
                rid = _e(c.rule_id)
                line = memo["top"] = (
                    f'<li><a href="#check-{rid}"><strong>{rid}</strong></a> '
                    f'{_e(tr(c.title, lang))} <span class="note">— '
                    f"{_label('severity', c.severity, lang)}, {score_word} {_e(c.score)}"
                    "</span></li>"
                )
            w(line)
        w("</ol>\n")
        more_risks = view.more_risks(a)
        if more_risks:
            more = message("more_risks", lang, n=more_risks)
            w(f'<p class="note">{_e(more)}</p>')
    else:
        w(f"<p>{t['none']}</p>")

    w(f"\n<h2>{t['heading.questions']}</h2>\n")
    questions, deferred = view.memo_questions(a, lang, every)
    if questions:
        w('<ol class="compact">')
        for q in questions:
            w(f"<li>{_e(q['text'])}")
            if q["where"]:
                w(f" <em>({_e(message('concerns', lang, where=q['where']))})</em>")
            if q["later"]:
                w(f" <em>({_e(q['later'])})</em>")
            checks = view.settled_checks(q["checks"], lang)  # type: ignore[arg-type]
            w(
                f' <span class="note">— {t["settles"]}: <span class="ids">{_e(checks)}'
                "</span></span></li>"
            )
        w("</ol>\n")
    else:
        w(f"<p>{_e(view.no_questions_note(deferred, lang, a))}</p>")
    held = view.deferred_questions_note(len(questions), deferred, lang, a)
    if held:
        w(f'<p class="note">{_e(held)}</p>\n')

    w(f"\n<h2>{t['heading.plan']}</h2>\n")
    plan = view.action_plan(a, lang)
    for stage, acts in plan:
        w(f'<div class="stage-group">\n<h3>{_e(stage)}</h3>\n<ul class="plan">')
        for act in acts:
            w(
                f"<li><strong>{_e(act['who'])}</strong>: {_e(act['text'])} "
                f'<span class="note ids">({view.plan_refs(act, _link, _e)})</span></li>'
            )
        w("</ul>\n</div>\n")
    if not plan:
        w(f"<p>{_e(view.no_plan_note(a, lang))}</p>\n")
    deferred = view.deferred_actions(a)
    if deferred:
        w(f'<p class="note">{_e(message(view.deferred_note_key(a), lang, n=deferred))}</p>\n')
    if view.next_steps_deferred(a):
        w(f"\n<h2>{t['heading.next_steps']}</h2>\n")
        w(f'<p class="note">{_e(message(view.next_steps_note_key(a), lang))}</p>\n')
    groups = view.next_steps(a, lang)
    if groups:
        w(f"\n<h2>{t['heading.next_steps']}</h2>\n")
        n = 0
        for due, steps in groups:
            w(f'<p class="due"><strong>{_e(due)}:</strong></p>\n<ol start="{n + 1}">')
            w("".join(f"<li>{_e(step)}</li>" for step in steps))
            w("</ol>\n")
            n += len(steps)
    w(f'\n<h2>{t["heading.advice"]}</h2>\n<ol class="compact advice">')
    w("".join(f"<li>{_e(said)}</li>" for said in saran.items))
    w("</ol>\n")

    # --- the annex: heat map and domains
    w(
        f'</div>\n\n<div class="annex">\n<h1 class="page-break">{t["title.annex"]}</h1>\n'
        f'<div class="overview">\n<div>\n<h2>{t["heading.heatmap"]}</h2>\n'
    )
    h = heat_map(a, lang)
    width, height = _e(h["width"]), _e(h["height"])
    w(
        f'<svg class="heatmap" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{t["heading.heatmap"]}">\n'
    )
    empty = _empty_cells(lang)
    for cell in h["cells"]:
        if not cell["ids"] and not cell["open_lines"]:  # most cells: their fixed parts alone
            w(empty[cell["likelihood"], cell["impact"]])
            continue
        w(_e(cell["head"]))
        if cell["ids"]:
            w(f": {_e(', '.join(map(str, cell['ids'])))}")
        w(f"{_e(cell['mid'])}\n")
        x, y = cell["x"] + 6, cell["y"] + 30
        for n, line in enumerate(cell["lines"]):
            w(
                f'    <text x="{_e(x)}" y="{_e(y + n * 14)}" class="heat-id">'
                f"{_e(' '.join(map(str, line)))}</text>\n"
            )
        shown = len(cell["lines"])
        for n, line in enumerate(cell["open_lines"]):
            w(
                f'    <text x="{_e(x)}" y="{_e(y + (shown + n) * 14)}" class="heat-open">'
                f"{_e(' '.join(map(str, line)))}</text>\n"
            )
        w("  </g>\n")
    w(f'{_e(h["axes"])}\n</svg>\n<ul class="heat-legend">\n')
    for band in h["bands"]:
        w(
            f'<li><span class="swatch" style="background: {_e(band["fill"])}"></span>'
            f"{_e(band['label'])}</li>"
        )
    w(
        f'  <li><span class="open-mark">?</span> {t["legend.open"]}</li>\n'
        f"  <li>{t['legend.bands']}</li>\n</ul>\n</div>\n"
        f"<div>\n<h2>{t['domains']}</h2>\n<table>\n  <tr><th>{t['domain']}</th>"
        f'<th>{t["level"]}</th><th class="num">{t["domain_score"]}</th>'
        f'<th class="num">{t["risks"]}</th><th class="num">{t["unknowns"]}</th></tr>\n'
    )
    levels = view.domain_levels(a, lang)
    for domain, s in a.domains.items():
        w(
            f"  <tr><td>{_label('domain', domain, lang)}</td>"
            f'<td>{_e(levels[domain])}</td><td class="num">{_e(s.score)}</td>'
            f'<td class="num">{_e(s.risks)}</td><td class="num">{_e(s.unknowns)}</td>'
            "</tr>\n"
        )
    w(
        f'</table>\n<p class="note">{t["score"]} {_e(a.score)}: {t["score_help"]}. '
        f"{t['confidence_help']}</p>\n"
        "</div>\n</div>\n\n"
    )

    # --- the checklist
    legend = " · ".join(
        f'<span class="badge {_e(_BADGE.get(s, s))}">'
        f"{_e(message('status.risk.info', lang)) if s == 'note' else _label('status', s, lang)}"
        f"</span> {_e(message('legend.' + s, lang).split('— ', 1)[-1])}"
        for s in view.LEGEND_ORDER
    )
    w(
        f'<h2>{t["heading.checklist"]}</h2>\n<p class="note">{t["heading.legend"]}: {legend}'
        f'</p>\n<table class="checklist">\n  <tr><th>{t["rule"]}</th><th>{t["statement"]}</th>'
        f"<th>{t['status']}</th><th>{t['severity']}</th></tr>\n"
    )
    for domain, checks in view.by_domain(c for c in a.checks if c.status != "unknown"):
        w(f'  <tr class="group"><td colspan="4">{_label("domain", domain, lang)}</td></tr>\n')
        for c in checks:
            s = view.shown(c)
            if view.fixed_row(c, s, a):  # the row is the rule's and the status's alone
                w(view.memo_row(c, s, lang, "html", _checklist_row))
            else:
                w(_checklist_row(c, s, lang, a))
    w("</table>\n")
    unknowns = view.with_status(a, "unknown")
    if unknowns:
        below = message("unknowns_below", lang, n=len(unknowns))
        w(f'<p class="note">{_e(below)}</p>')

    # --- risk details
    w(f"\n<h2>{t['heading.risk_details']}</h2>\n")
    detailed = view.risks(a) + view.with_status(a, "accepted")
    kept = view.kept_after_expiry(a)
    for c in detailed:
        memo = view.rule_memo(c, lang, "html")
        head = memo.get(("head", c.status))
        if head is None:
            status, rid = _e(c.status), _e(c.rule_id)
            # a note is a note on its card too, as in the checklist (web440 L1)
            note = c.status == "risk" and c.severity == "info"
            badge = _BADGE["note"] if note else status
            said = _e(view.status_words(c, lang)) if note else _label("status", c.status, lang)
            head = memo[("head", c.status)] = (
                f'<div class="check {status}" id="check-{rid}">\n'
                f'  <div class="head">{rid} — {_e(tr(c.title, lang))}'
                f'<span class="badge {badge}">{said}</span>'
                f'<span class="badge">{_label("severity", c.severity, lang)}</span>'
                f'<span class="badge">{_e(view.score_formula(c, lang))}</span></div>\n'
                f"  <dl>\n    <dt>{t['why']}</dt><dd>{_e(tr(c.why, lang))}</dd>\n"
            )
        w(head)
        if c.items:
            w(f"<dt>{t['items']}</dt><dd>{_e(view.items(c, lang, a))}</dd>")
        if c.evidence:
            w(f"<dt>{t['evidence']}</dt><dd><ul>")
            for e in c.evidence:
                value = view.evidence_value(e, lang, view.local_level(a))
                w(f"<li>{_e(view.evidence_label(e, lang, view.era(a)))}: {_e(value)}")
                spot = view.where(e, lang)
                if spot:
                    w(f' <span class="note">({_e(spot)})</span>')
                if e.note:
                    w(f" — {_e(tr(e.note, lang))}")
                w("</li>")
            w("</ul></dd>")
        if c.missing:
            w(f"<dt>{t['missing']}</dt><dd>{_e(view.fields(c.missing, lang))}</dd>")
        clears = memo.get("clears")
        if clears is None:
            clears = memo["clears"] = (
                f"    <dt>{t['clears_when']}</dt><dd>{_e(tr(c.clears_when, lang))}</dd>\n"
            )
        w(clears)
        if c.recommendations:
            w(f"<dt>{_e(view.recommendations_heading(a, c, lang))}</dt><dd><ul>")
            agency = view.sector_agency(a, [c], lang)  # the same for each of the check's advice
            for rec in c.recommendations:
                own, where = view.advice_scope(a, c, rec, lang, agency)
                who = view.who(rec, lang, view.acting_agency(a, rec, own, lang), view.role_names(a))
                stage = (
                    _label("stage", rec.stage, lang)
                    if kept is None
                    else _e(view.recommendation_stage(rec, lang, kept, c.domain))
                )
                where = f" ({_e(where)})" if where else ""
                said = _e(view.for_agencies(tr(rec.text, lang), own, lang))
                w(f"<li>{stage} · <strong>{_e(who)}</strong>: {said}{where}</li>")
            w("</ul></dd>")
        if c.waiver:
            w(f"<dt>{t['waiver_heading']}</dt><dd>{_e(view.waiver_line(c, lang))}</dd>")
        sources = "; ".join(_e(view.source_line(s, lang)) for s in c.sources)
        w(f"    <dt>{t['sources']}</dt><dd>{sources}</dd>\n  </dl>\n</div>\n")
    if not detailed:
        w(f"<p>{t['none']}</p>\n")
    for said in view.unused_waivers(a, lang):  # an accepted risk not found this time
        w(f'<p class="note">{_e(said)}</p>\n')

    # --- unknown checks by the question that settles them
    w(f'\n<h2>{t["heading.unknown_by_question"]}</h2>\n<div class="unknown-groups">\n')
    groups = view.unknowns_by_question(a, lang, every, unknowns)
    for question, checks in groups:
        w(f'<div class="question-group">\n<p class="question">{_e(question)}</p>\n<ul>')
        for c in checks:
            memo = view.rule_memo(c, lang, "html")
            line = memo.get("open")
            if line is None:
                rid = _e(c.rule_id)
                line = memo["open"] = (
                    f'<li id="check-{rid}"><strong>{rid}</strong> {_e(view.statement(c, lang))} '
                    f'<span class="note">({_label("severity", c.severity, lang)})</span></li>'
                )
            w(line)
        w("</ul>\n</div>\n")
    if not groups:
        w(f"<p>{t['none']}</p>\n")

    # --- procedure
    w(f"</div>\n\n<h2>{t['heading.procedure']}</h2>\n")
    if a.procedure:
        w(
            f'<table class="procedure">\n  <thead><tr><th class="num">#</th><th>{t["step"]}</th>'
            f"<th>{t['status']}</th><th>{t['date']}</th><th>{t['issue']}</th></tr></thead>\n"
        )
        for i, p in enumerate(a.procedure, 1):
            w(
                f'  <tr class="{_e(p.status or "unlisted")}"><td class="num">{i}</td>'
                f"<td>{_label('step', p.step, lang)}"
            )
            note = "" if p.required else view.step_note(a, p, lang)
            if note:  # the signing at the proposal stage has none: no empty "()" (words26 B3)
                w(f' <span class="note">({_e(note)})</span>')
            recorded = view.recorded_only(a, p)  # a fact, not a fault: muted, no sign
            w(
                f"</td><td>{_e(view.step_status(a, p, lang))}</td>"
                f"<td>{_e(formatting.date(p.date, lang))}</td>"
                f'<td class="{"note" if recorded else "issue-text"}">'
            )
            said = view.step_issue(a, p, lang)
            if said:
                w(f"{'' if recorded else '⚠ '}{_e(said)}")
            w("</td></tr>\n")
        w("</table>\n")
        # one paragraph under the table, the documents then the basis: the NTB memo's PDF
        # keeps to its eleven pages
        said = []
        documents = view.step_documents(a, lang)
        if documents:
            listed = "; ".join(f"{row}. {step}: {doc}" for row, step, doc in documents)
            said.append(f"{message('procedure.documents', lang)} {listed}.")
        basis = view.procedure_basis(a, lang)
        if basis:
            said.append(basis)
        if said:
            w(f'<p class="note procedure-note">{_e(" ".join(said))}</p>\n')
    else:
        w(f"<p>{t['none']}</p>")
    # the pack's id in English only: the Indonesian memo names the instruments (trial 30 C1)
    mark = f" · {_e(pack.name)} {_e(pack.version)}" if view.pack_mark(a, lang) else ""
    w(
        f"<footer>{t['generated_by']}{mark} · sha256 "
        f"{_e(proposal.sha256[:12])} · {t['decision_support']}</footer>\n</div>\n</section>\n"
    )
    return "".join(out)


#: a status's class in the page where it is not the status's own code: a note (a finding of
#: severity info, "Catatan") is not styled as a risk (practitioner trial 31 M4); ``note`` is
#: the class of the page's muted paragraphs
_BADGE = {"note": "info"}


def _checklist_row(c: Check, s: str, lang: str, a: Assessment | None = None) -> str:
    """A check's row in the checklist table, ``s`` its shown status (:func:`view.shown`;
    ``a``: the assessment, for a status that says more than its label)."""
    rid = _e(c.rule_id)
    if s == "risk" and c.severity == "info":
        s = _BADGE["note"]
    cell = f'<a href="#check-{rid}">{rid}</a>' if c.status in ("risk", "accepted") else rid
    return (
        f'<tr class="{_e(s)}"><td>{cell}</td>'
        f"<td>{_e(view.statement(c, lang))}</td>"
        f'<td><span class="badge {_e(s)}{_WRAPS if _caveat(c) else ""}">'
        f"{_e(view.status_words(c, lang, a))}</span></td>"
        f"<td>{_label('severity', c.severity, lang)}</td></tr>\n"
    )


#: summary rows written per piece at the end of an HTML batch
SUMMARY_CHUNK = 256


def _source_cell(source: str, lang: str) -> str:
    """A proposal's file name as code, or the words for standard input."""
    words = view.stdin_words(source, lang)
    return _e(words) if words is not None else f"<code>{_e(source)}</code>"


def summary(rows: Sequence[BatchRow], lang: str) -> Iterator[str]:
    """The end of an HTML document — for a batch, the summary table and the files that
    failed — in pieces of :data:`SUMMARY_CHUNK` rows, so the end of a 10,000-file batch is
    never one string (what the template's ``tail`` block wrote, byte for byte)."""
    if rows:
        t = _labels(lang)
        yield (
            f'<section class="summary" id="summary">\n<h1>{t["title.batch"]}</h1>\n'
            f'<p class="note">{t["batch.legend"]}</p>\n<table>\n'
            f"  <tr><th>{t['file']}</th><th>{t['batch.proposal']}</th><th>{t['batch.stage']}</th>"
            f"<th>{t['verdict']}</th>"
            f'<th class="num">{t["batch.score"]}</th><th>{t["top_risks_notes"]}</th></tr>\n'
        )
        style = 'style="font-size:12px;padding:2px 8px"'
        for first in range(0, len(rows), SUMMARY_CHUNK):
            lines = []
            for row in rows[first : first + SUMMARY_CHUNK]:
                s = row.summary
                if s is None:
                    problem = view.failed_note(row.problems, lang)
                    lines.append(
                        f"  <tr><td>{_source_cell(row.source, lang)}</td><td></td><td></td>"
                        f'<td><span class="verdict verdict-error" {style}>{t["error"]}</span></td>'
                        f'<td class="num"></td><td>{_e(problem)}</td></tr>\n'
                    )
                else:
                    noted = view.summary_row_risks(s, lang)
                    stage = view.summary_stage(s.stage, s.as_of, lang)
                    lines.append(
                        f"  <tr><td>{_source_cell(row.source, lang)}</td>"
                        f"<td>{_e(s.title)}</td><td>{_e(stage)}</td>"
                        f'<td><span class="verdict verdict-{_e(s.verdict)}" {style}>'
                        f"{_label('verdict', s.verdict, lang)}</span></td>"
                        f'<td class="num">{_e(s.score)}</td>'
                        f"<td>{_e(noted)}</td></tr>\n"
                    )
            yield printable("".join(lines))
        yield "</table>\n"
        errors = [row for row in rows if not row.ok]
        if errors:
            yield f"<h2>{t['heading.errors']}</h2>\n<ul>"
            for row in errors:
                yield "".join(f"<li><code>{_e(p.describe(lang))}</code></li>" for p in row.problems)
            yield "</ul>\n"
        yield "</section>\n"
    yield END
