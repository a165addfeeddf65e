"""`paracheck init` glosses each list of codes from its own field's value group, as the reports
label the value: "other" is "sektor lain" among the sectors and "tingkat lain" among the
partner's levels, "investment" is "penanaman modal" as a sector, and a county is told apart
from a regency (words19 B8: the first group's gloss stood for every list — "other (bentuk
lain)", "investment (investasi)", "regency (kabupaten) | county (kabupaten)" — and the memo
then used other words than the template taught)."""

from __future__ import annotations

import re

import pytest

from paracheck.facts.labels import value_groups
from paracheck.facts.template import FORMS, proposal_template


def _lists(text: str) -> list[str]:
    """Each comment's list of glossed codes, its wrapped lines joined."""
    out: list[str] = []
    for line in text.splitlines():
        comment = line.split("#", 1)[-1].strip() if "#" in line else ""
        if " (" not in comment or " | " not in comment + " | ":
            if out and out[-1].endswith("|"):
                out[-1] += " " + comment
            continue
        if out and out[-1].endswith("|") and not re.search(r"[\w\]\"]+:\s", line.split("#")[0]):
            out[-1] += " " + comment
        else:
            out.append(comment)
    return out


def _glossed(listed: str) -> dict[str, str]:
    return dict(re.findall(r"([a-z][a-z_]+) \(([^()]*(?:\([^()]*\))?[^()]*)\)", listed))


@pytest.mark.parametrize("form", FORMS)
def test_init_glosses_other_and_investment_as_the_fields_labels_do(form):
    text = proposal_template(form)
    groups = value_groups()
    sectors = next(g for g in _lists(text) if "agriculture (" in g)
    levels = next(g for g in _lists(text) if "municipality (" in g)
    assert f"other ({groups['sector']['other']['id']})" in sectors, sectors
    assert f"investment ({groups['sector']['investment']['id']})" in sectors, sectors
    assert "other (sektor lain)" in sectors and "investment (penanaman modal)" in sectors
    assert "other (tingkat lain)" in levels, levels
    assert "bentuk lain" not in sectors + levels


@pytest.mark.parametrize("form", FORMS)
def test_no_two_codes_of_one_list_share_a_gloss(form):
    for listed in _lists(proposal_template(form)):
        glosses = list(_glossed(listed).values())
        assert len(glosses) == len(set(glosses)), listed


def test_the_free_text_example_of_shared_traits_is_written_in_indonesian():
    # newcomer trial 24 C3: following "[fisheries, agriculture]", the officer's English words
    # came back in the Indonesian memo's evidence ("Kesamaan karakteristik …: fisheries")
    (line,) = [ln for ln in proposal_template().splitlines() if "similar_characteristics:" in ln]
    assert "[perikanan, pertanian]" in line
    assert "fisheries" not in line.split("#")[1]
