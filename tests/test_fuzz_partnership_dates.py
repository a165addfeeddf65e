"""Generated proposals aimed at what the twelfth stop built, through every output format.

The region's level (province, regency, city, left out or null), Taiwan's special municipalities
by date (each alias, around the day each became one), an MoU's end date against its signing
and the date judged (before the signing, on it, on the date judged, within six months, 29
February, 31 December 9999, none), steps whose status is unknown (every step at once), and
programmes that move people (none, empty lists, 120 programmes in a sector, 30 sectors). Each is
assessed and written in every format and both languages, compared with another (``diff``),
written back as YAML and read again (what the form downloads), and sent through the command
line, the officers' form and the HTTP API. A valid proposal never crashes anything, is never
refused, reads no Python word in Indonesian; an MoU said to end before it was signed is told
so and never called lapsed or ending.

Bounded: a few dozen examples each, no deadline, derandomized (the machine is shared); the
exploration behind it ran 400 pairs in every format.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import re
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import paracheck
from paracheck.cli import main
from paracheck.facts.model import STEP_IDS

BOUNDED = settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
FORMATS = ("text", "markdown", "html", "csv", "json")
DIFF_FORMATS = ("text", "markdown", "json")

TAIWAN = ["Taipei", "taipei city", "Taoyuan", "桃園市", "Taoyuan County", "New Taipei", "台中"]
NAMES = [*TAIWAN, "Kaohsiung City", "Hsinchu", "Chongqing", "Istanbul", "Zhejiang", "Hildesheim"]
EDGE_DAYS = [
    dt.date(2014, 12, 24),  # the day before Taoyuan became a special municipality
    dt.date(2014, 12, 25),
    dt.date(2010, 12, 25),
    dt.date(2016, 2, 29),
    dt.date(2020, 2, 29),
    dt.date(2020, 5, 21),  # the last day of Permendagri 3/2008
    dt.date(2020, 5, 22),
    dt.date(2024, 2, 29),
    dt.date(1, 1, 1),
    dt.date(9999, 12, 31),
]
DAY = st.one_of(
    st.sampled_from(EDGE_DAYS),
    st.dates(dt.date(2008, 1, 1), dt.date(2030, 12, 31)),
    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
)
STATUSES = ["done", "in_progress", "pending", "not_applicable", "unknown"]
PROGRAMME_STATUSES = ["planned", "ongoing", "done", "stalled", "cancelled"]


def _shifted(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, kept inside the calendar."""
    ordinal = min(max(day.toordinal() + days, 1), dt.date.max.toordinal())
    return dt.date.fromordinal(ordinal)


