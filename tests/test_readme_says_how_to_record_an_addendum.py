"""README tells an officer how to record an MoU addendum today, and what paracheck then cannot
tell (newcomer trial 20 #10: no field for an amendment, and README spoke of renewals only).
Its example must be a valid part of a proposal that is judged as README says."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

import paracheck
from paracheck.comparison import sectors_of

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SAMPLE = ROOT / "tests" / "golden" / "proposals" / "padang-hildesheim-2016.yaml"
HEAD = "**An MoU amendment or addendum**"


def _addendum_part() -> tuple[str, dict]:
    """README's addendum paragraph and its YAML example."""
    assert HEAD in README, "README does not say how to record an addendum"
    part = README[README.index(HEAD) :]
    part = part[: part.index("\n- **", 1)]
    block = re.search(r"```yaml\n(.*?)```", part, re.S)
    assert block is not None, "the addendum paragraph has no YAML example"
    return part, yaml.safe_load(block.group(1))


def test_readme_says_an_addendum_is_not_supported_as_such_and_what_is_lost():
    part, _ = _addendum_part()
    flat = " ".join(part.split())
    assert "does not support it as such" in flat
    assert "What paracheck then cannot tell" in flat


def test_readmes_addendum_example_is_a_valid_proposal_judged_as_it_says():
    _, example = _addendum_part()
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    data["sectors"] += example["sectors"]
    signing = example["procedure"][0]
    data["procedure"] = [signing if p["step"] == "signing" else p for p in data["procedure"]]
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    a = paracheck.assess(paracheck.load_proposal_text(text, source="p.yaml"))
    # the sector the addendum added is judged as any other
    assert [s.name for s in sectors_of(a)][-1] == example["sectors"][-1]["name"]
    # the addendum's note is listed under the procedure table and carried on the signing's
    # entry, as README says (trial 400 H3), and no check reads it: the statuses are those of
    # the file without it
    noted = signing["document"]
    for fmt in ("text", "markdown", "json"):
        assert noted in " ".join(paracheck.render(a, fmt, "id").split()), fmt
    plain = [{k: v for k, v in p.items() if k != "document"} for p in data["procedure"]]
    without = yaml.safe_dump({**data, "procedure": plain}, allow_unicode=True, sort_keys=False)
    b = paracheck.assess(paracheck.load_proposal_text(without, source="p.yaml"))
    assert [(c.rule_id, c.status) for c in a.checks] == [(c.rule_id, c.status) for c in b.checks]
