"""``paracheck serve --help`` names the service's limits and the variables that set them, with
the figures the server really uses (newcomer trial, stop 58: the README said the help listed
them, and it listed only the options)."""

from __future__ import annotations

import pytest

from paracheck.cli import main
from paracheck.web.work import Limits


def _help(capsys: pytest.CaptureFixture[str], lang: str) -> str:
    with pytest.raises(SystemExit) as done:
        main(["serve", "--lang", lang, "--help"])
    assert done.value.code == 0
    return " ".join(capsys.readouterr().out.split())


def test_the_help_gives_each_limit_with_its_variable_and_default(capsys) -> None:
    limits = Limits()
    mib = limits.max_body // (1024 * 1024)
    assert limits.max_body == mib * 1024 * 1024  # the help says it in MiB
    english = _help(capsys, "en")
    assert f"a request body of at most {mib} MiB (PARACHECK_MAX_BODY, in bytes" in english
    assert f"{limits.timeout:g} s of assessment per request (PARACHECK_TIMEOUT" in english
    assert f"within {limits.read_timeout:g} s (PARACHECK_READ_TIMEOUT" in english
    indonesian = _help(capsys, "id")
    assert f"isi permintaan paling besar {mib} MiB (PARACHECK_MAX_BODY" in indonesian
    assert f"penilaian paling lama {limits.timeout:g} detik" in indonesian
    assert f"dalam {limits.read_timeout:g} detik (PARACHECK_READ_TIMEOUT" in indonesian