@st.composite
def partnerships(draw: st.DrawFn) -> dict[str, Any]:
    """A proposal or partnership around its MoU's dates, its level, its partner's tier, its
    unknown steps and its people flows."""
    data: dict[str, Any] = {"schema": "paracheck/proposal/v1", "title": "Kerja sama"}
    date = draw(st.one_of(st.none(), DAY))
    if date is not None:
        data["date"] = date
    stage = draw(st.sampled_from([None, "proposal", "mou_signed", "active", "evaluation", "-"]))
    if stage != "-":
        data["stage"] = stage
    level = draw(st.sampled_from([None, "province", "regency", "city", "-"]))
    if level != "-":
        data["local"] = {"name": "Daerah", "level": level}
    partner: dict[str, Any] = {"country": draw(st.sampled_from(["TW", "CN", "DE", "TR", "MY"]))}
    if draw(st.booleans()):
        partner["name"] = draw(st.sampled_from(NAMES))
    if draw(st.booleans()):
        partner["level"] = draw(st.sampled_from(["province", "city", "county", "other", None]))
    if draw(st.booleans()):
        partner["kind"] = draw(st.sampled_from(["regional_government", "institution", None]))
    data["partner"] = partner
    if draw(st.booleans()):
        data["form"] = draw(st.sampled_from([*paracheck.proposal_forms(), None]))

    signed = draw(st.one_of(st.none(), DAY))
    judged = date or dt.date.today()
    ends = draw(
        st.sampled_from(
            ["any", "before signing", "on signing", "on the date", "within six months", "far"]
        )
    )
    expires = {
        "any": draw(st.one_of(st.none(), DAY)),
        "before signing": _shifted(signed, -draw(st.integers(1, 4000))) if signed else None,
        "on signing": signed,
        "on the date": judged,
        "within six months": _shifted(judged, draw(st.integers(-3, 200))),
        "far": dt.date.max,
    }[ends]
    if expires is not None or draw(st.booleans()):
        data["agreement"] = {"expires": expires}
    all_unknown = draw(st.booleans())
    procedure = []
    for step in draw(st.lists(st.sampled_from(STEP_IDS), max_size=14, unique=True)):
        status = "unknown" if all_unknown else draw(st.sampled_from(STATUSES))
        item: dict[str, Any] = {"step": step, "status": status}
        if step == "signing" and signed is not None:
            item["date"] = signed
        elif draw(st.booleans()):
            item["date"] = draw(DAY)
        procedure.append(item)
    if procedure or draw(st.booleans()):
        data["procedure"] = procedure

    sectors = []
    for i in range(draw(st.sampled_from([0, 1, 1, 2, 2, 3, 30]))):
        moves = draw(st.sampled_from([True, False, None, "-"]))
        programmes = []
        for j in range(draw(st.sampled_from([0, 1, 1, 3, 3, 120]))):
            programme: dict[str, Any] = {
                # named by sector too: two sectors equal in every field are refused
                "name": f"program {i}.{j}",
                "status": draw(st.sampled_from(PROGRAMME_STATUSES)),
            }
            if moves != "-":
                programme["moves_people"] = moves
            programmes.append(programme)
        sector: dict[str, Any] = {"name": draw(st.sampled_from(["education", "tourism", "trade"]))}
        if programmes or draw(st.booleans()):
            sector["programs"] = programmes
        sectors.append(sector)
    if sectors or draw(st.booleans()):
        data["sectors"] = sectors
    if draw(st.booleans()):
        data["security"] = {
            "narcotics_route": draw(st.sampled_from(["none", "low", "high"])),
            "human_trafficking": draw(st.sampled_from(["none", "high"])),
        }
    return data


