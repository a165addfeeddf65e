"""A pack problem quoting a date says it as the author wrote it, never as Python's repr
(attack 440 M6: "'budget.apbd_allocation_idr' berupa angka; tertulis datetime.date(2020, 1,
1)")."""

from __future__ import annotations

from pathlib import Path

import pytest

from paracheck.errors import PackError
from paracheck.rules.loader import load_pack

MINI = (Path(__file__).parent / "packs" / "mini.yaml").read_text(encoding="utf-8")
WHEN = "        - {path: budget.apbd_allocation_idr, eq: 0}\n"


def test_a_date_where_a_number_belongs_is_quoted_as_written(tmp_path) -> None:
    assert WHEN in MINI
    path = tmp_path / "mini.yaml"
    path.write_text(
        MINI.replace(WHEN, "        - {path: budget.apbd_allocation_idr, lt: 2020-01-01}\n", 1),
        encoding="utf-8",
    )
    with pytest.raises(PackError) as caught:
        load_pack(str(path))
    said = "\n".join(p.describe("id") for p in caught.value.problems)
    assert "tertulis 2020-01-01" in said
    assert "datetime" not in said
