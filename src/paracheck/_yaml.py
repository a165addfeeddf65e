"""Reading the YAML data files paracheck ships (labels, questions, messages, reference data).

They are the project's own files, so they are parsed with libyaml's C parser when PyYAML has
it (``CSafeLoader``: the same safe constructors, several times faster than the pure-Python
parser, which cost a one-shot CLI run a noticeable share of its start-up), and what a parse
gives is kept in the disk cache (``paracheck._cache``) under the SHA-256 of the text, so the
next process reads it back instead of parsing again. User input never comes here: proposals
and user packs go through the bounded composer in ``facts/loader.py``.
"""

from __future__ import annotations

from typing import Any

import yaml

from paracheck import _cache

#: libyaml's safe loader when PyYAML has it (also the base of the shipped-pack loader)
SHIPPED_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_shipped(text: str) -> Any:
    """Parse one shipped data file (or read what the same text parsed to before)."""
    key = f"{yaml.__version__}\0{SHIPPED_LOADER.__name__}\0{text}".encode()
    name = f"data-{_cache.digest(key)[:40]}.pickle"
    held = _cache.load(name)
    if held is not None:
        return held
    data = yaml.load(text, Loader=SHIPPED_LOADER)
    _cache.store(name, data)
    return data
