"""The result models ``assess`` builds without validating them again (``model.trusted``)
are the same objects, with the same JSON, as the validated ones."""

from __future__ import annotations

import pytest

import paracheck
from paracheck.engine import model as m

NTB = "examples/ntb-zhejiang-2015.yaml"


@pytest.fixture(scope="module")
def ntb() -> m.Assessment:
    return paracheck.assess(paracheck.load_proposal(NTB))


def _validated(obj: m.Out) -> m.Out:
    return type(obj).model_validate(dict(obj.__dict__))


def test_trusted_models_equal_their_validated_twins(ntb: m.Assessment) -> None:
    built = [ntb, ntb.proposal, ntb.pack, *ntb.domains.values(), *ntb.procedure]
    built += [*ntb.checks, *ntb.actions, *ntb.questions]
    built += [e for ch in ntb.checks for e in ch.evidence]
    built += [e.note for ch in ntb.checks for e in ch.evidence if e.note is not None]
    built += [p.issue for p in ntb.procedure if p.issue is not None]
    assert {type(b) for b in built} == {
        m.Assessment,
        m.ProposalRef,
        m.PackRef,
        m.DomainSummary,
        m.ProcedureEntry,
        m.Check,
        m.Action,
        m.Question,
        m.Evidence,
        m.Localized,
    }
    for obj in built:
        twin = _validated(obj)
        assert obj == twin
        assert obj.model_dump_json() == twin.model_dump_json()
        assert list(obj.__dict__) == list(type(obj).model_fields)  # the contract's key order


def test_trusted_models_stay_frozen(ntb: m.Assessment) -> None:
    check = ntb.checks[0]
    with pytest.raises(ValueError, match="frozen"):
        check.status = "clear"  # type: ignore[misc]
    assert check.model_copy(update={"status": "clear"}).status == "clear"
