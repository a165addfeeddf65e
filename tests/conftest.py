"""Settings for the whole test suite."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_made: list[str] = []


def pytest_configure(config) -> None:
    """The suite's own disk cache (``paracheck._cache``), shared by every test and every
    command a test starts, so a test run never reads or fills the user's cache. Set
    PARACHECK_CACHE_DIR to choose another (empty: no cache)."""
    if "PARACHECK_CACHE_DIR" not in os.environ:
        _made.append(tempfile.mkdtemp(prefix="paracheck-test-cache-"))
        os.environ["PARACHECK_CACHE_DIR"] = _made[-1]


def pytest_unconfigure(config) -> None:
    for folder in _made:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def http():
    """A client of a live paracheck server on 127.0.0.1, one per test module (skipped without
    the web extra): the form and the API through real HTTP."""
    pytest.importorskip("httpx")
    pytest.importorskip("fastapi")
    from tests.web_support import live_client

    with live_client() as client:
        yield client
