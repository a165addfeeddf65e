"""GOV-003's report "sejak laporan terakhir" says where it begins when the file records no
report at all: at the signing (dprd462 L4: Kupang–Darwin, signed 20 August 2019, never
reported, was told to report "since the last report")."""

from __future__ import annotations

from pathlib import Path

import paracheck

FILE = Path(__file__).parent / "data" / "dprd462-kupang-darwin-2026.yaml"


def test_the_report_owed_begins_at_the_signing_where_none_was_sent() -> None:
    a = paracheck.assess(paracheck.load_proposal(str(FILE)))
    (check,) = [c for c in a.checks if c.rule_id == "GOV-003"]
    assert check.status == "risk"
    memo = " ".join(paracheck.render(a, "text", "id").split())
    assert (
        "Siapkan laporan pelaksanaan yang mencakup kurun waktu sejak laporan terakhir atau, bila "
        "belum pernah ada laporan, sejak MoU ditandatangani"
    ) in memo
