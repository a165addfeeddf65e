"""The compact contract JSON (``Assessment.to_json_bytes``: what a JSON batch writes and the
web service answers) is written by msgspec from the models' own dicts (issue 16); it must be
the very bytes pydantic's serializer writes, for every kind of value a check can show."""

from __future__ import annotations

import datetime as dt
import decimal
import sys
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel, Field

import paracheck
from paracheck.engine import model as m
from paracheck.facts.loader import parse_proposal_data

ROOT = Path(__file__).resolve().parent.parent
NTB = ROOT / "examples" / "ntb-zhejiang-2015.yaml"


class _Aliased(BaseModel):
    """A model no check holds, but an evidence value (``Any``) could."""

    schema_: str = Field(default="x", alias="schema", serialization_alias="schema")
    share: float = 1e16


def _pydantic(a: m.Assessment) -> bytes:
    return m.Assessment.__pydantic_serializer__.to_json(a, by_alias=True)


def _generated() -> list[paracheck.Proposal]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import gen  # type: ignore[import-not-found]

    data = gen.proposals(60, seed=31)  # the CLI batch's own files (benchmarks/run.py)
    data += gen.proposals(30, seed=2017)
    data.append(gen.Gen(17, null_rate=0.05).proposal(sectors=40, programs=(2, 3)))
    return [parse_proposal_data(d) for d in data]


def _examples() -> list[paracheck.Proposal]:
    return [paracheck.load_proposal(str(p)) for p in sorted((ROOT / "examples").glob("*.yaml"))]


def setup_module() -> None:
    m.Assessment.model_rebuild()  # pydantic's serializer, the reference


def test_every_example_and_generated_proposal_is_written_as_pydantic_writes_it() -> None:
    proposals = _examples() + _generated()
    assert len(proposals) > 90
    for proposal in proposals:
        for _ in range(2):  # the second time with the rule's parts already written once
            result = paracheck.assess(proposal)
            assert result.to_json_bytes() == _pydantic(result), proposal.origin.source


@pytest.mark.parametrize(
    "value",
    [
        1e16,
        -2.5e-7,
        123456789012345680000.0,
        1500000000.0,
        0.1,
        [1, 2.5e20, "a"],
        {"a": 1e30, "b": [None, True]},
        {1: "whole-number key", 2: 3.0},
        dt.datetime(2015, 3, 4, 5, 6, 7),
        dt.date(2015, 3, 4),
        decimal.Decimal("12.50"),
        2**70,
        'tab\tquote" backslash\\ line\n nul\x00 del\x7f é 漢 😀 \u2028',
        (1, "two"),
        _Aliased(),
        [_Aliased()],
    ],
)
def test_any_evidence_value_is_written_as_pydantic_writes_it(value: object) -> None:
    result = paracheck.assess(paracheck.load_proposal(str(NTB)))
    check = next(c for c in result.checks if c.evidence)
    evidence = m.Evidence(path="sectors[0].budget", value=value, line=3)
    check.__dict__["evidence"] = [evidence, *check.evidence]
    assert result.to_json_bytes() == _pydantic(result)


def test_a_clear_checks_evidence_is_gathered_when_written() -> None:
    proposal = paracheck.load_proposal(str(NTB))
    eager = paracheck.assess(proposal)
    want = _pydantic(eager)  # gathers every check's evidence
    fresh = paracheck.assess(proposal)
    assert any(
        type(c.__dict__["evidence"]) is m.Deferred and c.__dict__["evidence"]._gather is not None
        for c in fresh.checks
    )
    assert fresh.to_json_bytes() == want


def test_only_the_evidence_value_can_hold_what_msgspec_writes_otherwise() -> None:
    """msgspec writes a float unlike pydantic (1e16 against 1e+16), so a field that can hold
    one must be written through pydantic as ``Evidence.value`` is; no other contract field
    declares a float, ``Any`` or ``object``."""

    def loose(annotation: object) -> bool:
        if annotation in (float, typing.Any, object):
            return True
        return any(loose(arg) for arg in typing.get_args(annotation))

    models = {m.Assessment}
    seen: set[type] = set()
    open_fields = []
    while models:
        cls = models.pop()
        seen.add(cls)
        for name, field in cls.model_fields.items():
            if loose(field.annotation):
                open_fields.append(f"{cls.__name__}.{name}")
            stack = [field.annotation]
            while stack:
                t = stack.pop()
                stack.extend(typing.get_args(t))
                if isinstance(t, type) and issubclass(t, m.Out) and t not in seen:
                    models.add(t)
    assert open_fields == ["Evidence.value"]
    assert m.Check in seen and m.Localized in seen


def test_a_document_msgspec_cannot_write_is_written_by_pydantic(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    result = paracheck.assess(paracheck.load_proposal(str(NTB)))
    want = _pydantic(result)
    m._shared.clear()

    def refuse(obj: object) -> object:
        raise TypeError("cannot")

    monkeypatch.setattr(m, "_written", refuse)
    monkeypatch.setattr(m, "_encode", None)  # a new encoder, with the refusing hook
    assert result.to_json_bytes() == want
