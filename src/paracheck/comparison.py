"""What changed between two assessments of a proposal (``paracheck diff OLD NEW``).

A what-if comparison is only worth reading if it says which checks moved and how: a check
that became a risk, one that cleared, one whose score moved, and the verdict. Checks are
matched by rule id (for a per-item rule, the rule id covers all its items); a check only one
side has — the two were judged under different packs — is listed apart rather than guessed.
Across two packs one of which supersedes the other, an id the newer pack lists in its
``ids_changed`` is matched by meaning instead (:func:`counterparts`): Permendagri 3/2008's
REG-011 with PP 28/2018's REG-050 (``old_rule_id``), and PP 28/2018's REG-011 (central
approval) with nothing, listed as new with the old check of its id beside it (``namesake``):
the old check's status was shown under the new check's title (practitioner trial 28 #3).

The risks on both sides are listed in ``persisted`` (additive in v2), not a change: what the
partnership carried from the older date to the newer, the decline after signing the
thesis's chapter IV.A is about, which the comparison showed only as raw entries
(practitioner trial 28 #8).

A residual-risk rule (``residual_of`` in its pack, carried on the check) fires where its base
rule's exposure remains once the coordination the base asks for is in place: adding KKP
clears TOC-001 and fires TOC-002. That is a reduction, so the pair is listed once as
``downgraded`` (TOC-001 → TOC-002) instead of TOC-001 under ``cleared`` and TOC-002 under
``became_risk``; the reverse (coordination removed) is ``escalated`` and counts as a new risk.

``paracheck/diff/v2`` (from v1): ``became_risk`` and ``cleared`` no longer hold the checks of
such a pair, which are in the new lists ``downgraded`` and ``escalated`` (each entry the
``base`` and ``residual`` check changes). Every other field means what it meant in v1.

A per-item check can stay a risk while what it found changes: IMP-004 (stalled programmes)
found three and now one (newcomer trial 18). Each change carries the items of both sides
(``old_items`` / ``new_items``, additive in v2), and a check whose status and score did not
move but whose items did is listed under ``items_changed`` (additive in v2). Items are
matched by the name the proposal gives them where the assessment read it, else by their
place: a sector removed before them moves their place, not their name.

The sectors one version has and the other lacks (additive in v2: ``sectors_added``,
``sectors_removed``, matched by name, each with its place in its own version): a sector
removed clears the checks that counted it (HR-005, IMP-002), and the comparison listed them
as no longer a finding, which read as a programme added (newcomer trial 21).

The notices that changed (additive in v2: ``notices_added``, ``notices_removed``, matched by
code) and whether the new version is dated before the old (``dates_reversed``): an MoU that
lapsed between the two dates changes no check, yet rebuilds the whole plan and Saran, and
the comparison said "Tidak ada perubahan" (words18 A3); two files given in the wrong order
read a finding as cleared where only the dates moved.

A check that is clear on both sides can still change what the report shows of it: "Belum
waktunya" (not due yet) becoming "Tidak ada temuan" once the DPRD voted, or "Dicatat pada
IMP-004" once another rule holds its finding. Such a check is under ``status_changed``
(widened in v2, additive: its entries already carried ``old_due``, ``new_covered_by`` …),
and the procedure steps whose status or date changed are listed in ``steps_changed``
(additive in v2): the DPRD's approval recorded as done was shown nowhere (practitioner
trial 23 M1, wording review 26 B5).

The input facts that differ between the two files are listed in ``inputs_changed`` (additive
in v2), each by its field path, its value in each file and the name of the item it belongs
to: an officer who corrected the partner's name, the APBD figure or the language staff could
not confirm her edits from the comparison, which listed only what the checks made of them
(practitioner trial 27 U3). Sectors are matched by their field as ``sectors_added`` matches
them (a sector only one file has is said there, not here), programmes by name and then by
place, waivers by the rule they waive; procedure steps' status and date are under
``steps_changed``. Empty for a comparison made from two assessments alone (the assessment
contract does not carry every input).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field

from paracheck.engine.model import (
    Assessment,
    Check,
    Localized,
    Out,
    ProposalRef,
    Severity,
    Status,
    Verdict,
    item_names,
)
from paracheck.facts.labels import elapsed_both, iso_day, null_meaning

if TYPE_CHECKING:
    from paracheck.facts.model import Proposal

DIFF_SCHEMA = "paracheck/diff/v2"
#: the change lists, in reading order (what got worse first, then what got better)
GROUPS = (
    "became_risk",
    "escalated",
    "cleared",
    "downgraded",
    "score_changed",
    "items_changed",
    "status_changed",
    "added",
    "removed",
)


class ItemRef(Out):
    """One item a per-item check fired on, in one version of the proposal."""

    path: str = Field(description="its place in that version (sectors[2].programs[0])")
    name: str | None = Field(
        default=None,
        description="its name in that version (a programme's name, a sector's field), where "
        "the assessment read it; null otherwise",
    )


class Namesake(Out):
    """The check of the other version that carries the same id but asks something else."""

    title: Localized = Field(description="its risk title in its own version")
    statement: Localized = Field(description="what it asks, in its own version")
    matched: str | None = Field(
        default=None,
        description="the id of the check it is matched to in this change's version (the "
        "old REG-011 is the new REG-050); null: none asks what it asks",
    )


class Aged(Out):
    """A dated fact both versions of a risk show, and how long before each date judged it
    lies: the decay a re-assessment shows (trial 400 M6: "Risiko (skor 12) → Risiko (skor
    12)" beside a last activity four years and five months old, then six years nine months)."""

    path: str = Field(description="the fact's path in the new version's evidence")
    date: dt.date = Field(description="the date both versions give")
    name: str | None = Field(
        default=None,
        description="the name of the programme or sector the fact belongs to, where the new "
        "version's evidence gives it; null otherwise",
    )
    old_span: Localized = Field(
        description="the time from it to the old version's date judged, in words"
    )
    new_span: Localized = Field(
        description="the time from it to the new version's date judged, in words"
    )


