"""Running every rule's own examples (``paracheck rules test``).

Each ``fires`` example must make its rule ``risk`` and each ``clears`` example ``clear`` —
not merely "not risk": an example that leaves the rule ``unknown`` is incomplete and fails.
Each ``not_applicable`` example must leave it clear and not applicable (the check carries
``not_applicable``: its ``applies_when`` is false, or its partner is of another kind).
Each ``open`` example must leave it ``unknown``, asking (among its ``missing``) every fact
path the example's ``asks`` names: a step recorded done without its date leaves an order
check open, and the check asks that date, never ticks it.
A ``fires`` example must also keep some advice: a rule whose every recommendation has a
case (``when``) none of which holds on it fails (a risk with no recommendation).
A rule not in force on the example's date (its ``effective_from`` / ``effective_until``, or
the date it is ``dated_by``) gives a clear check that does not apply (its instrument not yet,
or no longer, in force): that clears it, and fails a ``fires`` or ``not_applicable`` example
as "not in force" (an example of the rule's own antecedent is not met by its dates).
"""

from __future__ import annotations

import datetime as dt

import msgspec

from paracheck.engine.assess import assess, rule_judged_on
from paracheck.facts.model import Proposal
from paracheck.rules.loader import example_asks, split_example
from paracheck.rules.model import Rule, RulePack, in_window

#: the date examples are judged at when they do not give ``as_of``
DEFAULT_AS_OF = dt.date(2024, 1, 1)


class ExampleFailure(msgspec.Struct, frozen=True):
    rule_id: str
    kind: str  # fires | clears | not_applicable | open
    index: int
    expected: str
    got: str
    missing: tuple[str, ...]
    #: the fact paths an ``open`` example names in ``asks`` that its check did not ask
    unasked: tuple[str, ...] = ()

    def __str__(self) -> str:
        extra = f" (missing: {', '.join(self.missing)})" if self.missing else ""
        asking = f" asking {', '.join(self.unasked)}" if self.unasked else ""
        return (
            f"{self.rule_id}: examples.{self.kind}[{self.index}] expected "
            f"{self.expected}{asking}, got {self.got}{extra}"
        )

    def describe(self, lang: str) -> str:
        """The failure in ``lang``: English is :meth:`str` (what it always printed); in
        Indonesian the example is counted from one and the outcomes said in words. The fact
        paths still missing stay paths: the reader is the pack's author, who writes them."""
        if lang == "en":
            return str(self)
        said = _OUTCOMES_ID
        extra = f" (data kurang: {', '.join(self.missing)})" if self.missing else ""
        expected = said.get(self.expected, self.expected)
        if self.unasked:
            expected = f"belum dapat dinilai dan menanyakan {', '.join(self.unasked)}"
        return (
            f"{self.rule_id}: contoh ke-{self.index + 1} di examples.{self.kind} seharusnya "
            f"{expected}, hasilnya "
            f"{said.get(self.got, self.got)}{extra}"
        )


#: what a ``fires`` example gave when it is a risk whose every recommendation's case is
#: certainly false on it: a risk the reports would show with no advice
_NO_ADVICE = "risk with no recommendation (no recommendation's when holds)"

#: what an example was expected to give and what it gave, said in Indonesian (the statuses
#: of the contract, and "not in force": the rule made no check on the example's date)
_OUTCOMES_ID = {
    "risk": "berisiko",
    "clear": "tidak ada temuan",
    "unknown": "belum dapat dinilai karena data kurang",
    "accepted": "risiko diterima dengan pengecualian",
    "not in force": "aturan tidak berlaku pada tanggal contoh",
    "not applicable": "tidak ada temuan dan tidak berlaku untuk usulan ini",
    _NO_ADVICE: "berisiko tanpa rekomendasi (tidak satu pun keadaan 'when' rekomendasinya berlaku)",
}


def run_examples(pack: RulePack) -> tuple[int, list[ExampleFailure]]:
    """(number of examples run, failures) for every rule of ``pack``."""
    failures: list[ExampleFailure] = []
    count = 0
    for rule in pack.rules:
        for kind, expected in (
            ("fires", "risk"),
            ("clears", "clear"),
            ("not_applicable", "not applicable"),
            ("open", "unknown"),
        ):
            for i, example in enumerate(getattr(rule.examples, kind)):
                data, as_of = split_example(example)
                proposal = Proposal.model_validate(data)
                result = assess(proposal, pack=pack, as_of=as_of or proposal.date or DEFAULT_AS_OF)
                check = next((ch for ch in result.checks if ch.rule_id == rule.id), None)
                count += 1
                if check is None or not _in_force(rule, proposal, pack, result.as_of):
                    if expected != "clear":
                        failures.append(
                            ExampleFailure(rule.id, kind, i, expected, "not in force", ())
                        )
                    continue
                got = check.status
                if got == "clear" and check.not_applicable is not None:
                    got = "not applicable" if expected != "clear" else "clear"
                if got != expected:
                    failures.append(
                        ExampleFailure(rule.id, kind, i, expected, got, tuple(check.missing))
                    )
                elif got == "unknown" and (
                    unasked := tuple(a for a in example_asks(example) if a not in check.missing)
                ):
                    # open, but on something else: the question the example names is not asked
                    asked = tuple(check.missing)
                    failures.append(ExampleFailure(rule.id, kind, i, expected, got, asked, unasked))
                elif got == "risk" and rule.recommend and not check.recommendations:
                    # every recommendation has a case (``when``) and none holds: the risk
                    # would reach the memo with no advice (advice19 item 5)
                    failures.append(ExampleFailure(rule.id, kind, i, expected, _NO_ADVICE, ()))
    return count, failures


def _in_force(rule: Rule, proposal: Proposal, pack: RulePack, as_of: dt.date) -> bool:
    """Whether ``rule`` is in force on the date it is judged on for ``proposal``, the date
    the assessment judges it at (:func:`rule_judged_on`)."""
    if rule.effective_from is None and rule.effective_until is None:
        return True
    return in_window(
        rule.effective_from, rule.effective_until, rule_judged_on(rule, proposal, pack, as_of)
    )
