"""What every report shows, in which order — shared by the text, Markdown, HTML and CSV forms.

Renderers differ in markup, never in content: the groupings and orderings live here once, so
the formats cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable

from paracheck.engine.model import DOMAINS, SEVERITY_RANK, Assessment, Check, Evidence, Source
from paracheck.report import formatting
from paracheck.report.messages import label, message

# Marks of a check's status, the same in text and Markdown: a ticked box is a risk that applies.
MARKS: dict[str, str] = {"risk": "x", "clear": " ", "unknown": "?", "accepted": "~"}
SYMBOLS: dict[str, str] = {"risk": "☒", "clear": "☐", "unknown": "?", "accepted": "~"}
STATUS_ORDER = ("risk", "unknown", "accepted", "clear")


def by_severity(checks: Iterable[Check]) -> list[Check]:
    """Most severe first, then highest score, then rule id — a stable reading order."""
    return sorted(checks, key=lambda c: (SEVERITY_RANK[c.severity], -c.score, c.rule_id))


def risks(assessment: Assessment) -> list[Check]:
    return by_severity(c for c in assessment.checks if c.status == "risk")


def with_status(assessment: Assessment, status: str) -> list[Check]:
    return by_severity(c for c in assessment.checks if c.status == status)


def by_domain(checks: Iterable[Check]) -> list[tuple[str, list[Check]]]:
    """Checks grouped by domain in the contract's domain order; within a domain risks first."""
    groups: dict[str, list[Check]] = {}
    for check in checks:
        groups.setdefault(check.domain, []).append(check)
    order = {s: i for i, s in enumerate(STATUS_ORDER)}
    return [
        (domain, sorted(groups[domain], key=lambda c: (
            order[c.status], SEVERITY_RANK[c.severity], -c.score, c.rule_id)))
        for domain in DOMAINS if domain in groups
    ]


def evidence_line(item: Evidence, lang: str) -> str:
    """``budget.apbd_allocation_idr = Rp 0 (baris 31)`` plus a note where the engine gave one."""
    where = message("line", lang, line=item.line) if item.line else message("no_line", lang)
    text = f"{item.path} = {formatting.value(item.path, item.value, lang)} ({where})"
    if item.note is not None:
        text += f" — {item.note.get(lang)}"
    return text


def source_line(source: Source, lang: str) -> str:
    """``Peraturan PP 28/2018 (keyakinan sedang)``."""
    text = f"{label('source', source.kind, lang)} {source.ref}"
    details = []
    if source.confidence:
        details.append(message("confidence", lang,
                               level=label("confidence", source.confidence, lang)))
    if source.note:
        details.append(source.note)
    return f"{text} ({'; '.join(details)})" if details else text


def waiver_line(check: Check, lang: str) -> str:
    if check.waiver is None:
        return ""
    w = check.waiver
    return message("waiver", lang, reason=w.reason, by=w.accepted_by,
                   until=formatting.date(w.until, lang))


def pack_period(assessment: Assessment, lang: str) -> str:
    pack = assessment.pack
    if pack.effective_from is None:
        return ""
    start = formatting.date(pack.effective_from, lang)
    if pack.effective_until is None:
        return message("effective_open", lang, start=start)
    return message("effective_range", lang, start=start,
                   end=formatting.date(pack.effective_until, lang))


def score_formula(check: Check, lang: str) -> str:
    """``Kemungkinan 4 × Dampak 5 = 20``."""
    return (f"{message('likelihood', lang)} {check.likelihood} × "
            f"{message('impact', lang)} {check.impact} = {check.score}")