class CheckChange(Out):
    rule_id: str = Field(
        description="the rule's id, by which the two assessments' checks are matched"
    )
    domain: str = Field(
        description="the rule's domain (regulatory, budget, …), from the new assessment where it "
        "has the check, else from the old"
    )
    title: Localized = Field(
        description="the risk in a few words, from the new assessment where it has the check, "
        "else from the old"
    )
    statement: Localized = Field(
        description="what must hold for the check to be clear (the checklist's line): a diff "
        "names a check that is no risk on either side by it, not by its risk title"
    )
    old_status: Status | None = Field(description="null: the old assessment lacks the check")
    new_status: Status | None = Field(description="null: the new assessment lacks the check")
    old_score: int | None = Field(
        description="the check's likelihood × impact in the old assessment; null when it lacks "
        "the check"
    )
    new_score: int | None = Field(
        description="the check's likelihood × impact in the new assessment; null when it lacks "
        "the check"
    )
    old_covered_by: str | None = Field(
        default=None,
        description="the old check was clear only because this rule held its finding "
        "(the check's covered_by; additive in v2)",
    )
    new_covered_by: str | None = Field(
        default=None,
        description="the new check is clear only because this rule holds its finding: such "
        "a risk did not clear, it is under status_changed (additive in v2)",
    )
    advice_now: list[Localized] = Field(
        default_factory=list,
        description="for a risk on both sides, the new check's recommendations the old one "
        "did not give (their texts): the same finding in another case of its rule, asking "
        "another step (REG-023 once the central approval is recorded, only dated after the "
        "signing: check what it covers, not report the MoU for approval; practitioner trial "
        "32 W2). Empty otherwise. Additive in v2",
    )
    old_not_applicable: bool = Field(
        default=False,
        description="the old check did not apply to that partnership's kind of partner (the "
        "check's not_applicable; additive in v2)",
    )
    new_not_applicable: bool = Field(
        default=False,
        description="the new check does not apply to this partnership's kind of partner: a "
        "risk that stopped applying was not dealt with, it is under status_changed "
        "(additive in v2)",
    )
    old_due: bool = Field(
        default=True,
        description="false: the old check was clear only because it was not due yet at that "
        "version's stage (the check's due; additive in v2). 'Belum waktunya → Risiko' is a "
        "step that became due, not a lapse since the old version",
    )
    new_due: bool = Field(
        default=True,
        description="false: the new check is clear only because it is not due yet: a risk "
        "that is no longer due was not dealt with, it is under status_changed (additive in "
        "v2)",
    )
    old_waits_on: Localized | None = Field(
        default=None,
        description="the old check was clear only because the file left its condition open: "
        "what it waited for (the check's waits_on, e.g. 'menunggu jawaban tentang "
        "persetujuan DPRD (REG-010)'; additive in v2). 'Menunggu jawaban → Risiko' is a question "
        "answered, not a lapse since the old version",
    )
    new_waits_on: Localized | None = Field(
        default=None,
        description="the new check is clear only because the file leaves its condition open "
        "(the check's waits_on): a risk now deferred was not found clear, it is under "
        "status_changed (additive in v2)",
    )
    severity: Severity | None = Field(
        default=None,
        description="the rule's severity (the new check's, else the old one's): 'info' is a "
        "note, not a risk, whatever its status: neither counted nor scored, never among the "
        "persisted risks, and its 'risk' status is worded 'Catatan' / 'Note'. Null in a "
        "comparison made before the field. Additive in v2",
    )
    old_items: list[ItemRef] = Field(
        default_factory=list,
        description="per-item checks: the items the old check fired on (additive in v2)",
    )
    new_items: list[ItemRef] = Field(
        default_factory=list,
        description="per-item checks: the items the new check fires on (additive in v2)",
    )
    old_rule_id: str | None = Field(
        default=None,
        description="the old check's id where the old version's pack numbers the same check "
        "otherwise (Permendagri 3/2008's REG-011 is PP 28/2018's REG-050: the newer pack's "
        "ids_changed); null: the same id. Additive in v2",
    )
    by_stage: bool = Field(
        default=False,
        description="whether the check applies changed only because the stage changed: the "
        "side that does not apply gives as its reason a condition (applies_when) that reads "
        "the stage alone and holds at the other side's stage (BUD-007, a budget gap judged "
        "only before the programmes run, 'Tidak berlaku' once the stage went from mou_signed "
        "to active: not because the gap was recorded, practitioner trial 32 M2). Additive in v2",
    )
    aged: list[Aged] = Field(
        default_factory=list,
        description="for a risk on both sides whose rule reads the date judged (or whose "
        "evidence says a date's distance from it), the dated facts both versions show "
        "unchanged, with the time from each to either date judged: how long the finding has "
        "stood (IMP-005's last activity, GOV-021's last meeting). Empty otherwise. Additive "
        "in v2",
    )
    namesake: Namesake | None = Field(
        default=None,
        description="a check only one version has, whose id the other version's pack gives "
        "to another check (REG-011: the consultation with Kemendagri under Permendagri "
        "3/2008, central approval under PP 28/2018): that other check, so that no one reads "
        "the two as one. Null otherwise. Additive in v2",
    )

    def item_changes(self) -> tuple[list[ItemRef], list[ItemRef], list[ItemRef]]:
        """(gone, kept, new): the old items the new check no longer finds, the new items it
        still finds and those it finds anew. Matched by name where both sides name an item,
        else by place."""
        return _item_delta(self.old_items, self.new_items)


class StepChange(Out):
    """A procedure step whose status or date differs between the two versions."""

    step: str = Field(description="the step's code (the assessment's ProcedureEntry.step)")
    old_status: str | None = Field(
        description="its status in the old version's file; null: not listed there"
    )
    new_status: str | None = Field(
        description="its status in the new version's file; null: not listed there"
    )
    old_date: dt.date | None = Field(default=None, description="its date in the old version")
    new_date: dt.date | None = Field(default=None, description="its date in the new version")


class NoticeChange(Out):
    """A notice only one of the two assessments has."""

    code: str = Field(description="the notice's code (the assessment's Notice.code)")
    text: Localized = Field(description="its text, from the assessment that has it")
    date: dt.date | None = Field(
        default=None, description="the date it is about (Notice.date), e.g. the MoU's last day"
    )


