"""Engine patterns are simplified before the engine sees them, and variants that compile to
the same pattern share one engine rule (``compiler._merged``): fewer tests per fact and
fewer matches echoed back, the same statuses."""

from __future__ import annotations

import pytest
import yaml

import paracheck
from paracheck.engine.compiler import CompiledPack, _simplified
from paracheck.facts.paths import vocabulary
from paracheck.rules.loader import load_pack


def test_an_and_requiring_one_alternative_of_an_or_drops_that_or():
    x, y = {"$nex": {"k1": 1}}, {"f1": "a"}
    assert _simplified({"$and": [{"$or": [x, y]}, x]}) == x
    # nested or / and flattened into their parents, repeated alternatives dropped
    z = {"$gt": {"f2": 3}}
    assert _simplified({"$or": [x, {"$or": [y, x]}]}) == {"$or": [x, y]}
    assert _simplified({"$and": [z, {"$and": [x, z]}]}) == {"$and": [z, x]}
    # an or none of whose alternatives is required stays
    assert _simplified({"$and": [z, {"$or": [x, y]}]}) == {"$and": [z, {"$or": [x, y]}]}


def _twin_pack(tmp_path) -> str:
    """Two proposal rules with the same condition, and a third with another."""
    number = sorted(
        p for p, i in vocabulary().items() if i.scope == "proposal" and i.type == "number"
    )[0]

    def rule(rule_id: str, threshold: int) -> dict:
        return {
            "id": rule_id,
            "domain": "governance",
            "severity": "low",
            "likelihood": 1,
            "impact": 1,
            "title": {"id": f"uji {rule_id}", "en": f"test {rule_id}"},
            "why": {"id": "w", "en": "w"},
            "when": {
                "all": [
                    {"path": "stage", "in": ["active", "evaluation"]},
                    {"path": number, "gt": threshold},
                ]
            },
            "recommend": [
                {"stage": "planning", "owner": "Biro Kerja Sama", "text": {"id": "t", "en": "t"}}
            ],
            "sources": [{"kind": "thesis", "ref": "IV.A"}],
            "examples": {"fires": [{"stage": "active"}], "clears": [{"stage": "proposal"}]},
        }

    pack = {
        "schema": "paracheck/pack/v1",
        "name": "twins",
        "version": "0",
        "regime": "test",
        "description": {"id": "uji", "en": "test"},
        "procedure": [{"step": "signing", "required_from": "mou_signed"}],
        "rules": [rule("GOV-001", 5), rule("GOV-002", 5), rule("GOV-003", 50)],
    }
    path = tmp_path / "twins.yaml"
    path.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
    return str(path), number


@pytest.mark.parametrize(
    ("value", "stage", "want"),
    [
        (10, "active", ("risk", "risk", "clear")),
        (100, "active", ("risk", "risk", "risk")),
        (None, "active", ("unknown", "unknown", "unknown")),
        (10, None, ("unknown", "unknown", "clear")),
        (10, "proposal", ("clear", "clear", "clear")),
    ],
)
def test_rules_compiled_to_one_pattern_share_an_engine_rule_and_each_reports(
    tmp_path, value, stage, want
):
    source, number = _twin_pack(tmp_path)
    pack = load_pack(source)
    engine = CompiledPack(pack)
    # each rule has a definite and a possible variant; the twins share both engine rules
    assert len(engine.ruleset.rule_names) == 4
    shared = [names for names in engine.aliases.values() if len(names) == 2]
    assert sorted(sorted(n.split("#")[0] for n in names) for names in shared) == [
        ["GOV-001", "GOV-002"],
        ["GOV-001", "GOV-002"],
    ]
    data: dict = {"schema": "paracheck/proposal/v1", "title": "t", "date": "2021-01-01"}
    if stage is not None:
        data["stage"] = stage
    if value is not None:
        head, _, leaf = number.rpartition(".")
        node = data
        for part in head.split(".") if head else []:
            node = node.setdefault(part, {})
        node[leaf] = value
    result = paracheck.assess(data, pack=pack)
    statuses = {ch.rule_id: ch.status for ch in result.checks}
    assert (statuses["GOV-001"], statuses["GOV-002"], statuses["GOV-003"]) == want


