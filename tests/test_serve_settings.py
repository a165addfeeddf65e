"""A server setting given in the environment that cannot be used is refused before the
server starts, naming the variable, the value and what it must be (exit 2), in the command's
language: ``PARACHECK_MAX_BODY=abc paracheck serve`` ended as "kesalahan internal:
ValueError: invalid literal for int() with base 10: 'abc'", and a limit of 0 threads or a
time limit that is not a number started a server that failed every request."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytest.importorskip("fastapi")

from tests.web_support import free_port

CASES = [
    ("PARACHECK_MAX_BODY", "abc"),
    ("PARACHECK_MAX_BODY", "-5"),
    ("PARACHECK_TIMEOUT", "nan"),
    ("PARACHECK_TIMEOUT", "-1"),
    ("PARACHECK_THREADS", "0"),
    ("PARACHECK_THREADS", "many"),
    ("PARACHECK_READ_TIMEOUT", "0"),
    ("PARACHECK_READ_TIMEOUT", "soon"),
]


@pytest.mark.parametrize(("name", "value"), CASES)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_unusable_server_setting_is_refused_naming_it(name, value, lang):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PARACHECK_")}
    environment[name] = value
    done = subprocess.run(
        [sys.executable, "-m", "paracheck", "serve", "--port", str(free_port()), "--lang", lang],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2, (done.returncode, done.stderr[-500:])
    assert "Traceback" not in done.stderr and "internal" not in done.stderr
    assert name in done.stderr and repr(value) in done.stderr, done.stderr
    assert ("bilangan" if lang == "id" else "number") in done.stderr, done.stderr