class InputChange(Out):
    """An input fact whose value differs between the two files (additive in v2)."""

    path: str = Field(
        description="the field's path in the new file (budget.apbd_allocation_idr, "
        "sectors[1].lead_agency, sectors[0].programs[2].status, procedure.loi.document, "
        "accepted_risks[0].until); a programme or waiver only one file has: its place in "
        "that file (sectors[0].programs[2], accepted_risks[1])"
    )
    old: Any = Field(
        description="its value in the old file as the proposal contract writes it (a date "
        "as YYYY-MM-DD, a code as its code); null: not given there. A programme or waiver "
        "only the new file has: null"
    )
    new: Any = Field(
        description="its value in the new file, likewise; a programme or waiver only the "
        "old file has: null"
    )
    item: str | None = Field(
        default=None,
        description="the name of the item the field belongs to: a sector's field "
        "(education), a programme's name, the waived rule's id; null for a field of the "
        "whole proposal. A programme or waiver only one file has: its name or rule id",
    )
    old_unknown: bool = Field(
        default=False,
        description="the old file leaves out a field whose explicit null says something "
        "(governance.joint_committee_last_met: null, never met; a programme's last_activity: "
        "null, no activity yet; a sector's lead_agency: null, none appointed): old is null "
        "there for a value not given, unknown, not for the null's meaning. Additive in v2",
    )
    new_unknown: bool = Field(
        default=False,
        description="the new file leaves out such a field, likewise. Additive in v2",
    )


class ResidualChange(Out):
    """A base risk and its residual-risk rule trading places."""

    base: CheckChange = Field(description="the rule the residual belongs to (TOC-001)")
    residual: CheckChange = Field(description="its residual-risk rule (TOC-002)")

    @property
    def rule_id(self) -> str:
        return self.base.rule_id


class AssessmentDiff(Out):
    schema_: Literal["paracheck/diff/v2"] = Field(
        description="the contract's name and version, always 'paracheck/diff/v2' here; check it "
        "before reading the rest",
        default=DIFF_SCHEMA,
        alias="schema",
        serialization_alias="schema",
    )
    old: ProposalRef = Field(
        description="the old version's proposal, as its assessment's proposal field gives it"
    )
    new: ProposalRef = Field(
        description="the new version's proposal, as its assessment's proposal field gives it"
    )
    old_pack: str = Field(description="the name of the rule pack the old version was judged by")
    new_pack: str = Field(
        description="the name of the rule pack the new version was judged by (each version is "
        "judged under the regulation in force on its own date unless one pack is "
        "named for both)"
    )
    old_pack_superseded: bool = Field(
        default=False,
        description="the old assessment's pack was no longer in force on its date (a pack "
        "named for both): its findings rest on a replaced regulation. Added in v2 (additive)",
    )
    new_pack_superseded: bool = Field(
        default=False, description="the same for the new assessment. Added in v2 (additive)"
    )
    old_as_of: dt.date | None = Field(
        default=None, description="the date the old version was judged at. Added in v2 (additive)"
    )
    new_as_of: dt.date | None = Field(
        default=None, description="the date the new version was judged at. Added in v2 (additive)"
    )
    old_pack_not_yet: bool = Field(
        default=False,
        description="the old assessment's pack was not yet in force on its date (a pack named "
        "for both). Added in v2 (additive)",
    )
    new_pack_not_yet: bool = Field(
        default=False, description="the same for the new assessment. Added in v2 (additive)"
    )
    old_verdict: Verdict = Field(description="the old assessment's verdict")
    new_verdict: Verdict = Field(description="the new assessment's verdict")
    verdict_changed: bool = Field(description="whether the two verdicts differ")
    old_score: int = Field(
        description="the old assessment's score (its risks' likelihood × impact summed)"
    )
    new_score: int = Field(
        description="the new assessment's score (its risks' likelihood × impact summed)"
    )
    became_risk: list[CheckChange] = Field(
        description="not a risk before, a risk now (a residual that replaced its base risk "
        "is under downgraded instead)"
    )
    cleared: list[CheckChange] = Field(
        description="a risk before, now clear or accepted (a base risk that gave way to its "
        "residual is under downgraded instead; one now clear only because another rule "
        "holds its finding, new_covered_by, one no longer due, new_due false, or one deferred "
        "because the file leaves its condition open, new_waits_on, is under status_changed)"
    )
    score_changed: list[CheckChange] = Field(description="a risk on both sides, score moved")
    status_changed: list[CheckChange] = Field(
        description="any other change of status, including one the report shows of a "
        "check clear on both sides: not due yet, clear only because another rule holds its "
        "finding, not applicable, or deferred on one side and not the other ('Belum waktunya → "
        "Tidak ada temuan', see old_due / new_due, old_covered_by / new_covered_by, "
        "old_waits_on / new_waits_on). Widened in v2 "
        "(additive): such a check was listed nowhere"
    )
    added: list[CheckChange] = Field(description="checks only the new assessment has")
    removed: list[CheckChange] = Field(description="checks only the old assessment has")
    downgraded: list[ResidualChange] = Field(
        default_factory=list,
        description="a base risk that cleared while its residual risk became one: the "
        "exposure is now coordinated, a reduction and not a new risk (v2)",
    )
    escalated: list[ResidualChange] = Field(
        default_factory=list,
        description="a residual risk that cleared while its base risk became one: the "
        "coordination is gone and the full risk is back; a new risk (v2)",
    )
    items_changed: list[CheckChange] = Field(
        default_factory=list,
        description="status and score unchanged, but the items the check fires on changed "
        "(IMP-004: three stalled programmes, now one; see old_items / new_items). Added in "
        "v2 (additive)",
    )
    notices_added: list[NoticeChange] = Field(
        default_factory=list,
        description="notices the new assessment has and the old one lacks, by code, in the "
        "new one's order (mou_expired when the MoU lapsed between the two dates). Added in "
        "v2 (additive)",
    )
    notices_removed: list[NoticeChange] = Field(
        default_factory=list,
        description="notices the old assessment had and the new one lacks, by code. Added "
        "in v2 (additive)",
    )
    dates_reversed: bool = Field(
        default=False,
        description="the new version is judged at an earlier date than the old one: the two "
        "may have been given in the wrong order, and what reads as cleared may only have "
        "moved with the date. Added in v2 (additive)",
    )
    sectors_added: list[ItemRef] = Field(
        default_factory=list,
        description="sectors the new version has and the old one lacks, matched by name, "
        "each with its place in the new version (sectors[3], tourism). Added in v2 "
        "(additive)",
    )
    sectors_removed: list[ItemRef] = Field(
        default_factory=list,
        description="sectors the old version had and the new one lacks, each with its place "
        "in the old version (sectors[2], education): the checks that counted them may clear "
        "with no programme added. Added in v2 (additive)",
    )
    steps_changed: list[StepChange] = Field(
        default_factory=list,
        description="procedure steps whose status or date differs between the two files, "
        "in the new version's procedure order (the DPRD's approval in progress, now done on "
        "5 November 2026). Added in v2 (additive)",
    )
    inputs_changed: list[InputChange] = Field(
        default_factory=list,
        description="input facts whose value differs between the two files, in the "
        "proposal contract's field order (the partner's name, the APBD allocation, a "
        "sector's lead agency, a programme's status; a programme or waiver added or "
        "removed). A sector only one file has is under sectors_added / sectors_removed, a "
        "step's status or date under steps_changed. Empty when the comparison was made "
        "from two assessments without their files. Added in v2 (additive)",
    )

    persisted: list[CheckChange] = Field(
        default_factory=list,
        description="risks on both sides (not notes: severity info), in the new assessment's "
        "check order: what the "
        "partnership has carried since the older of the two dates (old_as_of, or new_as_of "
        "when dates_reversed), the decline the thesis's chapter IV.A is about. A risk here "
        "may be under score_changed or items_changed too. Not a change: has_changes does not "
        "count it. Added in v2 (additive)",
    )

    @property
    def has_changes(self) -> bool:
        return any(getattr(self, g) for g in GROUPS)

    @property
    def new_risks(self) -> list[CheckChange]:
        """Checks that are a risk now and were not before: those that became a risk, a base
        risk back in place of its residual, and those only the new assessment has that are
        a risk (``diff --fail-on-new``). A residual that replaced its base is not one, nor
        is a finding of severity info: a note, not a risk (IMP-012's sector whose programmes
        all finished made ``--fail-on-new`` fail an improving partnership; trial 190 #5), nor
        a risk the old version held under another rule's finding (``old_covered_by``: the DPRD
        approving late turned REG-010's finding into REG-020's, REG-047's and REG-058's, and
        ``--fail-on-new`` failed; trial 430 M1)."""
        return [
            change
            for change in (
                [c for c in self.became_risk if c.old_covered_by is None]
                + [pair.base for pair in self.escalated]
                + [c for c in self.added if c.new_status == "risk"]
            )
            if change.severity != "info"
        ]

    def groups(self) -> list[tuple[str, list[CheckChange] | list[ResidualChange]]]:
        """The change lists in reading order."""
        return [(g, getattr(self, g)) for g in GROUPS]

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)


