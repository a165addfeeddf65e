"""``--as-of " 2020-05-22"`` (a date pasted with a space around it) is the day it says, on the
command line and in the API's ``as_of``, as a proposal file's ``date: " 2020-05-22"`` always
was: it used to be refused as "expected a date as YYYY-MM-DD, got ' 2020-05-22'", a refusal
of a date that is written as YYYY-MM-DD. What is no date is still refused, with exit 2 / 422.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_fuzz_surfaces import _cli

NTB = str(Path(__file__).resolve().parent.parent / "examples" / "ntb-zhejiang-2015.yaml")
SPACED = [" 2020-05-22", "2020-05-22 ", "\t2020-05-22\n", "\u00a02020-05-22\u3000"]


@pytest.mark.parametrize("given", SPACED, ids=repr)
@pytest.mark.parametrize("written", ["apart", "joined"])
def test_an_as_of_with_space_around_it_is_the_day_it_says(given, written):
    option = ["--as-of", given] if written == "apart" else [f"--as-of={given}"]
    code, out, err = _cli(["assess", NTB, "-f", "json", *option])
    assert code in (0, 1, None), err
    assert json.loads(out)["as_of"] == "2020-05-22"
    code, out, err = _cli(["diff", NTB, NTB, "-f", "json", *option])
    assert code in (0, None), err


@pytest.mark.parametrize("given", ["2020-05-22\x1f", "2020- 05-22", "2020-05-32 "], ids=repr)
def test_an_as_of_that_is_no_date_is_still_refused_with_exit_2(given):
    code, out, err = _cli(["assess", NTB, "--as-of", given, "--lang", "en"])
    assert code == 2, (out, err)
    assert "--as-of" in err and "Traceback" not in err


def test_the_apis_as_of_with_space_around_it_is_the_day_it_says(http):
    body = Path(NTB).read_bytes()
    headers = {"content-type": "application/yaml", "accept": "application/json"}
    for given in SPACED:
        answer = http.post("/api/v1/assess", content=body, params={"as_of": given}, headers=headers)
        assert answer.status_code == 200, answer.text[:400]
        assert answer.json()["as_of"] == "2020-05-22"
    refused = http.post(
        "/api/v1/assess", content=body, params={"as_of": "2020-05-22\x1f"}, headers=headers
    )
    assert refused.status_code == 422
    assert refused.headers["content-type"].startswith("application/problem+json")
