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
