"""Typed errors. The library raises these and never prints or exits; the CLI turns them into
``file:line:col: path: message`` lines on stderr and an exit code."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: control characters: C0, DEL and C1. Printed as they are, ESC sequences clear a terminal or
#: retitle its window and NUL truncates logs; every message shows them as visible escapes.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """``text`` with every control character written as ``\\xNN``: one line, nothing a
    terminal would act on."""
    return CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input, and where it is."""

    file: str
    line: int | None
    column: int | None
    path: str
    message: str

    def __str__(self) -> str:
        """``file:line:col: path: message``; a problem with the whole file has no position
        (``file: message``) rather than a made-up ``:0:0``."""
        where = f"{self.path}: " if self.path else ""
        if self.line is None:
            return visible(f"{self.file}: {where}{self.message}")
        col = f":{self.column}" if self.column is not None else ""
        return visible(f"{self.file}:{self.line}{col}: {where}{self.message}")


class ParacheckError(Exception):
    """Base of every error paracheck raises on purpose."""


class ProblemsError(ParacheckError):
    """An error that carries one or more positioned problems."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.file, p.line or 0, p.column or 0))
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type, tuple[list[Problem]]]:
        # so the error crosses a process-pool boundary intact (batch workers)
        return (type(self), (self.problems,))


class InputError(ProblemsError):
    """A proposal file that cannot be read or does not fit the proposal contract."""


class PackError(ProblemsError):
    """A rule pack that is malformed or fails validation."""


class UsageError(ParacheckError):
    """A request that cannot be served (unknown pack name, bad option value).

    Carries what an embedding program needs to answer its own user without parsing the
    message: which ``option`` was wrong, the ``value`` given and the ``choices`` allowed
    (each None / empty when it does not apply).
    """

    def __init__(
        self,
        message: str,
        *,
        option: str | None = None,
        value: object = None,
        choices: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.option = option
        self.value = value
        self.choices = tuple(choices)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # keep the details across a process-pool boundary (batch workers)
        return (_usage_error, (self.message, self.option, self.value, self.choices))


def _usage_error(
    message: str, option: str | None, value: object, choices: tuple[str, ...]
) -> UsageError:
    return UsageError(message, option=option, value=value, choices=choices)


class EngineError(ParacheckError):
    """The rule engine failed internally; a bug in paracheck, never the user's fault."""
