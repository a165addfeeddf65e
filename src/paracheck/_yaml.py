"""Reading the YAML data files paracheck ships (labels, questions, messages, reference data).

They are the project's own files, so they are parsed with libyaml's C parser when PyYAML has
it (``CSafeLoader``: the same safe constructors, several times faster than the pure-Python
parser, which cost a one-shot CLI run a noticeable share of its start-up). User input never
comes here: proposals and user packs go through the bounded composer in ``facts/loader.py``.
"""

from __future__ import annotations

from typing import Any

import yaml

#: libyaml's safe loader when PyYAML has it (also the base of the shipped-pack loader)
SHIPPED_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_shipped(text: str) -> Any:
    """Parse one shipped data file."""
    return yaml.load(text, Loader=SHIPPED_LOADER)
