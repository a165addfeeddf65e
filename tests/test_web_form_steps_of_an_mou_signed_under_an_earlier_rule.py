"""The form's procedure-step list, for an MoU it records signed under an earlier regulation,
groups the steps up to the signing by that regulation, as the assessment judges them (web440
M1: an MoU signed in 2018 and judged in 2026 offered the deposit with Kemlu and the Full Powers
under "Bukan langkah tersendiri pada 7 Desember 2026", and the result then required them)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest

import paracheck

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from tests.web_support import Server, running_server  # noqa: E402

SIGNED = {
    "date": "2026-12-07",
    "stage": "active",
    "procedure.__count": "1",
    "procedure[0].step": "signing",
    "procedure[0].status": "done",
    "procedure[0].date": "2018-09-20",
}


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_server() as live:
        yield live


def _groups(choices: list[tuple[str, list[tuple[str, str]]]]) -> dict[str, set[str]]:
    return {heading: {code for code, _ in steps} for heading, steps in choices}


def test_the_steps_up_to_a_2018_signing_are_those_of_permendagri_3_2008() -> None:
    groups = _groups(
        paracheck.step_choices(dt.date(2026, 12, 7), "id", signed=dt.date(2018, 9, 20))
    )
    owed, other = groups.values()
    assert {"ministry_consultation", "full_powers", "deposit_with_kemlu"} <= owed
    assert {"verification", "central_approval"} <= other
    assert "reporting" in owed  # after the signing: today's rules
    (heading, _) = groups
    assert heading.startswith(
        "Langkah prosedur sampai dengan penandatanganan MoU (20 September 2018)"
    )


def test_a_signing_under_todays_rules_keeps_the_days_grouping() -> None:
    day = dt.date(2026, 12, 7)
    assert paracheck.step_choices(day, "en", signed=dt.date(2021, 9, 20)) == paracheck.step_choices(
        day, "en"
    )


def test_the_form_page_offers_the_steps_by_the_signings_rules(server: Server) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        page = http.get("/").text
        token = re.search(r'name="_csrf" value="([0-9a-f]+)"', page)
        assert token
        shown = http.post(
            "/", data={"_csrf": token.group(1), "_lang": "id", "_action": "show", **SIGNED}
        ).text
    assert (
        "sampai dengan penandatanganan MoU (20 September 2018) menurut Permendagri 3/2008" in shown
    )
    assert (
        "Bukan langkah tersendiri menurut Permendagri 3/2008, yang berlaku ketika MoU "
        "ditandatangani (20 September 2018)"
    ) in shown
    assert "Bukan langkah tersendiri pada 7 Desember 2026" not in shown
