"""Two fields of fix34b said where they mean something (atk24, fix35b).

(c) ``programs[].people_moved`` takes one value. A programme moving workers and students
together cannot be written as a list; decided: keep one value (the trafficking rungs read
one) and say which to write — the group most exposed to trafficking (workers, then students,
then officials or artists), whose rung gives the graver finding and its advice, or each group
as a programme of its own. The refusal of a list names the group to write, and the template
and the form's help say the same.

(d) ``sectors[].capture_fishing`` on a sector of another field than fisheries was accepted
and ignored, true or false; it is refused at the field, naming the sector's field, as
``people_moved`` beside a programme not said to move people is.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

import paracheck
from paracheck.cli import app
from paracheck.web.text import word

LADDER = ("workers", "students", "officials", "artists")


def _proposal(sector: dict[str, Any]) -> dict[str, Any]:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama uji",
        "date": "2024-05-01",
        "sectors": [sector],
        "security": {"human_trafficking": "high", "coordinating_agencies": []},
    }


def _refused(tmp_path, data: dict[str, Any], lang: str) -> tuple[str, int]:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path = tmp_path / "usulan.yaml"
    path.write_text(text, "utf-8")
    result = CliRunner().invoke(app, ["validate", "--lang", lang, str(path)])
    assert result.exit_code == 2, result.output
    out = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert "Traceback" not in out
    return out, len(text.splitlines())


def _programme(who: Any) -> dict[str, Any]:
    return {"name": "Magang kerja dan studi", "status": "planned", "moves_people": True} | {
        "people_moved": who
    }


@pytest.mark.parametrize(
    "written",
    [["students", "workers"], ["officials", "students"], ["artists", "officials"]],
)
def test_several_groups_moved_are_refused_naming_the_most_exposed_to_write(tmp_path, written):
    most = min(written, key=LADDER.index)
    data = _proposal({"name": "education", "programs": [_programme(written)]})
    for lang, words in (("id", "paling rawan"), ("en", "most exposed")):
        out, _ = _refused(tmp_path, data, lang)
        said = out.split(words, 1)[1]
        assert f"'{most}'" in said.split(",")[1], out
        assert ("program tersendiri" if lang == "id" else "programme of its own") in said


def test_the_most_exposed_group_written_alone_takes_its_rung():
    data = _proposal({"name": "education", "programs": [_programme("workers")]})
    found = {c.rule_id for c in paracheck.assess(data).checks if c.status == "risk"}
    assert "TOC-007" in found  # the worker rung, not the learners'


def test_the_template_and_the_form_say_which_group_to_write():
    for lang in ("id", "en"):
        template = paracheck.proposal_template(lang=lang)
        block = template.split("people_moved:", 1)[1].split("budget:", 1)[0]
        for said in (" ".join(block.replace("#", " ").split()), word("people_moved_help", lang)):
            assert ("paling rawan" if lang == "id" else "most exposed") in said, said
            assert ("program tersendiri" if lang == "id" else "own programme") in said or (
                "programme of its own" in said
            ), said


@pytest.mark.parametrize("field", ["tourism", "education", "ports_maritime"])
@pytest.mark.parametrize("value", [True, False])
def test_capture_fishing_on_another_field_is_refused_naming_the_field(tmp_path, field, value):
    data = _proposal({"name": field, "capture_fishing": value})
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "capture_fishing" in row)
    for lang in ("id", "en"):
        out, _ = _refused(tmp_path, data, lang)
        assert f"usulan.yaml:{line}:" in out
        assert f"'{field}'" in out and "'fisheries'" in out
        assert ("hapus isian ini" if lang == "id" else "remove this entry") in out


@pytest.mark.parametrize("value", [True, False])
def test_capture_fishing_on_a_fisheries_sector_is_read_as_before(value):
    data = _proposal({"name": "fisheries", "capture_fishing": value})
    assert paracheck.assess(data).checks