_SECTOR_NAME = re.compile(r"sectors\[(\d+)\]\.name")


def sectors_of(a: Assessment, names: dict[str, object] | None = None) -> list[ItemRef]:
    """The sectors of the version ``a`` judged, in order, named where the assessment read
    the name: as many as the lead agencies it lists per sector, or as its checks read (an
    assessment from before ``sector_agencies``)."""
    read = item_names(a) if names is None else names
    count = len(a.proposal.sector_agencies or [])
    for path in read:
        found = _SECTOR_NAME.fullmatch(path)
        if found:
            count = max(count, int(found.group(1)) + 1)
    out = []
    for i in range(count):
        name = read.get(f"sectors[{i}].name")
        out.append(ItemRef(path=f"sectors[{i}]", name=name if isinstance(name, str) else None))
    return out


def _items(check: Check | None, names: dict[str, object]) -> list[ItemRef]:
    if check is None:
        return []
    out = []
    for path in check.items:
        name = names.get(f"{path}.name")
        out.append(ItemRef(path=path, name=name if isinstance(name, str) else None))
    return out


#: a counted member's name in a check's evidence, by the collection counted: a sector, or a
#: programme of any sector
_MEMBER_NAME = {
    "sectors": re.compile(r"^(sectors\[\d+\])\.name$"),
    "programs": re.compile(r"^(sectors\[\d+\]\.programs\[\d+\])\.name$"),
}


def _counted(check: Check, names: dict[str, object]) -> list[ItemRef]:
    """For a finding on the whole proposal that counts sectors or programmes (TOC-008: the
    sectors moving people), the members it counted, as its evidence shows them (a risk's
    evidence lists the matching members only, by name): the items a comparison reads when the
    finding covers fewer or more of them (newcomer trial 19 #10). Empty for a check that
    counts nothing."""
    counted = next(
        (
            e.path
            for e in check.evidence
            if e.path in _MEMBER_NAME and isinstance(e.value, Mapping) and "matching" in e.value
        ),
        None,
    )
    if counted is None:
        return []
    member = _MEMBER_NAME[counted]
    out: dict[str, ItemRef] = {}
    for e in check.evidence:
        found = member.match(e.path)
        if found and found.group(1) not in out:
            name = names.get(e.path, e.value)
            out[found.group(1)] = ItemRef(
                path=found.group(1), name=name if isinstance(name, str) else None
            )
    return list(out.values())


def _kind(item: ItemRef) -> str:
    return "program" if ".programs[" in item.path else "sector"


def _item_delta(
    old: list[ItemRef], new: list[ItemRef]
) -> tuple[list[ItemRef], list[ItemRef], list[ItemRef]]:
    """See :meth:`CheckChange.item_changes`."""
    left = list(new)
    gone: list[ItemRef] = []
    kept: list[ItemRef] = []
    for before in old:
        match = next(
            (
                after
                for after in left
                if before.name and after.name == before.name and _kind(after) == _kind(before)
            ),
            None,
        )
        if match is None:  # an item one side does not name: by its place
            match = next(
                (
                    after
                    for after in left
                    if after.path == before.path and not (before.name and after.name)
                ),
                None,
            )
        if match is None:
            gone.append(before)
        else:
            left.remove(match)
            kept.append(match)
    return gone, kept, left


