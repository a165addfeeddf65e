"""A comparison says the notices that changed and warns when the new version is dated before
the old (Indonesian wording review words18 A3: an MoU that lapsed between the two versions'
dates rebuilt the whole plan and Saran, and ``paracheck diff`` said "Tidak ada perubahan
pada pemeriksaan"; two files given the wrong way round read a finding as cleared where only
the dates had moved)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

import paracheck
from tests.test_lapsed_mou_words import SUMBAR

BEFORE, AFTER = "2021-05-01", "2021-06-01"  # the MoU ends on 11 May 2021


def _assess(date: str) -> paracheck.Assessment:
    data: dict[str, Any] = copy.deepcopy(SUMBAR)
    data["date"] = date
    return paracheck.assess(paracheck.Proposal.model_validate(data))


def test_an_mou_that_lapsed_between_the_dates_is_said_in_every_format():
    d = paracheck.diff(_assess(BEFORE), _assess(AFTER))
    # no finding moved: the notices say it, and the one check whose statement asks for a
    # running MoU (IMP-013, "Bila MoU … masih berlaku") turns from a tick to not applicable
    assert [(c.rule_id, c.new_not_applicable) for c in d.status_changed] == [("IMP-013", True)]
    assert not (d.became_risk or d.cleared or d.added or d.removed or d.escalated or d.downgraded)
    assert [n.code for n in d.notices_added] == ["mou_expired"]
    assert [n.code for n in d.notices_removed] == ["mou_expiring"]
    doc = json.loads(paracheck.render_diff(d, "json", "id"))
    assert doc["notices_added"][0]["date"] == "2021-05-11"
    assert doc["notices_removed"][0]["code"] == "mou_expiring"
    assert doc["dates_reversed"] is False
    said = (
        "Masa berlaku MoU berakhir pada 11 Mei 2021, di antara tanggal penilaian kedua versi: "
        "versi baru dinilai sesudah MoU berakhir"
    )
    for fmt in ("text", "markdown"):
        out = " ".join(paracheck.render_diff(d, fmt, "id").split())
        assert "atan yang berubah".casefold() in out.casefold(), fmt
        assert said in out, fmt
        # the MoU that was ending has ended: not a warning gone (words19 B10)
        assert "MoU segera berakhir" not in out, fmt
    english = paracheck.render_diff(d, "markdown", "en")
    assert "The MoU's term ended on May 11, 2021, between the two versions' dates" in english


def test_a_new_version_dated_before_the_old_is_pointed_out():
    d = paracheck.diff(_assess("2024-03-15"), _assess(BEFORE))
    assert d.dates_reversed
    warning = (
        "Versi baru bertanggal lebih awal (1 Mei 2021) daripada versi lama (15 Maret 2024): "
        "periksa urutan kedua berkas; perubahan di bawah ini mungkin terbalik."
    )
    for fmt in ("text", "markdown"):
        assert warning in " ".join(paracheck.render_diff(d, fmt, "id").split()), fmt
    # the right order has no warning
    right = paracheck.diff(_assess(BEFORE), _assess("2024-03-15"))
    assert not right.dates_reversed
    assert "lebih awal" not in paracheck.render_diff(right, "markdown", "id")


def test_the_web_comparison_says_the_same():
    pytest.importorskip("fastapi")

    import yaml
    from fastapi.testclient import TestClient

    from paracheck.web import create_app

    def body(date: str) -> bytes:
        data = copy.deepcopy(SUMBAR)
        data["date"] = date
        return yaml.safe_dump(data, allow_unicode=True).encode()

    client = TestClient(create_app())
    from tests.web_support import compare_on_page

    answer = compare_on_page(client, body("2024-03-15"), body(AFTER))
    assert "Versi baru bertanggal lebih awal (1 Juni 2021)" in answer.text
    api = client.post(
        "/api/v1/diff?lang=id", json={"old": body(BEFORE).decode(), "new": body(AFTER).decode()}
    )
    assert api.status_code == 200, api.text[:500]
    assert [n["code"] for n in api.json()["notices_added"]] == ["mou_expired"]
    shown = paracheck.diff_view(paracheck.diff(_assess(BEFORE), _assess(AFTER)), "id")
    page = compare_on_page(client, body(BEFORE), body(AFTER)).text
    assert f"<h3>{shown.notices_heading}</h3>" in page
    assert shown.notices[0] in page