def _dated_pack(tmp_path) -> tuple[str, str]:
    """Two rules per programme over a date that may be given as null: one compares it, one
    asks whether it is given at all."""
    path = "program.last_activity"
    assert vocabulary()[path].nullable

    def rule(rule_id: str, test: dict) -> dict:
        return {
            "id": rule_id,
            "domain": "governance",
            "severity": "low",
            "likelihood": 1,
            "impact": 1,
            "for_each": "programs",
            "title": {"id": f"uji {rule_id}", "en": f"test {rule_id}"},
            "why": {"id": "w", "en": "w"},
            "when": {
                "all": [{"path": "program.status", "in": ["ongoing"]}, {"path": path, **test}]
            },
            "recommend": [
                {"stage": "planning", "owner": "Biro Kerja Sama", "text": {"id": "t", "en": "t"}}
            ],
            "sources": [{"kind": "thesis", "ref": "IV.A"}],
            "examples": {"fires": [_with_programme("2019-05-01")], "clears": [{"sectors": []}]},
        }

    pack = {
        "schema": "paracheck/pack/v1",
        "name": "dated",
        "version": "0",
        "regime": "test",
        "description": {"id": "uji", "en": "test"},
        "procedure": [{"step": "signing", "required_from": "mou_signed"}],
        "rules": [rule("GOV-001", {"lt": "2020-01-01"}), rule("GOV-002", {"exists": True})],
    }
    source = tmp_path / "dated.yaml"
    source.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
    return str(source), path


def _with_programme(last_activity: object = ...) -> dict:
    """A proposal with one ongoing programme, its last activity given as ``last_activity``
    (not given when left out)."""
    programme: dict = {"name": "p", "status": "ongoing"}
    if last_activity is not ...:
        programme["last_activity"] = last_activity
    return {"sectors": [{"name": "education", "programs": [programme]}]}


@pytest.mark.parametrize(
    ("given", "want"),
    [
        ("2019-05-01", ("risk", "risk")),
        ("2021-05-01", ("clear", "risk")),
        (None, ("clear", "risk")),  # given as null: known, and never before a day
        (..., ("unknown", "clear")),  # not given: unknown
    ],
)
def test_an_item_fact_carrying_a_value_field_carries_no_known_field_and_null_stays_known(
    tmp_path, monkeypatch, given, want
):
    """Known-ness is tested through the value and null fields where a programme's or a
    sector's fact carries the value field anyway (``compiler._known_by_value``): no ``k``
    field for such a path is sent, a date given as null is still known (it clears the
    comparison and is "given"), an absent one unknown."""
    from paracheck.engine import adapter
    from paracheck.engine.compiler import KIND, field, known_field

    source, path = _dated_pack(tmp_path)
    pack = load_pack(source)
    sent: list[dict] = []
    original = adapter.Session.assert_facts

    def recording(self, facts, *sole):
        sent.extend(dict(f) for f in facts if f["t"].endswith(KIND["program"]))
        return original(self, facts, *sole)

    monkeypatch.setattr(adapter.Session, "assert_facts", recording)
    data = {"schema": "paracheck/proposal/v1", "title": "t", "date": "2021-01-01"}
    data.update(stage="active", **_with_programme(given))
    result = paracheck.assess(data, pack=pack)
    statuses = {ch.rule_id: ch.status for ch in result.checks}
    assert (statuses["GOV-001"], statuses["GOV-002"]) == want
    assert sent and all(field("program.status") in fact for fact in sent)
    for fact in sent:
        assert known_field("program.status") not in fact and known_field(path) not in fact


def _two_path_pack(tmp_path) -> str:
    """One rule per programme reading two of its paths."""
    rule = {
        "id": "GOV-001",
        "domain": "governance",
        "severity": "low",
        "likelihood": 1,
        "impact": 1,
        "for_each": "programs",
        "title": {"id": "uji", "en": "test"},
        "why": {"id": "w", "en": "w"},
        "when": {
            "all": [
                {"path": "program.status", "in": ["ongoing"]},
                {"path": "program.budget_idr", "gt": 5},
            ]
        },
        "recommend": [
            {"stage": "planning", "owner": "Biro Kerja Sama", "text": {"id": "t", "en": "t"}}
        ],
        "sources": [{"kind": "thesis", "ref": "IV.A"}],
        "examples": {
            "fires": [
                {
                    "sectors": [
                        {
                            "name": "education",
                            "programs": [{"name": "p", "status": "ongoing", "budget_idr": 10}],
                        }
                    ]
                }
            ],
            "clears": [{"sectors": []}],
        },
    }
    pack = {
        "schema": "paracheck/pack/v1",
        "name": "two-paths",
        "version": "0",
        "regime": "test",
        "description": {"id": "uji", "en": "test"},
        "procedure": [{"step": "signing", "required_from": "mou_signed"}],
        "rules": [rule],
    }
    source = tmp_path / "two-paths.yaml"
    source.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
    return str(source)


