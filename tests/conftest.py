"""Settings for the whole test suite."""

from __future__ import annotations

import os
import shutil
import tempfile

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
