"""The calibration suite: realistic proposals judged against what an expert wrote down before
paracheck ever ran on them (tests/calibration/expectations.yaml, with the reasoning).

Each expectation is its own test, so one disagreement does not hide the others. Where the packs
disagree with an expectation and the expectation stands, the disagreement is listed in
``KNOWN_DISAGREEMENTS`` (strict xfail naming the rule and what is wrong) for the pack owners to
fix: when they do, the strict xfail turns into a failure and the entry must be removed.

The verdict expectations use the v2 meaning (``paracheck/assessment/v2``: confirmed risks set
the verdict, ``worst_verdict`` and ``notices`` beside it); while v1 was on main they were
reported as expected failures.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck

HERE = Path(__file__).parent / "calibration"
EXPECTATIONS = yaml.safe_load((HERE / "expectations.yaml").read_text("utf-8"))
SEVERITY_ORDER = ["blocker", "high", "medium", "low", "info"]

# (case stem, test label) -> why paracheck is wrong and which rule / pack should change.
# First run: 2026-11-30 on main 25726c0 + the tier data; updated after the regime packs landed
# (710ed77): entries whose rule was fixed were removed, new disagreements added.
KNOWN_DISAGREEMENTS: dict[tuple[str, str], str] = {}


@functools.cache
def _proposal(name: str) -> Any:
    return paracheck.load_proposal(str(HERE / name))


@functools.cache
def _assessment(name: str) -> Any:
    return paracheck.assess(_proposal(name))


def _sector_indices(check: Any) -> set[int]:
    """Indices of the sectors a check is tied to: its items, else the sectors in its evidence."""
    paths = list(check.items) + [ev.path for ev in check.evidence]
    return {int(m.group(1)) for p in paths for m in [re.match(r"sectors\[(\d+)\]", p)] if m}


def _matches(check: Any, entry: dict[str, Any], sectors: list[str]) -> bool:
    if check.status != "risk":
        return False
    if "rule" in entry and check.rule_id not in {entry["rule"], entry.get("or_rule")}:
        return False
    if "domain" in entry and check.domain != entry["domain"]:
        return False
    if "min_severity" in entry and (
        SEVERITY_ORDER.index(check.severity) > SEVERITY_ORDER.index(entry["min_severity"])
    ):
        return False
    if "sector" in entry:
        named = {sectors[i] for i in _sector_indices(check) if i < len(sectors)}
        if entry["sector"] not in named:
            return False
    return True


def _asks(check: Any, entry: dict[str, Any], sectors: list[str]) -> bool:
    """An open check of the expected kind whose question concerns the expected sector."""
    if check.status != "unknown" or not entry.get("or_asked"):
        return False
    if "rule" in entry and check.rule_id != entry["rule"]:
        return False
    if "domain" in entry and check.domain != entry["domain"]:
        return False
    asked = {
        int(m.group(1)) for p in check.missing for m in [re.match(r"sectors\[(\d+)\]", p)] if m
    }
    return entry.get("sector") in {sectors[i] for i in asked if i < len(sectors)}


def _instrument_pattern(instrument: str) -> re.Pattern[str]:
    """ "UU 23/2014" also matches "UU No. 23 Tahun 2014": the number and the year decide."""
    found = re.search(r"(\d+)\s*/\s*(\d{4})", instrument)
    assert found, instrument
    number, year = found.groups()
    return re.compile(
        rf"(?<![\d/]){number}\s*/\s*{year}\b|\b{number}\s+tahun\s+{year}\b", re.IGNORECASE
    )


def _label(entry: dict[str, Any]) -> str:
    parts = [
        entry.get("rule"),
        entry.get("domain"),
        entry.get("sector"),
        entry.get("min_severity") and f">={entry['min_severity']}",
    ]
    return "-".join(str(p) for p in parts if p)


def _params() -> list[Any]:
    params = []
    for case in EXPECTATIONS["cases"]:
        stem = case["file"].removesuffix(".yaml")
        aspects: list[tuple[str, Any]] = []
        for key in ("verdict", "worst_verdict", "notice"):
            if key in case:
                aspects.append((key, case[key]))
        for key in ("must_flag", "must_not_flag"):
            for entry in case.get(key, []):
                aspects.append((f"{key}:{_label(entry)}", entry))
        for key in ("questions", "judged_with", "must_not_cite"):
            for value in case.get(key, []):
                aspects.append((f"{key}:{value}", value))
        for label, payload in aspects:
            reason = KNOWN_DISAGREEMENTS.get((stem, label))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(
                pytest.param(case["file"], label, payload, marks=marks, id=f"{stem}::{label}")
            )
    return params


def test_the_suite_is_broad_enough():
    cases = EXPECTATIONS["cases"]
    assert len(cases) >= 15
    countries = {_proposal(c["file"]).partner.country for c in cases}
    assert {"CN", "JP", "KR", "AU", "NL", "US", "MY"} <= countries
    assert {_proposal(c["file"]).local.level for c in cases} == {"province", "regency", "city"}
    assert {_proposal(c["file"]).stage for c in cases} == {
        "proposal",
        "mou_signed",
        "active",
        "evaluation",
    }
    years = {_proposal(c["file"]).date.year for c in cases}
    assert {2005, 2012, 2019} <= years and max(years) >= 2021
    sectors = {s.name for c in cases for s in _proposal(c["file"]).sectors or []}
    assert {"ports_maritime", "tourism", "education", "fisheries", "health"} <= sectors
    assert all(c.get("reasoning", "").strip() for c in cases)
    assert sorted(c["file"] for c in cases) == sorted(
        p.name for p in HERE.glob("*.yaml") if p.name != "expectations.yaml"
    )


def test_the_contract_is_v2():
    assert _assessment(EXPECTATIONS["cases"][0]["file"]).schema_ == "paracheck/assessment/v2"


def test_known_disagreements_name_a_real_expectation():
    labels = {tuple(p.id.split("::", 1)) for p in _params()}
    assert set(KNOWN_DISAGREEMENTS) <= labels


@pytest.mark.parametrize("name, label, expected", _params())
def test_calibration_expectation(name: str, label: str, expected: Any) -> None:
    result = _assessment(name)
    sectors = [s.name for s in _proposal(name).sectors or []]
    kind = label.split(":", 1)[0]
    confirmed = sorted(f"{c.rule_id}({c.severity})" for c in result.checks if c.status == "risk")
    if kind == "verdict":
        assert result.verdict in expected, f"confirmed risks: {confirmed}"
    elif kind == "worst_verdict":
        assert result.worst_verdict in expected, result.worst_because
    elif kind == "notice":
        texts = [
            json.dumps(n.model_dump(mode="json"), ensure_ascii=False).casefold()
            for n in result.notices
        ]
        assert any(k.casefold() in t for k in expected for t in texts), texts
    elif kind == "must_flag":
        assert any(
            _matches(c, expected, sectors) or _asks(c, expected, sectors) for c in result.checks
        ), f"nothing matches {expected}; confirmed risks: {confirmed}"
    elif kind == "must_not_flag":
        hits = [c.rule_id for c in result.checks if _matches(c, expected, sectors)]
        assert not hits, f"{hits} match {expected}"
    elif kind == "questions":
        asked = [q.path for q in result.questions]
        assert any(p.startswith(expected) for p in asked), asked
    elif kind == "judged_with":
        cited = [result.pack.regime] + [s.ref for c in result.checks for s in c.sources]
        pattern = _instrument_pattern(expected)
        assert any(pattern.search(text) for text in cited), (result.pack.name, result.pack.regime)
    elif kind == "must_not_cite":  # what the officer relies on (see expectations.yaml)
        cited = {f"pack {result.pack.name}": result.pack.regime}
        for check in result.checks:
            for i, source in enumerate(check.sources):
                cited[f"{check.rule_id} source {i}"] = source.ref
            for i, rec in enumerate(check.recommendations):
                cited[f"{check.rule_id} recommendation {i}"] = rec.text.id + " " + rec.text.en
        for i, item in enumerate([*result.actions, *result.questions]):
            cited[f"action/question {i}"] = item.text.id + " " + item.text.en
        pattern = _instrument_pattern(expected)
        hits = sorted(where for where, text in cited.items() if pattern.search(text))
        assert not hits, hits
    else:  # pragma: no cover - a typo in expectations.yaml
        pytest.fail(f"unknown expectation kind {kind!r}")
