"""The web result page's bar says every notice in its few words beside the verdict, as a
batch's summary row does: an MoU ending soon with its last day, a region under special
autonomy, not only a lapsed MoU (newcomer trial 21 #11: the bar of an MoU ending in four
months read only "Kesimpulan: risiko tinggi", although the notice's short words existed and
the batch summary used them)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

import paracheck
from paracheck.report.messages import message

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from tests.test_web_form import _fields_of, csrf_of, post  # noqa: E402
from tests.web_support import running_server  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LAPSED = ROOT / "tests" / "golden" / "proposals" / "padang-hildesheim-2016.yaml"


def _variant(**changes: object) -> str:
    """The lapsed-MoU sample with some top-level parts replaced, as YAML."""
    data = yaml.safe_load(LAPSED.read_text(encoding="utf-8"))
    for key, value in changes.items():
        data[key] = {**data[key], **value} if isinstance(value, dict) else value
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


#: an MoU whose term ends four months after the date judged (2023-09-12), in Papua
ENDING_IN_PAPUA = _variant(
    agreement={"expires": "2024-01-31"},
    local={"name": "Kota Jayapura", "level": "city"},
)


def _flat(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def _assessed() -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal_text(ENDING_IN_PAPUA, source="p.yaml"))


def test_the_sample_has_an_ending_mou_and_special_autonomy_and_no_lapse():
    codes = [n.code for n in _assessed().notices]
    assert "mou_expiring" in codes and "special_autonomy" in codes
    assert "mou_expired" not in codes


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_notice_is_said_in_its_short_words(lang):
    a = _assessed()
    notes = paracheck.notice_notes(a, lang)
    ending = next(n for n in a.notices if n.code == "mou_expiring")
    assert ending.short is not None
    assert ending.short.get(lang) in notes  # with its last day
    assert message("notice_short.special_autonomy", lang) in notes
    assert len(notes) == len({n.code for n in a.notices})  # each notice, once


@pytest.fixture(scope="module")
def browser() -> Iterator[httpx.Client]:
    with running_server() as live, httpx.Client(base_url=live.url, timeout=60) as http:
        yield http


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_result_bar_says_an_ending_mou_and_special_autonomy(
    browser: httpx.Client, lang: str
) -> None:
    a = _assessed()
    page = browser.get("/", params={"lang": lang}).text
    uploaded = browser.post(
        "/",
        data={"_csrf": csrf_of(page), "_action": "upload", "_lang": lang},
        files={"_file": ("p.yaml", ENDING_IN_PAPUA.encode("utf-8"))},
    ).text
    result = post(browser, _fields_of(uploaded), "assess", lang).text
    bar = result[result.index('class="paracheck-bar"') :]
    bar = _flat(bar[: bar.index("</header>")])
    ending = next(n.short for n in a.notices if n.code == "mou_expiring")
    assert ending is not None
    assert ending.get(lang) in bar  # "MoU segera berakhir (31 Januari 2024)"
    assert message("notice_short.special_autonomy", lang) in bar
    for note in paracheck.notice_notes(a, lang):
        assert note in bar
