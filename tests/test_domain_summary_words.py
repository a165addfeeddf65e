"""The summary by domain says what a domain's level is: a blocker, or not known yet.

Wording review 12 (A8): "Regulasi dan prosedur | Tidak ada | 0 | 0 | 17" read as "no risk in
this domain" beside 17 open checks, two of them possible blockers; and the domain holding
REG-001 read "Tinggi" under "Kesimpulan: TERHAMBAT". Presentation only: the contract's
``domains[].level`` keeps its meaning (the score band of the confirmed risks).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import paracheck
from paracheck.report import view

ROOT = Path(__file__).resolve().parent.parent
TAIWAN = ROOT / "examples" / "blocked-taiwan-2022.yaml"
NTB = ROOT / "examples" / "ntb-zhejiang-2015.yaml"


def _assessed(path: Path):
    return paracheck.assess(paracheck.load_proposal(str(path)))


def _row(out: str, domain: str) -> str:
    """The summary table's row of a domain, whitespace collapsed."""
    flat = [" ".join(line.split()) for line in out.splitlines()]
    return next(line for line in reversed(flat) if re.search(rf"\b{domain}\b.*\d\s*\|?$", line))


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_domain_holding_a_confirmed_blocker_reads_blocker_not_high(fmt):
    a = _assessed(TAIWAN)
    assert a.verdict == "blocked" and a.domains["regulatory"].level == "high"
    out = paracheck.render(a, fmt, lang="id", **({"width": 200} if fmt == "text" else {}))
    if fmt == "html":
        assert "<td>Regulasi dan prosedur</td><td>Penghambat</td>" in out
    else:
        assert "Penghambat" in _row(out, "Regulasi dan prosedur")


@pytest.mark.parametrize(("lang", "said"), [("id", "Belum diketahui"), ("en", "Not known yet")])
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_domain_with_no_confirmed_risk_but_open_checks_reads_not_known_yet(fmt, lang, said):
    a = _assessed(NTB)
    summary = a.domains["regulatory"]
    assert (summary.level, summary.risks) == ("none", 0) and summary.unknowns > 0
    out = paracheck.render(a, fmt, lang=lang, **({"width": 200} if fmt == "text" else {}))
    name = "Regulasi dan prosedur" if lang == "id" else "Regulatory and procedure"
    if fmt == "html":
        assert f"<td>{name}</td><td>{said}</td>" in out
    else:
        row = _row(out, name.split()[0])
        assert said in row and "Tidak ada" not in row and "None" not in row


def test_a_domain_with_nothing_found_and_nothing_open_still_reads_none():
    a = _assessed(ROOT / "examples" / "well-prepared-2023.yaml")
    quiet = [d for d, s in a.domains.items() if s.level == "none" and not s.unknowns]
    assert quiet
    assert view.domain_level(a, quiet[0], "id") == "Tidak ada"


def test_the_contract_level_keeps_its_meaning():
    a = _assessed(TAIWAN)
    assert a.domains["regulatory"].level == "high"
    assert _assessed(NTB).domains["regulatory"].level == "none"


def test_a_domain_whose_only_open_check_is_a_note_reads_none():
    """Trial 230 #7: "Regulasi dan prosedur — Belum diketahui" over sixteen regulatory checks
    all clear, for the one question of REG-033, a note (severity info) that finds no risk:
    read as the legal side not assessed. The column of open checks still counts it."""
    proposal = paracheck.load_proposal(str(ROOT / "examples" / "well-prepared-2023.yaml"))
    data = proposal.model_dump(mode="json", exclude_none=True)
    data.setdefault("budget", {}).pop("partner_funds_recorded", None)
    data["budget"]["other_sources"] = ["partner"]
    data["budget"]["partner_funds_binding"] = False  # REG-055 answered: REG-033 alone open
    # signed, not yet running: a running cooperation's unrecorded funds are REG-056's, medium
    data["stage"] = "mou_signed"
    a = paracheck.assess(paracheck.load_proposal_text(json.dumps(data)))
    open_here = [
        (c.rule_id, c.severity)
        for c in a.checks
        if c.domain == "regulatory" and c.status == "unknown"
    ]
    assert open_here == [("REG-033", "info")]
    summary = a.domains["regulatory"]
    assert summary.level == "none" and summary.unknowns == 1
    assert view.domain_level(a, "regulatory", "id") == "Tidak ada"
    assert view.domain_level(a, "regulatory", "en") == "None"
