"""The form offers procedure steps by the regulation in force on its date, and shows a decimal
as its help writes it.

Practitioner trial 27 U4: on a 2026 proposal the step list offered "konsultasi dengan
Kemendagri" and "penyimpanan naskah di Kemlu", Permendagri 3/2008's steps, beside
"verifikasi": the officer was invited to record steps the regime in force does not have.
C5: the help says "misalnya 0,6 untuk 60%", yet an uploaded 0.6 came back as "0.6".

The browser tests drive Debian's chromium through Playwright against a real server; the form
works without JavaScript (the steps are grouped by the date the page was sent with)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

import paracheck
from paracheck.report.messages import message

# Permendagri 3/2008's practice; Full Powers among them since trial29 M2 (no step of 25/2020)
OLD_ONLY = ("ministry_consultation", "deposit_with_kemlu", "full_powers")
NEW_ONLY = ("initiative", "verification", "central_approval")  # PP 28/2018 + 25/2020's
MARCH_2026 = dt.date(2026, 3, 2)
NOVEMBER_2013 = dt.date(2013, 11, 20)


def _groups(day: dt.date | None, lang: str = "id") -> list[tuple[str, list[str]]]:
    return [
        (heading, [code for code, _ in said]) for heading, said in paracheck.step_choices(day, lang)
    ]


def test_a_2026_date_puts_the_2008_steps_apart_under_a_heading_saying_so():
    (in_force, steps), (apart, others) = _groups(MARCH_2026)
    assert "PP 28/2018" in in_force and "2 Maret 2026" in in_force
    assert all(s in steps for s in NEW_ONLY) and not any(s in steps for s in OLD_ONLY)
    assert apart == message("steps.not_in_force", "id", day="2 Maret 2026")
    assert set(others) == set(OLD_ONLY)


def test_a_2013_date_offers_the_2008_steps_and_puts_the_2020_steps_apart():
    (in_force, steps), (_, others) = _groups(NOVEMBER_2013)
    assert "Permendagri 3/2008" in in_force
    assert all(s in steps for s in OLD_ONLY)
    assert set(others) == set(NEW_ONLY)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_without_a_date_each_step_of_one_regime_only_says_which(lang):
    [(heading, said)] = paracheck.step_choices(None, lang)
    assert heading == ""
    shown = dict(said)
    assert len(shown) >= 14
    for step in OLD_ONLY:
        assert "Permendagri 3/2008" in shown[step], shown[step]
    for step in NEW_ONLY:
        assert "PP 28/2018" in shown[step], shown[step]
    plain = paracheck.value_label("procedure[0].step", "dprd_approval", lang)
    assert shown["dprd_approval"] == plain  # a step of both regimes: no word added


def test_every_step_is_offered_once_whatever_the_date():
    for day in (None, MARCH_2026, NOVEMBER_2013):
        codes = [c for _, steps in _groups(day) for c in steps]
        assert len(codes) == len(set(codes)) >= 14, day


# --- in a real browser ----------------------------------------------------------------------

playwright = pytest.importorskip("playwright.sync_api")
pytest.importorskip("fastapi")

from tests.web_support import CHROMIUM, Server, chromium, running_server  # noqa: E402

browser_only = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed here (CI installs it)"
)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_server() as live:
        yield live


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with chromium() as launched:
        yield launched


def _file(tmp_path: Path) -> Path:
    written = tmp_path / "usulan.yaml"
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Sumba Timur – Darwin",
        "date": MARCH_2026,
        "stage": "proposal",
        "budget": {"realization_rate": 0.6},
        "energy": {"reserve_margin_pct": 6.5},
        "procedure": [
            {"step": "letter_of_intent", "status": "done", "date": dt.date(2025, 11, 10)}
        ],
    }
    written.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return written


@browser_only
def test_an_uploaded_share_shows_the_decimal_comma_and_both_are_read_back(
    server: Server, browser: object, tmp_path: Path
) -> None:
    page = browser.new_page(accept_downloads=True)  # type: ignore[attr-defined]
    page.goto(f"{server.url}/")
    page.set_input_files("#upload-file", str(_file(tmp_path)))
    page.click("button[value=upload]")
    assert page.input_value("#f-budget-realization_rate") == "0,6"
    assert page.input_value("#f-energy-reserve_margin_pct") == "6,5"
    page.fill("#f-energy-reserve_margin_pct", "7.25")  # a decimal point is still read
    with page.expect_download() as caught:
        page.locator("form.proposal button[value='yaml']").first.click()
    saved = tmp_path / "kembali.yaml"
    caught.value.save_as(str(saved))
    back = yaml.safe_load(saved.read_text("utf-8"))
    assert back["budget"]["realization_rate"] == 0.6
    assert back["energy"]["reserve_margin_pct"] == 7.25
    page.close()


@browser_only
def test_the_english_form_keeps_the_decimal_point(
    server: Server, browser: object, tmp_path: Path
) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{server.url}/?lang=en")
    page.set_input_files("#upload-file", str(_file(tmp_path)))
    page.click("button[value=upload]")
    assert page.input_value("#f-budget-realization_rate") == "0.6"
    page.close()


@browser_only
def test_a_step_added_on_a_2026_form_offers_the_2008_steps_only_apart(
    server: Server, browser: object, tmp_path: Path
) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{server.url}/")
    page.set_input_files("#upload-file", str(_file(tmp_path)))
    page.click("button[value=upload]")
    page.locator("button[value='add:procedure']").first.click()
    select = "#f-procedure-1-step"
    page.locator(select).wait_for()
    groups = page.eval_on_selector_all(
        f"{select} optgroup",
        "gs => gs.map(g => [g.label, [...g.querySelectorAll('option')].map(o => o.value)])",
    )
    expected = _groups(MARCH_2026)
    assert [(label, codes) for label, codes in groups] == [(h, c) for h, c in expected]
    # the step recorded before keeps its choice
    assert page.input_value("#f-procedure-0-step") == "letter_of_intent"
    page.close()


def test_the_full_powers_are_offered_as_no_step_of_their_own_not_as_no_step():
    """Review 320 M7: "Bukan langkah prosedur" beside the Full Powers, which REG-044 and
    REG-046 still judge where a signing has them, and which Kemlu is asked about."""
    (_, _), (apart, others) = paracheck.step_choices(MARCH_2026, "id")
    assert apart == "Bukan langkah tersendiri pada 2 Maret 2026"
    said = dict(others)["full_powers"]
    assert said.endswith("(langkah tersendiri hanya menurut Permendagri 3/2008)"), said