def _change(
    old: Check | None,
    new: Check | None,
    old_names: dict[str, object] | None = None,
    new_names: dict[str, object] | None = None,
) -> CheckChange:
    ref = new if new is not None else old
    assert ref is not None
    return CheckChange(
        rule_id=ref.rule_id,
        domain=ref.domain,
        title=ref.title,
        statement=ref.statement,
        severity=ref.severity,
        old_status=old.status if old else None,
        new_status=new.status if new else None,
        old_score=old.score if old else None,
        new_score=new.score if new else None,
        old_rule_id=old.rule_id if old and new and old.rule_id != new.rule_id else None,
        old_covered_by=old.covered_by if old else None,
        new_covered_by=new.covered_by if new else None,
        old_not_applicable=old is not None and old.not_applicable is not None,
        new_not_applicable=new is not None and new.not_applicable is not None,
        old_due=old is None or old.due,
        new_due=new is None or new.due,
        old_waits_on=_waiting(old),
        new_waits_on=_waiting(new),
        old_items=_items(old, old_names or {}),
        new_items=_items(new, new_names or {}),
        advice_now=_advice_now(old, new),
    )


def _waiting(check: Check | None) -> Localized | None:
    """What a check shown waiting ("Menunggu jawaban tentang …") waits for (its
    ``waits_on``), as the report shows it: only for a clear check that applies, is due and
    whose finding no other rule holds."""
    if check is None or _shown(check)[0] != "waiting":
        return None
    return check.waits_on


_WORD = re.compile(r"[^\W_]+|\S")


def same_words(text: str) -> tuple[str, ...]:
    """A text's words and signs, sorted: two texts that name the same sectors, offices or
    programmes in another order ("sektor infrastruktur dan pertambangan" / "sektor
    pertambangan dan infrastruktur") read alike. The sentences paracheck writes name a list's
    members in the file's order, so a file whose sectors were only reordered was told its
    Saran and GOV-005's circumstances had changed (attack 380 M2); a comparison matches them
    by this key."""
    return tuple(sorted(_WORD.findall(text)))


def _advice_now(old: Check | None, new: Check | None) -> list[Localized]:
    """For a risk on both sides, the texts of the new check's recommendations the old one
    did not give (compared by the words of their English text, in any order: the same
    sectors named in another order are the same advice, attack 380 M2); empty otherwise."""
    if old is None or new is None or old.status != "risk" or new.status != "risk":
        return []
    given = {same_words(rec.text.en) for rec in old.recommendations}
    return [rec.text for rec in new.recommendations if same_words(rec.text.en) not in given]


def diff(
    old: Assessment, new: Assessment, proposals: tuple[Proposal, Proposal] | None = None
) -> AssessmentDiff:
    """Compare two assessments check by check; lists are in the new assessment's check order
    (the old one's for checks it alone has). With ``proposals``, the two files assessed, the
    input facts that changed too (:func:`input_changes`)."""
    names = item_names(old), item_names(new)
    old_checks = {c.rule_id: c for c in old.checks}
    new_checks = {c.rule_id: c for c in new.checks}
    to_old, to_new = counterparts(old.pack.name, new.pack.name)
    groups: dict[str, list[CheckChange]] = {
        g: [] for g in GROUPS if g not in ("downgraded", "escalated")
    }
    persisted: list[CheckChange] = []
    matched: set[str] = set()  # the old checks matched to a new one

    def change(before: Check | None, after: Check | None) -> CheckChange:
        made = _change(before, after, *names)
        if before is None or after is None:  # one side only: does its id mean another check?
            made = _namesake(made, old_checks, new_checks, to_old, to_new)
        elif _by_stage(before, after, old, new):
            made = made.model_copy(update={"by_stage": True})
        return made

    for rule_id, after in new_checks.items():
        old_id = to_old(rule_id)
        before = old_checks.get(old_id) if old_id is not None else None
        if before is not None:
            matched.add(before.rule_id)
            # a note (severity info) is not a risk carried: neither counted nor scored
            # (practitioner trial 31 M4: IMP-012 listed as "Risiko (skor 4) → Risiko (skor 4)")
            if before.status == after.status == "risk" and after.severity != "info":
                aged = _aged(before, after, old.as_of, new.as_of)
                persisted.append(change(before, after).model_copy(update={"aged": aged}))
        if before is None:
            groups["added"].append(change(None, after))
        elif after.status == "risk" and before.status != "risk":
            groups["became_risk"].append(change(before, after))
        elif (
            before.status == "risk"
            and after.status in ("clear", "accepted")
            and not (
                after.covered_by  # its lapse is now another rule's finding: not cleared
                # or the check no longer applies (the partner's kind changed): not dealt with,
                # as "Sudah tertangani" would say (trust13's report)
                or after.not_applicable is not None
                # or it is not due any more (the stage went back): not dealt with either
                or not after.due
                # or its condition is now left open (a step's status unknown): deferred,
                # not found clear (REG-024 "Risiko → Tidak ada temuan" where the DPRD step
                # went from dated to unknown)
                or after.waits_on is not None
            )
        ):
            groups["cleared"].append(change(before, after))
        elif before.status == after.status == "risk" and before.score != after.score:
            groups["score_changed"].append(change(before, after))
        elif _shown(before) != _shown(after):  # "Belum waktunya → Tidak ada temuan" too
            groups["status_changed"].append(change(before, after))
        elif before.items or after.items:  # same status and score: did what it found move?
            moved = change(before, after)
            gone, _, found = moved.item_changes()
            if gone or found:  # an item gone or new, not one renumbered
                groups["items_changed"].append(moved)
        elif before.status in ("risk", "accepted"):
            # a finding on the whole proposal that counts sectors or programmes: did what it
            # counted move? (trial 19 #10: TOC-008 from two sectors to one was not listed)
            old_counted, new_counted = _counted(before, names[0]), _counted(after, names[1])
            if old_counted or new_counted:
                moved = change(before, after).model_copy(
                    update={"old_items": old_counted, "new_items": new_counted}
                )
                gone, _, found = moved.item_changes()
                if gone or found:
                    groups["items_changed"].append(moved)
    for rule_id, before in old_checks.items():
        if rule_id not in matched:
            groups["removed"].append(change(before, None))
    downgraded, escalated = _residual_pairs(groups, old_checks, new_checks)
    sectors_removed, _, sectors_added = _item_delta(
        sectors_of(old, names[0]), sectors_of(new, names[1])
    )
    return AssessmentDiff(
        old=old.proposal,
        new=new.proposal,
        old_pack=old.pack.name,
        new_pack=new.pack.name,
        old_pack_superseded=old.pack.superseded,
        new_pack_superseded=new.pack.superseded,
        old_as_of=old.as_of,
        new_as_of=new.as_of,
        old_pack_not_yet=_not_yet(old),
        new_pack_not_yet=_not_yet(new),
        old_verdict=old.verdict,
        new_verdict=new.verdict,
        verdict_changed=old.verdict != new.verdict,
        old_score=old.score,
        new_score=new.score,
        downgraded=downgraded,
        escalated=escalated,
        sectors_added=sectors_added,
        sectors_removed=sectors_removed,
        notices_added=_notices_only(new, old),
        notices_removed=_notices_only(old, new),
        dates_reversed=new.as_of < old.as_of,
        steps_changed=_steps_changed(old, new),
        inputs_changed=[] if proposals is None else input_changes(*proposals),
        persisted=persisted,
        **groups,
    )