def _yaml(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


#: Python's own words, which an Indonesian reader must never see
PYTHON_WORDS = re.compile(r"\b(None|True|False|nan|Traceback)\b")


def _signed_on(data: dict[str, Any]) -> dt.date | None:
    return next(
        (s["date"] for s in data.get("procedure") or [] if s["step"] == "signing" and "date" in s),
        None,
    )


@BOUNDED
@given(old=partnerships(), new=partnerships(), as_of=st.one_of(st.none(), DAY))
def test_any_partnership_is_written_in_every_format_and_compared(old, new, as_of):
    first = paracheck.load_proposal_text(_yaml(old), source="lama.yaml")
    second = paracheck.load_proposal_text(_yaml(new), source="baru.yaml")
    before = paracheck.assess(first, as_of=as_of)
    after = paracheck.assess(second, as_of=as_of)
    for lang in ("id", "en"):
        for fmt in FORMATS:
            written = paracheck.render(before, fmt, lang)
            assert written
            if lang == "id" and fmt in ("text", "markdown"):
                found = PYTHON_WORDS.search(written)
                assert found is None, written[max(0, found.start() - 200) : found.end() + 50]
        comparison = paracheck.diff(before, after)
        for fmt in DIFF_FORMATS:
            assert paracheck.render_diff(comparison, fmt, lang)
    # what the form downloads reads back as the same proposal
    again = paracheck.load_proposal_text(paracheck.proposal_yaml(first), source="lagi.yaml")
    assert paracheck.proposal_yaml(again) == paracheck.proposal_yaml(first)
    # an MoU said to end before it was signed: told so, never called lapsed or ending
    signed, ends = _signed_on(old), (old.get("agreement") or {}).get("expires")
    codes = {notice.code for notice in before.notices}
    if old.get("stage") not in (None, "proposal") and signed and ends and ends < signed:
        assert "mou_expires_before_signing" in codes
        assert not codes & {"mou_expired", "mou_expiring"}


def _cli(args: list[str]) -> tuple[int | str | None, str, str]:
    """Exit code, standard output and error of one in-process command line."""
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", write_through=True)
    err = io.TextIOWrapper(err_bytes, encoding="utf-8", write_through=True)
    code: int | str | None = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(args)
        except SystemExit as exited:
            code = exited.code
    return code, out_bytes.getvalue().decode(), err_bytes.getvalue().decode()


@settings(BOUNDED, max_examples=8)
@given(
    old=partnerships(),
    new=partnerships(),
    fmt=st.sampled_from(FORMATS),
    lang=st.sampled_from(["id", "en"]),
)
def test_the_command_line_assesses_and_compares_any_partnership(
    tmp_path_factory, old, new, fmt, lang
):
    folder = tmp_path_factory.mktemp("kerja-sama")
    paths = []
    for name, data in (("lama.yaml", old), ("baru.yaml", new)):
        (folder / name).write_text(_yaml(data), encoding="utf-8")
        paths.append(str(folder / name))
    code, out, err = _cli(["assess", *paths, "-f", fmt, "--lang", lang])
    assert code in (0, 1, None) and out and "Traceback" not in err, err
    code, out, err = _cli(["validate", *paths, "--lang", lang])
    assert code in (0, None) and "Traceback" not in err, err
    diff_fmt = fmt if fmt in DIFF_FORMATS else "text"
    code, out, err = _cli(["diff", *paths, "-f", diff_fmt, "--lang", lang])
    assert code in (0, None) and out and "Traceback" not in err, err


# --- the officers' form and the HTTP API ------------------------------------------------------


def _judged(result: paracheck.Assessment) -> tuple:
    return result.verdict, [(c.rule_id, c.status, tuple(c.missing)) for c in result.checks]


@BOUNDED
@given(data=partnerships(), lang=st.sampled_from(["id", "en"]))
def test_the_form_keeps_any_partnership_it_is_given(http, data, lang):
    """Upload → the form as shown → download: the same file, judged the same; the form's
    answers assess. (A form holds at most so many items: a larger file is refused with a
    sentence saying so, which is its own test.)"""
    from tests.test_web_form import _fields_of, csrf_of, download

    text = _yaml(data).encode()
    given_proposal = paracheck.load_proposal_text(text, source="u.yaml")
    token = csrf_of(http.get("/", params={"lang": lang}).text)
    filled = http.post(
        "/",
        data={"_csrf": token, "_action": "upload", "_lang": lang},
        files={"_file": ("u.yaml", text)},
    )
    assert filled.status_code in (200, 413, 422), filled.text[-600:]
    if filled.status_code != 200:
        assert "Traceback" not in filled.text
        return
    fields = {**_fields_of(filled.text), "_lang": lang}
    downloaded = download(http, fields)
    assert downloaded.decode() == paracheck.proposal_yaml(given_proposal)
    back = paracheck.load_proposal_text(downloaded, source="u.yaml")
    assert _judged(paracheck.assess(back)) == _judged(paracheck.assess(given_proposal))
    assessed = http.post("/", data={**fields, "_csrf": token, "_action": "assess"})
    assert assessed.status_code == 200, assessed.text[-600:]


@BOUNDED
@given(
    old=partnerships(),
    new=partnerships(),
    accept=st.sampled_from(["application/json", "text/html", "text/markdown", "text/csv"]),
    lang=st.sampled_from(["id", "en"]),
)
def test_the_api_answers_any_partnership(http, old, new, accept, lang):
    body = _yaml(old).encode()
    headers = {"content-type": "application/yaml"}
    answer = http.post(
        "/api/v1/assess", content=body, params={"lang": lang}, headers={**headers, "accept": accept}
    )
    assert answer.status_code == 200, answer.text[:600]
    checked = http.post("/api/v1/validate", content=body, headers=headers)
    assert checked.status_code == 200, checked.text[:600]
    pair = json.dumps({"old": _yaml(old), "new": _yaml(new)})
    for diff_accept in ("application/json", "text/markdown"):
        compared = http.post(
            "/api/v1/diff",
            content=pair,
            params={"lang": lang},
            headers={"content-type": "application/json", "accept": diff_accept},
        )
        assert compared.status_code == 200, compared.text[:600]
