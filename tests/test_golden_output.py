"""Speed and refactoring never change an answer: every output of the golden corpus is
byte-identical to the digests committed in ``tests/golden/digests.json``.

When an answer is meant to change, run ``python tests/golden/update.py`` and say in the
commit which outputs changed and why.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "golden"
sys.path.insert(0, str(HERE))

from corpus import compute  # noqa: E402


def test_every_output_of_the_golden_corpus_is_byte_identical_to_the_committed_digest() -> None:
    expected = json.loads((HERE / "digests.json").read_text())
    actual = compute()
    assert len(expected) > 800, "the committed corpus lost its outputs"
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    changed = sorted(k for k in set(expected) & set(actual) if expected[k] != actual[k])
    assert not (missing or extra or changed), (
        f"{len(changed)} outputs changed (first: {changed[:5]}), {len(missing)} missing "
        f"(first: {missing[:3]}), {len(extra)} new (first: {extra[:3]}); if intended, run "
        "python tests/golden/update.py and explain the change in the commit"
    )
