"""A step the officer recorded that the regime judging the proposal does not have (an
initiative in a 2019 file, judged under Permendagri 3/2008) is a true fact, not an error:
the procedure table keeps it in date order with a neutral note. It stood last, after
"Pelaporan", with "⚠ bukan langkah menurut Permendagri 3/2008" (newcomer trial 18 #12)."""

from __future__ import annotations

import paracheck

PROPOSAL = {
    "schema": "paracheck/proposal/v1",
    "title": "Usulan Sister City Kota Singkawang – Kota Contoh",
    "date": "2019-08-12",
    "stage": "proposal",
    "form": "sister_city",
    "local": {"name": "Kota Singkawang", "level": "city"},
    "partner": {"name": "Kota Contoh", "country": "JP", "level": "city"},
    "procedure": [
        {"step": "initiative", "status": "done", "date": "2019-03-04"},
        {"step": "exploration", "status": "done", "date": "2019-05-21"},
        {"step": "letter_of_intent", "status": "pending"},
    ],
}


def _assessed() -> paracheck.Assessment:
    return paracheck.assess(paracheck.Proposal.model_validate(PROPOSAL))


def test_a_recorded_step_the_regime_lacks_stands_in_date_order_with_a_neutral_note():
    a = _assessed()
    assert a.pack.name == "permendagri-3-2008"
    steps = [entry.step for entry in a.procedure]
    assert steps.index("initiative") < steps.index("exploration")
    initiative = next(entry for entry in a.procedure if entry.step == "initiative")
    assert initiative.issue is not None and not initiative.required
    assert initiative.issue.id == "dicatat; bukan tahapan menurut Permendagri 3/2008"
    assert initiative.issue.en == "recorded; not a step under Permendagri 3/2008"


def test_no_report_marks_the_recorded_step_as_a_fault():
    a = _assessed()
    for fmt in ("markdown", "html"):
        out = paracheck.render(a, fmt, "id")
        row = next(line for line in out.splitlines() if "dicatat; bukan tahapan" in line)
        assert "⚠" not in row, fmt
        assert 'class="issue-text"' not in row, fmt  # not in the risk colour either
    text = paracheck.render(a, "text", "id", width=10_000)
    lines = [line for line in text.splitlines() if "Prakarsa" in line or "Penjajakan" in line]
    assert "Prakarsa" in lines[0] and "dicatat; bukan tahapan" in lines[0]
