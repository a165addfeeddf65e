"""What changed between two assessments of a proposal (``paracheck diff OLD NEW``).

A what-if comparison is only worth reading if it says which checks moved and how: a check
that became a risk, one that cleared, one whose score moved, and the verdict. Checks are
matched by rule id (for a per-item rule, the rule id covers all its items); a check only one
side has — the two were judged under different packs — is listed apart rather than guessed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from paracheck.engine.model import Assessment, Check, Localized, Out, ProposalRef, Status, Verdict

DIFF_SCHEMA = "paracheck/diff/v1"
GROUPS = ("became_risk", "cleared", "score_changed", "status_changed", "added", "removed")


class CheckChange(Out):
    rule_id: str
    domain: str
    title: Localized
    old_status: Status | None = Field(description="null: the old assessment lacks the check")
    new_status: Status | None = Field(description="null: the new assessment lacks the check")
    old_score: int | None
    new_score: int | None


class AssessmentDiff(Out):
    schema_: Literal["paracheck/diff/v1"] = Field(
        default=DIFF_SCHEMA, alias="schema", serialization_alias="schema"
    )
    old: ProposalRef
    new: ProposalRef
    old_pack: str
    new_pack: str
    old_verdict: Verdict
    new_verdict: Verdict
    verdict_changed: bool
    old_score: int
    new_score: int
    became_risk: list[CheckChange] = Field(description="not a risk before, a risk now")
    cleared: list[CheckChange] = Field(description="a risk before, now clear or accepted")
    score_changed: list[CheckChange] = Field(description="a risk on both sides, score moved")
    status_changed: list[CheckChange] = Field(description="any other change of status")
    added: list[CheckChange] = Field(description="checks only the new assessment has")
    removed: list[CheckChange] = Field(description="checks only the old assessment has")

    @property
    def has_changes(self) -> bool:
        return any(getattr(self, g) for g in GROUPS)

    @property
    def new_risks(self) -> list[CheckChange]:
        """Checks that are a risk now and were not before: those that became a risk, and
        those only the new assessment has that are a risk (``diff --fail-on-new``)."""
        return self.became_risk + [c for c in self.added if c.new_status == "risk"]

    def groups(self) -> list[tuple[str, list[CheckChange]]]:
        """The change lists in reading order."""
        return [(g, getattr(self, g)) for g in GROUPS]

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)


def _change(old: Check | None, new: Check | None) -> CheckChange:
    ref = new if new is not None else old
    assert ref is not None
    return CheckChange(
        rule_id=ref.rule_id,
        domain=ref.domain,
        title=ref.title,
        old_status=old.status if old else None,
        new_status=new.status if new else None,
        old_score=old.score if old else None,
        new_score=new.score if new else None,
    )


def diff(old: Assessment, new: Assessment) -> AssessmentDiff:
    """Compare two assessments check by check; lists are in the new assessment's check order
    (the old one's for checks it alone has)."""
    old_checks = {c.rule_id: c for c in old.checks}
    new_checks = {c.rule_id: c for c in new.checks}
    groups: dict[str, list[CheckChange]] = {g: [] for g in GROUPS}
    for rule_id, after in new_checks.items():
        before = old_checks.get(rule_id)
        if before is None:
            groups["added"].append(_change(None, after))
        elif after.status == "risk" and before.status != "risk":
            groups["became_risk"].append(_change(before, after))
        elif before.status == "risk" and after.status in ("clear", "accepted"):
            groups["cleared"].append(_change(before, after))
        elif before.status == after.status == "risk" and before.score != after.score:
            groups["score_changed"].append(_change(before, after))
        elif before.status != after.status:
            groups["status_changed"].append(_change(before, after))
    for rule_id, before in old_checks.items():
        if rule_id not in new_checks:
            groups["removed"].append(_change(before, None))
    return AssessmentDiff(
        old=old.proposal,
        new=new.proposal,
        old_pack=old.pack.name,
        new_pack=new.pack.name,
        old_verdict=old.verdict,
        new_verdict=new.verdict,
        verdict_changed=old.verdict != new.verdict,
        old_score=old.score,
        new_score=new.score,
        **groups,
    )
