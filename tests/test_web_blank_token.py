"""A token of spaces only is no token: ``serve --host 0.0.0.0 --token " "`` started a server
open to every address whose password was a space (Basic auth compares it as given)."""

from __future__ import annotations

import pytest

pytest.importorskip("uvicorn")

from paracheck.cli import main


@pytest.fixture(autouse=True)
def _never_serve(monkeypatch) -> None:
    """Should the refusal fail, the test fails instead of serving on 0.0.0.0."""

    def started(*args: object, **kwargs: object) -> None:
        raise AssertionError("the server started")

    monkeypatch.setattr("uvicorn.run", started)


@pytest.mark.parametrize("token", [" ", "   ", "\t"])
def test_a_blank_token_does_not_open_another_address(token, monkeypatch, capsys) -> None:
    monkeypatch.delenv("PARACHECK_TOKEN", raising=False)
    with pytest.raises(SystemExit) as exited:
        main(["serve", "--host", "0.0.0.0", "--token", token, "--lang", "en"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("error: refusing to listen on 0.0.0.0 without an access token"), err


def test_a_blank_token_in_the_environment_is_none_either(monkeypatch, capsys) -> None:
    monkeypatch.setenv("PARACHECK_TOKEN", "  ")
    with pytest.raises(SystemExit) as exited:
        main(["serve", "--host", "0.0.0.0"])
    assert exited.value.code == 2
    assert "token akses" in capsys.readouterr().err


def test_the_app_of_a_blank_environment_token_has_no_gate(monkeypatch) -> None:
    """uvicorn's worker processes read the token from the environment."""
    pytest.importorskip("fastapi")
    from paracheck.web.serve import given_token

    assert given_token("  ") is None and given_token(None) is None
    # the spaces and line end around a token are not part of it: a request's token is read
    # without them (attack 430 M4: a secret ending in a newline locked every client out)
    assert given_token(" s3cret \n") == "s3cret"
    assert given_token("s3 cret") == "s3 cret"
