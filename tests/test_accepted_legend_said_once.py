"""The checklist's legend says what an accepted risk is without saying its label twice: the
HTML put "Risiko diterima" on the badge and "risiko diterima, dan penerimaannya masih
berlaku" after it (wording review 23 C9); every other entry is "label — what it means", and
the HTML shows only the meaning beside the badge."""

from __future__ import annotations

from pathlib import Path

import paracheck

ROOT = Path(__file__).resolve().parents[1]


def test_the_html_legend_names_an_accepted_risk_once():
    proposal = paracheck.load_proposal(ROOT / "examples" / "well-prepared-2023.yaml")
    result = paracheck.assess(proposal, as_of=proposal.date)
    html = paracheck.render(result, "html", "id")
    badge = '<span class="badge accepted">Risiko diterima</span>'
    assert f"{badge} penerimaannya masih berlaku" in html
    assert "Risiko diterima</span> risiko diterima" not in html
    markdown = paracheck.render(result, "markdown", "id")
    assert "risiko diterima — penerimaannya masih berlaku" in markdown