@pytest.mark.parametrize(
    ("programme", "want"),
    [
        ({"name": "p"}, "unknown"),  # both paths unknown: two reasons to be undecided
        ({"name": "p", "status": "ongoing"}, "unknown"),
        ({"name": "p", "budget_idr": 10}, "unknown"),
        ({"name": "p", "status": "ongoing", "budget_idr": 10}, "risk"),
        ({"name": "p", "status": "done"}, "clear"),
    ],
)
def test_a_fact_undecided_for_several_reasons_is_matched_once(
    tmp_path, monkeypatch, programme, want
):
    """A possible pattern requires that something it reads be undecided; where several
    things are, the engine still matches the fact once per rule (``compiler._exclusive``):
    each alternative of that requirement excludes the ones before it, as durable_rules
    makes a branch per alternative and reports a fact once per branch it passes."""
    from paracheck.engine import adapter

    pack = load_pack(_two_path_pack(tmp_path))
    matched: list[tuple[str, list[str]]] = []
    original = adapter.Session.assert_facts

    def recording(self, facts, *sole):
        fired = original(self, facts, *sole)
        matched.extend(fired)
        return fired

    monkeypatch.setattr(adapter.Session, "assert_facts", recording)
    data = {"schema": "paracheck/proposal/v1", "title": "t", "date": "2021-01-01"}
    data["sectors"] = [{"name": "education", "programs": [programme]}]
    result = paracheck.assess(data, pack=pack)
    assert {ch.rule_id: ch.status for ch in result.checks}["GOV-001"] == want
    assert matched or want == "clear"
    for name, ids in matched:
        assert len(ids) == len(set(ids)), (name, ids)


def _compared_pack(tmp_path) -> str:
    """One proposal rule reading a stage and comparing two paths."""
    rule = {
        "id": "HR-001",
        "domain": "human_resources",
        "severity": "low",
        "likelihood": 1,
        "impact": 1,
        "title": {"id": "uji", "en": "test"},
        "why": {"id": "w", "en": "w"},
        "when": {
            "all": [
                {"path": "stage", "in": ["proposal", "mou_signed"]},
                {
                    "path": "human_resources.trained_staff",
                    "lt": {"path": "human_resources.dedicated_staff"},
                },
            ]
        },
        "recommend": [
            {"stage": "planning", "owner": "Biro Kerja Sama", "text": {"id": "t", "en": "t"}}
        ],
        "sources": [{"kind": "thesis", "ref": "IV.A"}],
        "examples": {
            "fires": [
                {
                    "stage": "proposal",
                    "human_resources": {"trained_staff": 1, "dedicated_staff": 3},
                }
            ],
            "clears": [{"stage": "active"}],
        },
    }
    pack = {
        "schema": "paracheck/pack/v1",
        "name": "compared",
        "version": "0",
        "regime": "test",
        "description": {"id": "uji", "en": "test"},
        "procedure": [{"step": "signing", "required_from": "mou_signed"}],
        "rules": [rule],
    }
    source = tmp_path / "compared.yaml"
    source.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
    return str(source)