#: the end of an evidence note that says a date's distance from the date judged
_BEFORE_JUDGED = " before the date judged"


def _aged(old: Check, new: Check, old_as_of: dt.date, new_as_of: dt.date) -> list[Aged]:
    """The dated facts a risk on both sides shows with the same date, where its rule reads
    the date judged (``context.as_of`` among its evidence) or the engine says the date's
    distance from it (a programme's last activity): each with the time from it to either
    date judged (:class:`Aged`). None where the later date judged is not after the earlier,
    or for a date after either."""
    if new_as_of <= old_as_of:
        return []
    reads_date = any(e.path == "context.as_of" for e in new.evidence)
    old_names = _holder_names(old)
    before = {_fact_key(e.path, old_names): e.value for e in old.evidence}
    names = {e.path: e.value for e in new.evidence if e.path.endswith(".name")}
    new_names = _holder_names(new)
    out: list[Aged] = []
    seen: set[str] = set()
    for item in new.evidence:
        if item.path in seen or item.path == "context.as_of":
            continue
        day = iso_day(item.value)
        key = _fact_key(item.path, new_names)
        if day is None or before.get(key) != item.value or day > old_as_of:
            continue
        if not (reads_date or (item.note is not None and item.note.en.endswith(_BEFORE_JUDGED))):
            continue
        seen.add(item.path)
        holder = item.path.rsplit(".", 1)[0]
        name = names.get(f"{holder}.name") if "[" in holder else None
        old_id, old_en = elapsed_both(day, old_as_of)
        new_id, new_en = elapsed_both(day, new_as_of)
        out.append(
            Aged(
                path=item.path,
                date=day,
                name=name if isinstance(name, str) else None,
                old_span=Localized(id=old_id, en=old_en),
                new_span=Localized(id=new_id, en=new_en),
            )
        )
    return out


def _holder_names(check: Check) -> dict[str, str]:
    """The names a check's evidence gives the sectors and programmes it read, by their place
    (``sectors[1].programs[0]`` → "Pertukaran guru SMP"), where each name is one item's."""
    named = {
        e.path.removesuffix(".name"): e.value
        for e in check.evidence
        if e.path.endswith(".name") and "[" in e.path and isinstance(e.value, str) and e.value
    }
    counted = Counter(named.values())
    return {holder: name for holder, name in named.items() if counted[name] == 1}


def _fact_key(path: str, names: Mapping[str, str]) -> str | tuple[str, str]:
    """A dated fact of a sector or programme by the item's name and the field, so that the
    same programme's date is found in the other version wherever the programme stands
    (attack 430 M2: a sector added in front renumbered every programme, and the durations a
    persisting risk had stood were lost, or paired two programmes whose dates were equal);
    by its path where the item has no name of its own."""
    holder, _, field = path.rpartition(".")
    name = names.get(holder)
    return (name, field) if name is not None else path


def _same_id(rule_id: str) -> str | None:
    return rule_id


def counterparts(
    old_pack: str, new_pack: str
) -> tuple[Callable[[str], str | None], Callable[[str], str | None]]:
    """(to_old, to_new): the id of a new check's counterpart in the old version and of an
    old check's in the new one, None where that version's pack has no check asking the
    same. One id is one check unless one pack supersedes the other and lists the id in its
    ``ids_changed`` (REG-011 under Permendagri 3/2008 is REG-050 under PP 28/2018; PP
    28/2018's REG-011, central approval, has no counterpart). Ids match as they are for one
    pack, for unrelated packs and for a pack that cannot be read any more."""
    if old_pack == new_pack:
        return _same_id, _same_id
    from paracheck.rules.loader import pack_if_loadable  # a cross-regime comparison's only

    older, newer = pack_if_loadable(old_pack), pack_if_loadable(new_pack)
    if older is None or newer is None:
        return _same_id, _same_id
    if newer.supersedes == older.name and newer.ids_changed:
        entries, reversed_order = newer.ids_changed, False
    elif older.supersedes == newer.name and older.ids_changed:
        entries, reversed_order = older.ids_changed, True  # the newer regime given as old
    else:
        return _same_id, _same_id
    # the superseded pack's id → the superseding pack's, and back
    forward: dict[str, str | None] = {e.was: e.now for e in entries}
    backward: dict[str, str | None] = {e.was: None for e in entries}
    backward.update({e.now: e.was for e in entries if e.now is not None})

    def up(rule_id: str) -> str | None:  # superseded → superseding
        return forward.get(rule_id, rule_id)

    def down(rule_id: str) -> str | None:  # superseding → superseded
        return backward.get(rule_id, rule_id)

    return (up, down) if reversed_order else (down, up)


def _namesake(
    made: CheckChange,
    old_checks: Mapping[str, Check],
    new_checks: Mapping[str, Check],
    to_old: Callable[[str], str | None],
    to_new: Callable[[str], str | None],
) -> CheckChange:
    """``made``, a check one version alone has, with the other version's check of the same
    id where that is another check (:class:`Namesake`)."""
    added = made.old_status is None
    other = (old_checks if added else new_checks).get(made.rule_id)
    if other is None:
        return made
    where = (to_new if added else to_old)(made.rule_id)
    here = new_checks if added else old_checks
    return made.model_copy(
        update={
            "namesake": Namesake(
                title=other.title,
                statement=other.statement,
                matched=where if where is not None and where in here else None,
            )
        }
    )


