"""Generated valid proposals through every surface a person uses, in every output format and
both languages: the command line (``assess`` on a folder, with and without ``--summary`` and
``--as-of`` any day of the calendar; ``diff``), the officers' form (upload → form → download
and assess) and the HTTP API (any ``Accept``, ``lang``, ``Accept-Language``, ``as_of``). A
valid proposal never crashes anything and is never refused; the form keeps what it was given;
the comparison page (``/bandingkan``) compares any two.

Bounded: a few dozen examples each, no deadline (the machine is shared); seeds are derandomized
so a failure reproduces. The long explorations behind them ran with thousands of examples.
"""

from __future__ import annotations

import contextlib
import io
import json

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import paracheck
from paracheck.cli import main
from tests.strategies import (
    ANY_DATE,
    proposals,
    proposals_any_date,
    proposals_lapsed,
    proposals_whole,
)

FORMATS = ["text", "markdown", "html", "csv", "json"]
#: around the rules' thresholds, or anywhere in the contract's whole value space (every field,
#: every vocabulary, accepted risks, any date), or a lapsed MoU around its last day
ANY = st.one_of(proposals_any_date, proposals_whole, proposals_lapsed)
BOUNDED = settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def _yaml(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


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


@BOUNDED
@given(
    items=st.lists(ANY, min_size=1, max_size=3),
    as_of=st.one_of(st.none(), ANY_DATE),
    fmt=st.sampled_from(FORMATS),
    lang=st.sampled_from(["id", "en"]),
    summary=st.booleans(),
)
def test_the_command_line_assesses_and_compares_any_valid_proposals(
    tmp_path_factory, items, as_of, fmt, lang, summary
):
    folder = tmp_path_factory.mktemp("batch")
    paths = []
    for i, data in enumerate(items):
        path = folder / f"p{i}.yaml"
        path.write_text(_yaml(data), encoding="utf-8")
        paths.append(str(path))
    dated = ["--as-of", as_of.isoformat()] if as_of else []
    args = ["assess", str(folder), "-f", fmt, "--lang", lang, *dated]
    # CSV has no summary table: --summary -f csv is refused (test_cli_assess)
    code, out, err = _cli([*args, "--summary"] if summary and fmt != "csv" else args)
    assert code in (0, 1, None), (args, err)
    assert out and "Traceback" not in err, (args, err)
    if len(paths) > 1:
        for diff_fmt in ("text", "markdown", "json"):
            args = ["diff", paths[0], paths[1], "-f", diff_fmt, "--lang", lang, *dated]
            code, out, err = _cli(args)
            assert code in (0, None), (args, err)
            assert out and "Traceback" not in err, (args, err)


# --- through HTTP ------------------------------------------------------------------------------


def _checks(result: paracheck.Assessment) -> tuple:
    return result.verdict, [(c.rule_id, c.status, tuple(c.missing)) for c in result.checks]


@BOUNDED
@given(data=st.one_of(proposals, proposals_whole), lang=st.sampled_from(["id", "en"]))
def test_the_form_keeps_any_valid_proposal_it_is_given(http, data, lang):
    """Upload → the form as shown → download: the same proposal, judged the same; and the
    form's answers assess."""
    from tests.test_web_form import _fields_of, csrf_of, download

    text = _yaml(data).encode()
    given_proposal = paracheck.load_proposal_text(text, source="u.yaml")
    token = csrf_of(http.get("/", params={"lang": lang}).text)
    filled = http.post(
        "/",
        data={"_csrf": token, "_action": "upload", "_lang": lang},
        files={"_file": ("u.yaml", text)},
    )
    assert filled.status_code == 200, filled.text[-600:]
    fields = {**_fields_of(filled.text), "_lang": lang}
    downloaded = download(http, fields)
    back = paracheck.load_proposal_text(downloaded, source="u.yaml")
    assert _checks(paracheck.assess(back)) == _checks(paracheck.assess(given_proposal))
    # the officer's own file, not only the same judgement: a section written empty, an empty
    # text, a code listed twice, a line break in a title or a list item were lost while the
    # verdict stayed (the fields are read as a browser posts them: tests.test_web_form)
    assert downloaded.decode() == paracheck.proposal_yaml(given_proposal)
    assessed = http.post("/", data={**fields, "_csrf": token, "_action": "assess"})
    assert assessed.status_code == 200, assessed.text[-600:]


@BOUNDED
@given(
    old=ANY,
    new=st.one_of(proposals, proposals_whole),
    as_of=st.one_of(st.none(), ANY_DATE),
    accept=st.sampled_from(["application/json", "text/html", "text/markdown", "text/csv"]),
    language=st.sampled_from([{}, {"lang": "id"}, {"lang": "en"}]),
    accept_language=st.sampled_from([None, "id-ID", "en-US,en;q=0.9", "fr"]),
    as_json=st.booleans(),
)
def test_the_api_answers_any_valid_proposal(
    http, old, new, as_of, accept, language, accept_language, as_json
):
    params = {**language, **({"as_of": as_of.isoformat()} if as_of else {})}
    said = {"accept-language": accept_language} if accept_language else {}
    if as_json:
        body, kind = json.dumps(old, default=str).encode(), "application/json"
    else:
        body, kind = _yaml(old).encode(), "application/yaml"
    answer = http.post(
        "/api/v1/assess",
        content=body,
        params=params,
        headers={"content-type": kind, "accept": accept, **said},
    )
    assert answer.status_code == 200, answer.text[:600]
    checked = http.post("/api/v1/validate", content=body, headers={"content-type": kind})
    assert checked.status_code == 200, checked.text[:600]
    pair = json.dumps({"old": _yaml(old), "new": _yaml(new)})
    compared = http.post(
        "/api/v1/diff",
        content=pair,
        params=params,
        headers={"content-type": "application/json", "accept": "text/markdown", **said},
    )
    assert compared.status_code == 200, compared.text[:600]


@BOUNDED
@given(old=ANY, new=ANY, lang=st.sampled_from(["id", "en"]))
def test_the_comparison_page_compares_any_two_valid_proposals(http, old, new, lang):
    """/bandingkan, the officers' comparison of two versions: each version's date and stage,
    of any day of the calendar, through the page."""
    from tests.test_web_form import csrf_of

    token = csrf_of(http.get("/bandingkan", params={"lang": lang}).text)
    compared = http.post(
        "/bandingkan",
        data={"_csrf": token, "_lang": lang},
        files={
            "old": ("lama.yaml", _yaml(old).encode()),
            "new": ("baru.yaml", _yaml(new).encode()),
        },
    )
    assert compared.status_code == 200, compared.text[-600:]
