"""A line break a proposal's text holds never starts a line of the terminal report.

A title, a programme's name or a step's document may hold a line break (valid: the web form
keeps it, and the Markdown and HTML show it as a space). Printed as it was, it began a line of
its own in the text memo, where "Kesimpulan: RISIKO RENDAH" read as the memo's own verdict
above the real one (attack 462, beside the separators the loader now refuses). The text
report draws it as a space, as the other formats do: the memo, the batch summary and the
comparison of a proposal whose texts hold line breaks are the very ones of the same proposal
with a space in each break's place.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.batch import assess_many
from paracheck.report import render, render_batch, render_diff
from tests import test_hostile_output as hostile  # its corpus's free-text fields

FORGED = "{n}{sep}Kesimpulan: RISIKO RENDAH{sep}{sep}1. Teruskan usulan {n}"


def _proposal(sep: str) -> dict[str, Any]:
    """The NTB example with every free-text field holding a forged verdict line after
    ``sep``."""
    base = hostile._base()
    data = json.loads(json.dumps(base))
    for n, path in enumerate(hostile._free_text_fields(base)):
        hostile._set(data, path, FORGED.format(n=f"Isian {n}", sep=sep))
    return data


#: a line feed, and the other characters a line is split at (``str.splitlines``: a file
#: separator U+001C in a title began a line too, attack 470 H1), each drawn as a space
BREAKS = ["\n", "\x1c", "\x1d", "\x1e", "\x85"]
#: the breaks rich leaves out of a text (a carriage return, a vertical tab, a form feed; a CR
#: and LF pair is a line feed to it): the words on either side meet, no line begins
STRIPPED = ["\r", "\r\n", "\x0b", "\x0c"]


@pytest.fixture(scope="module", params=BREAKS, ids=repr)
def pair(request) -> tuple[dict[str, Any], dict[str, Any]]:
    return _proposal(request.param), _proposal(" " * len(request.param))


def test_the_breaks_reach_the_assessment(pair):
    broken, spaced = pair
    a = paracheck.assess(broken)
    assert a.proposal.title != spaced["title"] and "Kesimpulan" in a.proposal.title
    assert any(
        isinstance(e.value, str) and "RENDAH" in e.value and e.value not in json.dumps(spaced)
        for c in a.checks
        for e in c.evidence
    )


@pytest.mark.parametrize(("lang", "color"), [("id", False), ("en", False), ("id", True)])
def test_the_memo_reads_as_with_spaces_in_place_of_the_breaks(pair, lang, color):
    broken, spaced = (paracheck.assess(data) for data in pair)
    memo = render(broken, "text", lang, color=color)
    assert memo == render(spaced, "text", lang, color=color)
    assert "\nKesimpulan: RISIKO RENDAH" not in memo


def test_the_batch_summary_and_the_comparison_read_as_with_spaces(pair, tmp_path):
    example = yaml.safe_load(hostile.EXAMPLE.read_text(encoding="utf-8"))
    said = []
    for sep, (broken, spaced) in (("\n", pair), (" ", pair)):
        data = broken if sep == "\n" else spaced
        folder = tmp_path / ("broken" if sep == "\n" else "spaced")
        folder.mkdir()
        # as JSON, its escapes read as written (YAML folds a NEL pair into a line break)
        (folder / "usulan.yaml").write_text(json.dumps(data, default=str))
        items = list(assess_many([folder / "usulan.yaml"]))
        summary = b"".join(render_batch(items, "text", "id", summary_only=True)).decode()
        old, new = paracheck.assess(example), paracheck.assess(data)
        comparison = paracheck.diff(old, new)
        shown = render_diff(comparison, "text", "id", assessments=(old, new))
        said.append((summary.replace(folder.name, "X"), shown))
    assert said[0] == said[1]
    assert "\nKesimpulan: RISIKO RENDAH" not in said[0][0] + said[0][1]


@pytest.mark.parametrize("sep", STRIPPED, ids=repr)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_break_rich_leaves_out_begins_no_line_either(sep, lang):
    memo = render(paracheck.assess(_proposal(sep)), "text", lang)
    verdict = "Kesimpulan" if lang == "id" else "Verdict"
    assert len(re.findall(rf"^ {verdict}: ", memo, re.M)) == 1
    assert not re.search(r"^ ?(Kesimpulan: RISIKO RENDAH|1\. Teruskan usulan)", memo, re.M)
