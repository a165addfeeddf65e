"""The public library's text-in / YAML-out door: what the web form and other programs use to
read a proposal they did not get as a file, and to hand one back as a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import paracheck
from tests.strategies import _kept

EXAMPLES = sorted(Path(__file__).parent.parent.joinpath("examples").glob("*.yaml"))


def test_load_proposal_text_keeps_positions_and_names_the_source() -> None:
    text = "schema: paracheck/proposal/v1\ntitle: T\nbudget:\n  apbd_allocation_idr: 5\n"
    proposal = paracheck.load_proposal_text(text, source="upload.yaml")
    assert proposal.origin.source == "upload.yaml"
    assert proposal.origin.positions["budget.apbd_allocation_idr"] == (4, 24)


def test_load_proposal_text_reports_problems_with_line_and_column() -> None:
    with pytest.raises(paracheck.InputError) as caught:
        paracheck.load_proposal_text(b"schema: paracheck/proposal/v1\ntitle: 12\n", source="b.yaml")
    (problem,) = caught.value.problems
    assert (problem.file, problem.line, problem.column, problem.path) == ("b.yaml", 2, 8, "title")


def test_load_proposal_text_accepts_bytes_and_str_alike() -> None:
    text = EXAMPLES[0].read_text("utf-8")
    from_str = paracheck.load_proposal_text(text)
    from_bytes = paracheck.load_proposal_text(text.encode("utf-8"))
    assert from_str.origin.sha256 == from_bytes.origin.sha256 != ""


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_proposal_yaml_round_trips_every_example_exactly(path: Path) -> None:
    proposal = paracheck.load_proposal(str(path))
    written = paracheck.proposal_yaml(proposal)
    again = paracheck.load_proposal_text(written)
    assert again.model_dump() == proposal.model_dump()
    assert again.model_fields_set == proposal.model_fields_set
    assert paracheck.proposal_yaml(again) == written


def test_proposal_yaml_keeps_absent_apart_from_null() -> None:
    proposal = paracheck.load_proposal_text(
        "schema: paracheck/proposal/v1\ntitle: T\nsectors:\n  - name: culture\n"
        "    lead_agency: null\n"
    )
    written = paracheck.proposal_yaml(proposal)
    assert "lead_agency: null" in written
    assert "budget" not in written and "programs" not in written


def test_proposal_yaml_writes_a_whole_number_in_a_decimal_field_as_it_was_written() -> None:
    """Newcomer trial 14: the form's "Unduh YAML" of an uploaded file nobody edited turned
    ``reserve_margin_pct: -3`` into ``-3.0`` and ``outage_hours_per_month: 18`` into ``18.0``."""
    proposal = paracheck.load_proposal_text(
        "schema: paracheck/proposal/v1\ntitle: T\nenergy:\n  reserve_margin_pct: -3\n"
        "  outage_hours_per_month: 18\nbudget:\n  realization_rate: 0.45\n"
    )
    written = paracheck.proposal_yaml(proposal)
    assert "reserve_margin_pct: -3\n" in written
    assert "outage_hours_per_month: 18\n" in written
    assert "realization_rate: 0.45\n" in written


@settings(max_examples=200, deadline=None)
@given(
    margin=st.floats(min_value=-100, max_value=1000),
    rate=st.floats(min_value=0, max_value=1),
)
def test_proposal_yaml_reads_back_every_decimal_as_the_same_number(margin, rate) -> None:
    proposal = paracheck.load_proposal_text(
        json.dumps(
            {
                "schema": "paracheck/proposal/v1",
                "title": "T",
                "energy": {"reserve_margin_pct": margin},
                "budget": {"realization_rate": rate},
            }
        )
    )
    again = paracheck.load_proposal_text(paracheck.proposal_yaml(proposal))
    assert again.model_dump() == proposal.model_dump()


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40
    ).filter(lambda s: s.strip() == s and s and _kept(s))  # a text the model keeps
)
def test_proposal_yaml_keeps_text_that_looks_like_other_values(title: str) -> None:
    """Titles like ``yes``, ``NO``, ``2015-06-10``, ``12`` or ``#x`` stay text."""
    proposal = paracheck.load_proposal_text(
        json.dumps({"schema": "paracheck/proposal/v1", "title": title}, ensure_ascii=False)
    )
    assert paracheck.load_proposal_text(paracheck.proposal_yaml(proposal)).title == title


def test_schemas_and_pack_names_are_public() -> None:
    assert paracheck.proposal_schema()["properties"]["title"]
    assert "verdict" in paracheck.assessment_schema()["properties"]
    names = paracheck.pack_names()
    assert names == sorted(names) and all(paracheck.load_pack(n).name == n for n in names)


def test_field_and_value_labels_are_public_and_bilingual() -> None:
    assert paracheck.field_label("budget.apbd_allocation_idr", "id") == "alokasi APBD"
    assert paracheck.field_label("budget.apbd_allocation_idr", "en") == "APBD allocation"
    assert paracheck.field_label(
        "sectors[2].lead_agency", "id", where=False
    ) == paracheck.field_label("sector.lead_agency", "id")
    assert paracheck.value_label("sectors[0].name", "fisheries", "id") == "perikanan"
    assert paracheck.value_label("title", "anything", "id") is None


@pytest.mark.skipif(
    not __import__("shutil").which("chromium"),
    reason="PDF printing needs chromium (CI installs it)",
)
def test_render_pdf_is_public_and_prints_a_pdf() -> None:
    result = paracheck.assess(paracheck.load_proposal(str(EXAMPLES[0])))
    assert paracheck.render_pdf(result, "en").startswith(b"%PDF")


def test_the_readmes_embedding_example_runs_and_keeps_the_contract_json(capsys) -> None:
    # trial 410 M2: loading from text and keeping the JSON were found only in the source
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("Embedding it in another system", 1)[1]
    code = block.split("```python", 1)[1].split("```", 1)[0]
    names: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), names)  # the README's own example
    stored = json.loads(str(names["stored"]))
    assert stored["schema"] == "paracheck/assessment/v2"
    assert str(names["memo"]).startswith("# ")
    printed = capsys.readouterr().out
    assert "Bappeda" in printed  # an owner named, as the example prints them