def _by_stage(before: Check, after: Check, old: Assessment, new: Assessment) -> bool:
    """Whether the check applies on one side and not on the other only because the stage
    changed: the side that does not apply gives as its reason (``not_applicable``) the
    ``otherwise`` of one of its rule's antecedents that reads the stage alone, which the
    other side's stage makes true (BUD-007: "Tidak berlaku" at ``active``, its gap judged
    only at ``proposal`` or ``mou_signed``)."""
    stages = old.proposal.stage, new.proposal.stage
    if None in stages or stages[0] == stages[1]:
        return False
    if (before.not_applicable is None) == (after.not_applicable is None):
        return False
    if after.not_applicable is not None:  # stopped applying at the new stage
        side, judged, other = after, new, stages[0]
    else:  # began to apply at the new stage
        side, judged, other = before, old, stages[1]
    from paracheck.rules.conditions import decided, read_paths
    from paracheck.rules.loader import pack_if_loadable  # a comparison's only

    pack = pack_if_loadable(judged.pack.name)
    if pack is None:
        return False
    try:
        rule = pack.rule(side.rule_id)
    except KeyError:
        return False
    reason = side.not_applicable
    assert reason is not None
    for antecedent in rule.antecedents:
        if reason.en != antecedent.otherwise.en and reason.id != antecedent.otherwise.id:
            continue
        cond = antecedent.condition
        if cond is not None and read_paths(cond) == ["stage"]:
            return decided(cond, {"stage": other}) is True
    return False


def _shown(check: Check) -> tuple[str, str | None]:
    """A check's status as a report shows it: a clear check's status says why it is clear
    where that is not "no finding" (another rule holds its finding, it does not apply, it is
    not due yet, it waits for a condition the file leaves open), as ``view.diff_side`` does,
    in that order."""
    if check.status != "clear":
        return check.status, None
    if check.covered_by is not None:
        return "covered", check.covered_by
    if check.not_applicable is not None:
        return "not_applicable", None
    if not check.due:
        return "not_due", None
    if check.waits_on is not None:
        return "waiting", check.waits_on.en
    return "clear", None


def _steps_changed(old: Assessment, new: Assessment) -> list[StepChange]:
    """The procedure steps whose status or date differs between the two files, in the new
    procedure's order, then the old one's (a step one pack lists and the other does not
    counts as not listed there: no change unless the file gives it)."""
    before = {e.step: e for e in old.procedure}
    after = {e.step: e for e in new.procedure}
    out = []
    for step in [*after, *(s for s in before if s not in after)]:
        was, now = before.get(step), after.get(step)
        old_side = (was.status, was.date) if was else (None, None)
        new_side = (now.status, now.date) if now else (None, None)
        if old_side != new_side:
            out.append(
                StepChange(
                    step=step,
                    old_status=old_side[0],
                    new_status=new_side[0],
                    old_date=old_side[1],
                    new_date=new_side[1],
                )
            )
    return out


def _notices_only(side: Assessment, other: Assessment) -> list[NoticeChange]:
    """The notices of ``side`` whose code ``other`` has no notice of, in ``side``'s order."""
    codes = {n.code for n in other.notices}
    return [
        NoticeChange(code=n.code, text=n.text, date=getattr(n, "date", None))
        for n in side.notices
        if n.code not in codes
    ]


def _not_yet(a: Assessment) -> bool:
    """Whether ``a`` was judged under a pack not yet in force on its date."""
    start = a.pack.effective_from
    return start is not None and a.as_of < start


def _residual_pairs(
    groups: dict[str, list[CheckChange]], old: dict[str, Check], new: dict[str, Check]
) -> tuple[list[ResidualChange], list[ResidualChange]]:
    """Take each base/residual pair that traded places out of ``cleared`` and
    ``became_risk``: (downgraded, escalated), in the order of the base's change."""
    base_of = {
        rule_id: check.residual_of
        for checks in (old, new)
        for rule_id, check in checks.items()
        if check.residual_of is not None
    }
    became = {c.rule_id: c for c in groups["became_risk"]}
    cleared = {c.rule_id: c for c in groups["cleared"]}
    # a residual no longer applies once the coordination it presumes is removed ("Tidak
    # berlaku: BNPT tidak dilibatkan"): beside its base become a risk, that is the way back
    stopped = {
        c.rule_id: c
        for c in groups["status_changed"]
        if c.old_status == "risk" and c.new_status == "clear" and c.new_not_applicable
    }
    downgraded, escalated = [], []
    for residual, base in base_of.items():
        if base in cleared and residual in became:
            downgraded.append(ResidualChange(base=cleared[base], residual=became[residual]))
        elif base in became and (residual in cleared or residual in stopped):
            gone = cleared.get(residual) or stopped[residual]
            escalated.append(ResidualChange(base=became[base], residual=gone))
    paired = {p.base.rule_id for p in downgraded + escalated}
    paired |= {p.residual.rule_id for p in downgraded + escalated}
    for key in ("became_risk", "cleared", "status_changed"):
        groups[key] = [c for c in groups[key] if c.rule_id not in paired]
    order = {c.rule_id: i for i, c in enumerate([*cleared.values(), *became.values()])}
    downgraded.sort(key=lambda p: order[p.base.rule_id])
    escalated.sort(key=lambda p: order[p.base.rule_id])
    return downgraded, escalated


# --- the input facts that changed ------------------------------------------------------------

#: fields of the whole proposal said elsewhere or not facts of the proposal: the file format's
#: version, and the lists whose members are matched below
_LISTS = ("sectors", "procedure", "accepted_risks")


def input_changes(old: Proposal, new: Proposal) -> list[InputChange]:
    """The input facts whose value differs between two files, in the contract's field order:
    each field of the whole proposal (a part such as ``budget`` field by field, the language
    staff language by language), then each sector both files have (matched by its field, the
    k-th of a field with the k-th: a sector only one has is ``sectors_added`` /
    ``sectors_removed``'s), its programmes (by name, then by place: a programme renamed in
    place is one programme whose name changed), the procedure steps' documents (their status
    and date are ``steps_changed``'s) and the waivers (by the rule they waive)."""
    before, after = (_dumped(p) for p in (old, new))
    out: list[InputChange] = []
    for key in _keys(before, after):
        if key not in _LISTS:
            _leaves(out, key, before.get(key), after.get(key), None)
    _sector_changes(out, before.get("sectors") or [], after.get("sectors") or [])
    steps = {e["step"]: e for e in before.get("procedure") or []}
    for entry in after.get("procedure") or []:
        was = steps.get(entry["step"])
        if was is not None and was.get("document") != entry.get("document"):
            path = f"procedure.{entry['step']}.document"
            out.append(InputChange(path=path, old=was.get("document"), new=entry.get("document")))
    _waiver_changes(out, before.get("accepted_risks") or [], after.get("accepted_risks") or [])
    return out


