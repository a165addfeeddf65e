"""Reading the YAML data files paracheck ships (labels, questions, messages, reference data).

They are the project's own files, so they are parsed with libyaml's C parser when PyYAML has
it (``CSafeLoader``: the same safe constructors, several times faster than the pure-Python
parser, which cost a one-shot CLI run a noticeable share of its start-up), and what a parse
gives is kept in the disk cache (``paracheck._cache``) under the SHA-256 of the text, so the
next process reads it back instead of parsing again. User input never comes here: proposals
and user packs go through the bounded composer in ``facts/loader.py``.
"""

from __future__ import annotations

import re
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

#: PyYAML's test for characters a YAML stream may not hold (``yaml.reader.Reader``), compiled
#: when ``yaml`` is imported. Its set is written as what is allowed, negated, with ranges up to
#: U+D7FF and U+FFFD, which ``re`` turns into a table by a Python loop over each code point:
#: ~57 M instructions, 5 % of a one-shot ``paracheck assess`` and 8 % of a ``validate``.
PYYAML_NON_PRINTABLE = "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
#: the same characters written as what is refused (every code point outside the set above:
#: controls, C1 controls but NEL, surrogates, U+FFFE and U+FFFF), ~13x cheaper to compile;
#: ``tests/test_yaml_import.py`` compares the two on every code point
NON_PRINTABLE = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"


def _import_yaml() -> ModuleType:
    """``import yaml``, with PyYAML's non-printable test compiled from :data:`NON_PRINTABLE`.

    While PyYAML's modules are first executed, ``re.compile`` given exactly PyYAML's pattern
    returns the equivalent one (same characters, so the same matches and the same error
    positions); every other call, and any PyYAML whose pattern reads otherwise, compiles as
    it always does. A ``yaml`` imported before paracheck is used as it is.
    """
    held = sys.modules.get("yaml")
    if held is not None:
        return held
    compile_ = re.compile

    def compile_equivalent(pattern: Any, flags: Any = 0) -> re.Pattern[Any]:
        if flags == 0 and pattern == PYYAML_NON_PRINTABLE:
            return compile_(NON_PRINTABLE)
        return compile_(pattern, flags)

    re.compile = compile_equivalent  # type: ignore[assignment]
    try:
        import yaml
    finally:
        re.compile = compile_
    return yaml


if TYPE_CHECKING:
    import yaml
else:  # every paracheck module imports PyYAML from here: ``from paracheck._yaml import yaml``
    yaml = _import_yaml()

#: libyaml's safe loader when PyYAML has it (also the base of the shipped-pack loader)
SHIPPED_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_shipped(text: str) -> Any:
    """Parse one shipped data file (or read what the same text parsed to before)."""
    from paracheck import _cache  # here: ``validate`` imports this module, never the cache

    key = f"{yaml.__version__}\0{SHIPPED_LOADER.__name__}\0{text}".encode()
    name = f"data-{_cache.digest(key)[:40]}.pickle"
    held = _cache.load(name)
    if held is not None:
        return held
    data = yaml.load(text, Loader=SHIPPED_LOADER)
    _cache.store(name, data)
    return data
