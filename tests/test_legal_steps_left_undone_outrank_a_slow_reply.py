"""A procedure step of the instrument in force, left undone for years, outranks a slow reply
(practitioner trial 27 M2).

In a Sumatera Barat–Negeri Sembilan MoU of March 2016 judged in November 2019, the original
not deposited with Kemlu (REG-015) scored 6 "Rendah" and the missing reports to the Home
Affairs Minister (GOV-003) 9, citing only the thesis, both below "replies take ten days"
(HR-003, 12). GOV-003 now cites the reporting step of the procedure in force on the date
judged (Permendagri 3/2008 as practised until 21 May 2020, Permendagri 25/2020 from 22 May
2020), and both steps rank above the slow reply.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import paracheck
from paracheck.report.view import risks

FILE = Path(__file__).parent / "data" / "trial27-sumbar-negerisembilan-2019.yaml"


def _assessed(as_of: dt.date | None = None) -> paracheck.Assessment:
    proposal = paracheck.load_proposal(str(FILE))
    return paracheck.assess(proposal, as_of=as_of or proposal.date)


def test_the_undeposited_original_and_the_missing_reports_rank_above_the_slow_reply():
    a = _assessed()
    order = [c.rule_id for c in risks(a)]  # the memo's order of risks
    assert {"REG-015", "GOV-003", "HR-003"} <= set(order)
    assert order.index("GOV-003") < order.index("HR-003")
    assert order.index("REG-015") < order.index("HR-003")
    scores = {c.rule_id: c.score for c in a.checks}
    assert min(scores["REG-015"], scores["GOV-003"]) > scores["HR-003"]


def test_the_missing_reports_cite_the_procedure_in_force_on_the_date_judged():
    def refs(a: paracheck.Assessment) -> list[str]:
        gov = next(c for c in a.checks if c.rule_id == "GOV-003")
        assert gov.status == "risk"
        return [s.ref for s in gov.sources]

    in_2019 = refs(_assessed())
    assert "Permendagri 3/2008" in in_2019 and "Permendagri 25/2020" not in in_2019
    in_2021 = refs(_assessed(dt.date(2021, 6, 1)))
    assert "Permendagri 25/2020" in in_2021 and "Permendagri 3/2008" not in in_2021
    assert "IV.C" in in_2019 and "IV.C" in in_2021
