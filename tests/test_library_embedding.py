"""What a program embedding paracheck relies on: typed package, JSON render identical to
the contract, usage errors that carry their details."""

from __future__ import annotations

import pickle
from importlib import resources

import pytest

import paracheck
from paracheck.errors import UsageError


@pytest.fixture(scope="module")
def result():
    return paracheck.assess(paracheck.load_proposal("examples/ntb-zhejiang-2015.yaml"))


def test_package_is_marked_typed():
    assert resources.files("paracheck").joinpath("py.typed").is_file()


def test_render_json_is_the_contract_json(result):
    assert paracheck.render(result, "json") == result.to_json() + "\n"


@pytest.mark.parametrize(
    "call, option, value",
    [
        (lambda r: paracheck.render(r, "docx"), "format", "docx"),
        (lambda r: paracheck.render(r, "text", lang="fr"), "lang", "fr"),
        (
            lambda r: paracheck.assess(
                paracheck.load_proposal("examples/ntb-zhejiang-2015.yaml"), pack="no-such-pack"
            ),
            "pack",
            "no-such-pack",
        ),
        # a severity not known is said, not a KeyError, nor False where nothing is a risk
        # (trial 410 M4)
        (lambda r: r.fails("hgh"), "on", "hgh"),
        (lambda r: r.fails("high", on_unknown="HIGH"), "on_unknown", "HIGH"),
    ],
)
def test_usage_errors_carry_option_value_and_choices(result, call, option, value):
    with pytest.raises(UsageError) as caught:
        call(result)
    error = caught.value
    assert (error.option, error.value) == (option, value)
    assert error.choices and all(isinstance(c, str) for c in error.choices)
    assert str(error).startswith("unknown" if option != "pack" else "no rule pack")


def test_usage_error_survives_a_process_boundary():
    error = UsageError("unknown format 'x'", option="format", value="x", choices=("text",))
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.option, copy.value, copy.choices) == (
        "unknown format 'x'",
        "format",
        "x",
        ("text",),
    )


def test_a_severity_not_known_is_refused_even_where_nothing_is_a_risk():
    clear = paracheck.assess(paracheck.load_proposal("examples/well-prepared-2023.yaml"))
    with pytest.raises(UsageError) as caught:
        clear.fails("critical")
    assert caught.value.choices == ("blocker", "high", "medium", "low", "info")
    assert "tingkat keparahan 'critical' tidak dikenal" in caught.value.text("id")