class _Unknown:
    """The value of a field a file leaves out where its explicit null says something: it
    differs from that null (trial 430 M2: a committee meeting date left out, unknown, read
    "belum pernah bersidang → 18 Maret 2024", and a file that then wrote null, never met,
    turned GOV-021 into a risk with no input said to have changed)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<not given>"


_UNKNOWN = _Unknown()


def _dumped(proposal: Proposal) -> dict[str, Any]:
    """The proposal as the contract writes it, each field whose explicit null has a meaning
    (the facts model's ``null_means``) left out of the file as :data:`_UNKNOWN`."""
    out = proposal.model_dump(mode="json", exclude={"schema_"})
    _mark_unknown(proposal, out)
    return out


def _mark_unknown(model: BaseModel, dumped: dict[str, Any]) -> None:
    meaningful = getattr(model, "null_means", None) or {}
    for name in type(model).model_fields:
        if name not in dumped:
            continue
        if name in meaningful and name not in model.model_fields_set:
            dumped[name] = _UNKNOWN
            continue
        value = getattr(model, name)
        if isinstance(value, BaseModel) and isinstance(dumped[name], dict):
            _mark_unknown(value, dumped[name])
        elif isinstance(value, list | tuple) and isinstance(dumped[name], list):
            for member, said in zip(value, dumped[name], strict=False):
                if isinstance(member, BaseModel) and isinstance(said, dict):
                    _mark_unknown(member, said)


def _keys(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    """The keys of both mappings, the new one's order first."""
    return [*after, *(k for k in before if k not in after)]


def _leaves(out: list[InputChange], path: str, old: Any, new: Any, item: str | None) -> None:
    """Append each leaf under ``path`` whose value differs: a mapping (a part of the
    proposal, the language staff by language) key by key, anything else (a list of codes or
    names included) as one value."""
    if isinstance(old, Mapping) or isinstance(new, Mapping):
        was = old if isinstance(old, Mapping) else {}
        now = new if isinstance(new, Mapping) else {}
        for key in _keys(was, now):
            # a part one file leaves out leaves out its fields too
            _leaves(out, f"{path}.{key}", was.get(key, _UNKNOWN), now.get(key, _UNKNOWN), item)
        return
    # left out and null are one where the null means nothing ("not filled in")
    if (old is _UNKNOWN or new is _UNKNOWN) and null_meaning(path) is None:
        old = None if old is _UNKNOWN else old
        new = None if new is _UNKNOWN else new
    if old != new:
        out.append(
            InputChange(
                path=path,
                old=None if old is _UNKNOWN else old,
                new=None if new is _UNKNOWN else new,
                item=item,
                old_unknown=old is _UNKNOWN,
                new_unknown=new is _UNKNOWN,
            )
        )


def _pairs(
    before: list[Any], after: list[Any], key: Any, by_place: bool
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Match the members of two lists: equal keys in order of occurrence, then (with
    ``by_place``) the members left at the same place. (pairs of old and new index, in the
    new order; old indexes unmatched; new indexes unmatched)."""
    left: dict[Any, list[int]] = {}
    for i, member in enumerate(before):
        k = key(member)
        if k is not None:
            left.setdefault(k, []).append(i)
    matched: dict[int, int] = {}
    for j, member in enumerate(after):
        k = key(member)
        if k is not None and left.get(k):
            matched[j] = left[k].pop(0)
    taken = set(matched.values())
    if by_place:
        for j in range(len(after)):
            if j not in matched and j < len(before) and j not in taken:
                matched[j] = j
                taken.add(j)
    pairs = sorted(((i, j) for j, i in matched.items()), key=lambda p: p[1])
    gone = [i for i in range(len(before)) if i not in taken]
    new = [j for j in range(len(after)) if j not in matched]
    return pairs, gone, new


def _sector_changes(out: list[InputChange], before: list[Any], after: list[Any]) -> None:
    pairs, _, _ = _pairs(before, after, lambda s: s.get("name"), by_place=False)
    for i, j in pairs:
        was, now = before[i], after[j]
        place = f"sectors[{j}]"
        for key in _keys(was, now):
            if key not in ("name", "programs"):
                _leaves(out, f"{place}.{key}", was.get(key), now.get(key), now.get("name"))
        programs_was, programs_now = was.get("programs") or [], now.get("programs") or []
        matched, gone, added = _pairs(
            programs_was, programs_now, lambda p: p.get("name"), by_place=True
        )
        for k, m in matched:
            p_was, p_now = programs_was[k], programs_now[m]
            name = p_now.get("name") or p_was.get("name")
            for key in _keys(p_was, p_now):
                path = f"{place}.programs[{m}].{key}"
                _leaves(out, path, p_was.get(key), p_now.get(key), name)
        for k in gone:
            name = programs_was[k].get("name")
            out.append(
                InputChange(path=f"sectors[{i}].programs[{k}]", old=name, new=None, item=name)
            )
        for m in added:
            name = programs_now[m].get("name")
            out.append(InputChange(path=f"{place}.programs[{m}]", old=None, new=name, item=name))


def _waiver_changes(out: list[InputChange], before: list[Any], after: list[Any]) -> None:
    pairs, gone, added = _pairs(before, after, lambda w: w.get("rule"), by_place=False)
    for i, j in pairs:
        was, now = before[i], after[j]
        for key in _keys(was, now):
            if key != "rule":
                path = f"accepted_risks[{j}].{key}"
                _leaves(out, path, was.get(key), now.get(key), now.get("rule"))
    for i in gone:
        rule = before[i].get("rule")
        out.append(InputChange(path=f"accepted_risks[{i}]", old=rule, new=None, item=rule))
    for j in added:
        rule = after[j].get("rule")
        out.append(InputChange(path=f"accepted_risks[{j}]", old=None, new=rule, item=rule))
