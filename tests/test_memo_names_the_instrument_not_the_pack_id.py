"""The Indonesian memo names the instruments it judges by, not the rule pack's identifier:
"Dasar penilaian: … (…; paket aturan pp28-2018 1.0.0)" and the footer's "Dibuat oleh
paracheck · pp28-2018 1.0.0" were operator code in a memo for the Bupati (trial 30 C1, words30
#16). The English reports keep the identifier, and the JSON carries it as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import paracheck
from paracheck.facts.loader import load_proposal
from paracheck.report import render

EXAMPLES = Path(__file__).parents[1] / "examples"


@pytest.fixture(scope="module")
def assessment() -> paracheck.Assessment:
    return paracheck.assess(load_proposal(EXAMPLES / "ntb-zhejiang-2015.yaml"))


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_indonesian_memo_carries_no_pack_identifier(
    assessment: paracheck.Assessment, fmt: str
) -> None:
    said = " ".join(render(assessment, fmt, "id").split())  # lines wrapped in text
    assert "paket aturan" not in said
    assert f"{assessment.pack.name} {assessment.pack.version}" not in said
    assert "Permendagri 3/2008" in said  # the instrument, by its name


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_english_report_keeps_the_pack_identifier(
    assessment: paracheck.Assessment, fmt: str
) -> None:
    said = " ".join(render(assessment, fmt, "en").split())
    assert f"{assessment.pack.name} {assessment.pack.version}" in said


def test_the_json_keeps_the_pack_identifier(assessment: paracheck.Assessment) -> None:
    pack = json.loads(render(assessment, "json", "id"))["pack"]
    assert (pack["name"], pack["version"]) == (assessment.pack.name, assessment.pack.version)