@pytest.mark.parametrize(
    ("given", "want"),
    [
        ({}, "unknown"),  # the stage and both sides of the comparison unknown
        ({"human_resources": {"dedicated_staff": 3}}, "unknown"),
        ({"human_resources": {"trained_staff": 1}}, "unknown"),
        ({"stage": "proposal"}, "unknown"),
        ({"stage": "proposal", "human_resources": {"trained_staff": 1}}, "unknown"),
        (
            {"stage": "proposal", "human_resources": {"trained_staff": 1, "dedicated_staff": 3}},
            "risk",
        ),
        ({"stage": "active"}, "clear"),
    ],
)
def test_the_proposals_fact_undecided_for_several_reasons_is_matched_once(
    tmp_path, monkeypatch, given, want
):
    """The same on the proposal's facts, where a comparison of two paths is undecided when
    either side is unknown: a fact with both unknown (and the stage too) passes one branch
    of the possible pattern, not one per unknown (``_Compiler._unknown``, ``_exclusive``).
    Every match of the proposal's large fact is an echo of it that the engine writes."""
    from paracheck.engine import adapter

    pack = load_pack(_compared_pack(tmp_path))
    matched: list[tuple[str, list[str]]] = []
    original = adapter.Session.assert_facts

    def reading_every_match(self, facts, *sole):
        fired = original(self, facts)  # every match's ids read from its text
        matched.extend(fired)
        return fired

    monkeypatch.setattr(adapter.Session, "assert_facts", reading_every_match)
    data = {"schema": "paracheck/proposal/v1", "title": "t", "date": "2021-01-01", **given}
    result = paracheck.assess(data, pack=pack)
    assert {ch.rule_id: ch.status for ch in result.checks}["HR-001"] == want
    assert matched or want == "clear"
    for name, ids in matched:
        assert len(ids) == len(set(ids)), (name, ids)


def _either_pack(tmp_path) -> tuple[str, str, str]:
    """One proposal rule holding when either of two numbers is over 5, at a stage."""
    first, second = "budget.apbd_allocation_idr", "governance.meetings_per_year"
    assert vocabulary()[first].type == vocabulary()[second].type == "number"
    rule = {
        "id": "GOV-001",
        "domain": "governance",
        "severity": "low",
        "likelihood": 1,
        "impact": 1,
        "title": {"id": "uji", "en": "test"},
        "why": {"id": "w", "en": "w"},
        "when": {
            "all": [
                {"path": "stage", "in": ["active", "evaluation"]},
                {"any": [{"path": first, "gt": 5}, {"path": second, "gt": 5}]},
            ]
        },
        "recommend": [
            {"stage": "planning", "owner": "Biro Kerja Sama", "text": {"id": "t", "en": "t"}}
        ],
        "sources": [{"kind": "thesis", "ref": "IV.A"}],
        "examples": {"fires": [{"stage": "active"}], "clears": [{"stage": "proposal"}]},
    }
    pack = {
        "schema": "paracheck/pack/v1",
        "name": "either",
        "version": "0",
        "regime": "test",
        "description": {"id": "uji", "en": "test"},
        "procedure": [{"step": "signing", "required_from": "mou_signed"}],
        "rules": [rule],
    }
    path = tmp_path / "either.yaml"
    path.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
    return str(path), first, second


def _set(data: dict, path: str, value: object) -> None:
    head, _, leaf = path.rpartition(".")
    node = data
    for part in head.split(".") if head else []:
        node = node.setdefault(part, {})
    node[leaf] = value


@pytest.mark.parametrize(
    ("first", "second", "want"),
    [
        (10, 10, "risk"),  # both alternatives hold: one message, not two
        (10, None, "risk"),
        (1, None, "unknown"),
        (None, None, "unknown"),
        (1, 1, "clear"),
        (None, 10, "risk"),
    ],
)
def test_the_alternatives_of_a_proposal_rule_are_one_engine_rule_and_report_once(
    tmp_path, first, second, want
):
    source, first_path, second_path = _either_pack(tmp_path)
    pack = load_pack(source)
    engine = CompiledPack(pack)
    # two alternatives, each with a definite and a possible pattern, on the proposal's one
    # fact: one engine rule per kind of verdict, the tests both alternatives share once
    assert sorted(engine.ruleset.rule_names) == ["GOV-001#d0", "GOV-001#p0"]
    data: dict = {"schema": "paracheck/proposal/v1", "title": "t", "date": "2021-01-01"}
    data["stage"] = "active"
    for path, value in ((first_path, first), (second_path, second)):
        if value is not None:
            _set(data, path, value)
    result = paracheck.assess(data, pack=pack)
    (check,) = [ch for ch in result.checks if ch.rule_id == "GOV-001"]
    assert check.status == want
