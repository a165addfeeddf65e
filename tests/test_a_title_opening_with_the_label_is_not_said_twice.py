"""A memo names what it judges once: "Usulan Sister City …", not "Usulan: Usulan Sister …".

Review 280 (held-out 274): the file's title opens with the word the header line puts before
it. A title that does not (held-out 254's "Sister City Kota Tarakan – Tawau …") keeps the
label, and a word that only begins with the label's letters ("Usulannya …") is no label.
"""

from __future__ import annotations

from pathlib import Path

import yaml

import paracheck
from paracheck.report import view

DATA = Path(__file__).parent / "data"
KUPANG = DATA / "holdout274-kupang-vilnius-energi-2026-12.yaml"
TARAKAN = DATA / "holdout254-tarakan-tawau-2026.yaml"


def test_a_title_opening_with_usulan_is_given_alone() -> None:
    memo = paracheck.render(paracheck.assess(paracheck.load_proposal(KUPANG)), "text", "id")
    assert "\nUsulan Sister City Kota Kupang – Vilnius" in memo
    assert "Usulan: Usulan" not in memo


def test_a_title_without_the_word_keeps_the_label() -> None:
    a = paracheck.assess(paracheck.load_proposal(TARAKAN))
    label = "Kerja sama" if view.running(a) else "Usulan"
    assert view.proposal_line(a, "id") == f"{label}: {a.proposal.title}"


def test_a_word_that_only_begins_like_the_label_is_no_label() -> None:
    data = yaml.safe_load(KUPANG.read_text(encoding="utf-8"))
    data["title"] = "Usulannya: Sister City Kota Kupang – Vilnius"
    a = paracheck.assess(data)
    assert view.proposal_line(a, "id") == f"Usulan: {data['title']}"
    assert view.proposal_line(a, "en") == f"Proposal: {data['title']}"
