"""pydantic's plugin lookup without ``importlib.metadata`` when nothing installed has a plugin.

Building its first model, pydantic asks for its plugins (``pydantic.plugin._loader``): that
module imports ``importlib.metadata`` (and with it ``email``, ``zipfile``, ``csv``, …) and
reads the entry points of every installed distribution, to find — almost always — none.
It was about a tenth of the instructions of a ``paracheck validate FILE``.

:func:`install` puts a stand-in for that module in place before pydantic loads it. Its
``get_plugins`` first reads, in the same places ``importlib.metadata`` looks (the
``*.dist-info`` and ``*.egg-info`` folders of every ``sys.path`` folder), whether any
``entry_points.txt`` has a ``[pydantic]`` section. None has one: there is no plugin to load,
and pydantic gets none, as its own loader would answer. One has (or the stand-in cannot tell:
an entry of ``sys.path`` that is a file, a distribution finder besides the standard one), or
anything else is asked of the module: pydantic's own module is loaded in its place and
answers, as it always does. ``PYDANTIC_DISABLE_PLUGINS`` set to turn every plugin off is
honoured first, as pydantic does.

Only the console script's process installs it (its batch workers, forked from it, inherit
it): a program that imports paracheck as a library keeps pydantic's module untouched.
"""

from __future__ import annotations

import os
import sys
import types
from typing import Any

#: the module pydantic's schema validators import their plugins from
LOADER = "pydantic.plugin._loader"
#: the entry point group pydantic's loader reads
GROUP = "pydantic"


def install() -> None:
    """Put the stand-in in place, unless pydantic's own module (or the stand-in) already is."""
    if LOADER not in sys.modules:
        sys.modules[LOADER] = _StandIn(LOADER)


def _declared() -> bool:
    """Whether some distribution on ``sys.path`` may declare a pydantic plugin (True when it
    cannot be told without ``importlib.metadata``)."""
    from importlib.machinery import PathFinder

    for finder in sys.meta_path:  # another finder may provide distributions of its own
        if finder is not PathFinder and hasattr(finder, "find_distributions"):
            return True
    for entry in sys.path:
        folder = entry or "."
        try:
            names = os.listdir(folder)
        except NotADirectoryError:  # a zip archive: its distributions are not read here
            return True
        except OSError:  # a folder that does not exist holds no distribution
            continue
        for name in names:
            low = name.lower()
            if low.endswith((".dist-info", ".egg-info")) and _has_group(
                os.path.join(folder, name, "entry_points.txt")
            ):
                return True
    return False


def _has_group(path: str) -> bool:
    """Whether the entry points file at ``path`` (if any) has a ``[pydantic]`` section, read
    as ``importlib.metadata`` reads sections (a stripped line in brackets, the brackets
    stripped off)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            text = file.read()
    except OSError:
        return False
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]") and line.strip("[]") == GROUP:
            return True
    return False


class _StandIn(types.ModuleType):
    """``pydantic.plugin._loader`` until it is needed: ``get_plugins`` answers "none" when no
    distribution declares a plugin, and anything else goes to pydantic's own module."""

    _none: bool | None = None

    def get_plugins(self) -> Any:
        if os.getenv("PYDANTIC_DISABLE_PLUGINS") in ("__all__", "1", "true"):
            return ()
        if self._none is None:
            self._none = not _declared()
        if self._none:
            return ()
        return self._real().get_plugins()

    def _real(self) -> types.ModuleType:
        """pydantic's own module, loaded in place of this one."""
        if sys.modules.get(LOADER) is self:
            del sys.modules[LOADER]
        import importlib

        return importlib.import_module(LOADER)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self._real(), name)
