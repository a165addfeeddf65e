"""English counts agree with their number: "1 more risk", not "1 more risks" (read in the
Wakatobi memo, 2026-11-30). Indonesian does not inflect; both languages keep one sentence."""

from __future__ import annotations

import re

import pytest

from paracheck.report.messages import MESSAGES, message

COUNTED = sorted(key for key, (_, en) in MESSAGES.items() if "{n}" in en and "." + "one" not in key)


@pytest.mark.parametrize("key", COUNTED)
def test_a_counted_message_says_one_thing_in_the_singular(key):
    values = {name: "X" for name in re.findall(r"\{(\w+)\}", MESSAGES[key][1]) if name != "n"}
    one = message(key, "en", n=1, **values)
    many = message(key, "en", n=2, **values)
    # the plural nouns of the two-or-more form never follow "1" in the one form
    for noun in ("checks", "risks"):
        if f"2 {noun}" in many or f"2 more {noun}" in many or f"2 other open {noun}" in many:
            assert noun not in one, one
    assert "1" in one and "2" in many


def test_indonesian_reads_the_same_for_one_and_many():
    # a count in running text is in words where EYD V writes it so (words18 C1)
    assert message("more_risks", "id", n=1) == "… dan satu risiko lain (lihat lampiran)."
    assert message("more_risks", "en", n=1) == "… and 1 more risk (see the annex)."
    assert message("more_risks", "en", n=3) == "… and 3 more risks (see the annex)."
