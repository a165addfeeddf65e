"""A blank checklist of a pack whose term spans two laws gives each period's reason under its
dates. Permendagri 3/2008's checklist ran REG-010's two paragraphs together — "Menurut sumber
sekunder, … UU 32/2004 …. Menurut sumber sekunder, … UU 23/2014 …" — one reason said twice
with no word of when each held (trust17, after the reasons were made to hedge once)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from paracheck.cli import app

HEDGE = {"id": "Menurut sumber sekunder", "en": "Reportedly"}
PERIOD = {
    "id": ("Berlaku sampai 1 Oktober 2014: ", "Berlaku sejak 2 Oktober 2014: "),
    "en": ("In force until October 1, 2014: ", "In force since October 2, 2014: "),
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_2008_checklist_says_when_each_law_held(lang):
    result = CliRunner().invoke(
        app, ["checklist", "--pack", "permendagri-3-2008", "--lang", lang, "-f", "markdown"]
    )
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    at = flat.index("REG-010")
    reason = flat[at : flat.index("REG-0", at + 8)]
    until, since = PERIOD[lang]
    assert f"{until}{HEDGE[lang]}" in reason, reason
    assert f"{since}{HEDGE[lang]}" in reason, reason
    assert reason.index("UU 32/2004") < reason.index(since) < reason.index("UU 23/2014")
    # each hedge opens a period of its own
    assert reason.count(HEDGE[lang]) == 2
