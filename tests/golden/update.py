"""Rewrite ``digests.json`` from the current code (only when an answer is meant to change)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import compute  # noqa: E402

if __name__ == "__main__":
    digests = compute()
    (HERE / "digests.json").write_text(json.dumps(digests, indent=0, sort_keys=False) + "\n")
    print(f"{len(digests)} outputs written to {HERE / 'digests.json'}")
