"""Typed errors. The library raises these and never prints or exits; the CLI turns them into
``file:line:col: path: message`` lines on stderr and an exit code."""

from __future__ import annotations

import functools
import re
from typing import Any, ClassVar

#: control characters: C0, DEL and C1. Printed as they are, ESC sequences clear a terminal or
#: retitle its window and NUL truncates logs; every message shows them as visible escapes.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """``text`` with every control character written as ``\\xNN``: one line, nothing a
    terminal would act on."""
    return CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)


class Record:
    """A frozen value with equality, hashing and a repr, as ``@dataclass(frozen=True)`` makes
    one: the classes every command builds at start (:class:`Words`, :class:`Problem`, the
    proposal's ``Origin``) are written this way because a dataclass generates and compiles its
    methods at every start (about 5 M instructions a class, 2 % of a ``validate``), and
    ``import paracheck`` then needs no ``dataclasses`` (with ``inspect``, ``ast``, ``dis``).

    A subclass names its ``_fields`` (in ``__init__``'s order) and, when fewer take part in
    equality, hashing and the repr, its ``_compared`` ones.
    """

    _fields: ClassVar[tuple[str, ...]] = ()
    _compared: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        if not cls.__dict__.get("_compared"):
            cls._compared = cls._fields

    def _key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._compared)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key() == other._key()  # type: ignore[attr-defined]
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._compared)
        return f"{self.__class__.__qualname__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")


class Words(Record):
    """What a problem says, kept as a message key and its values so that it can be read in
    either language (the sentences live in ``facts/data/problems.yaml``).

    A value that is itself a :class:`Words` (``a list``, ``a whole number``) is read in the
    same language; a list of values is joined with commas. ``subject`` is the field path the
    sentence is about when it is not the problem's own path (an unknown key is about the
    section it was found in); ``None`` means the problem's path.
    """

    _fields = ("key", "values", "subject")

    def __init__(
        self, key: str, values: tuple[tuple[str, Any], ...] = (), subject: str | None = None
    ) -> None:
        set_field = object.__setattr__
        set_field(self, "key", key)
        set_field(self, "values", values)
        set_field(self, "subject", subject)

    key: str
    values: tuple[tuple[str, Any], ...]
    subject: str | None

    @classmethod
    def of(cls, key: str, /, subject: str | None = None, **values: Any) -> Words:
        return cls(key, tuple(values.items()), subject)

    def render(
        self,
        lang: str,
        field_text: str = "",
        *,
        subject: bool = True,
        form: bool = False,
        api: bool = False,
    ) -> str:
        """The sentence in ``lang`` (``id`` or ``en``); ``{field}`` becomes ``field_text``.
        Without ``subject`` (or a field text) a sentence that starts with the field starts
        with what is said of it instead (``must be a date …``): the form of ``message``,
        which follows the raw path.

        ``form``: said to an officer on the web form, who picks values by their labels and
        never sees a code: an allowed value (:class:`Choice`) is its label alone, and a
        message with a form wording (``in_form:`` of ``problems.yaml``) is said in it. Without
        it (a file's author: the command line, the API) a value is its label with the code to
        write in brackets.

        ``api``: said to a program calling the HTTP API, which sends the file in a request's
        body and has no command-line option to give: a message with an API wording
        (``in_api:`` of ``problems.yaml``) is said in it (atk23: "berikan dengan --pack" in an
        HTTP answer)."""
        side = "en" if lang == "en" else "id"
        key = self.key
        if form and key == "value.one_of" and _written_as_label(self.values):
            # the allowed labels beside the label written read as a contradiction ("harus
            # salah satu dari: provinsi, kabupaten, kota; tertulis 'kabupaten'": review 320
            # M5, web 462 M3): on the form, the one sentence of a name written for a code
            key = "value.one_of.written_as"
        forms = _surface_templates("in_form").get(key) if form else None
        if api and forms is None:
            forms = _surface_templates("in_api").get(self.key)
        template = (forms or _templates()[self.key])[side]
        if not field_text or not subject:
            template = re.sub(r"^\{field\}:?\s*", "", template)
        said = self.values if key == self.key else dict(self.values)["hint"].values
        values = {name: _value_text(value, lang, form) for name, value in said}
        return template.format(field=field_text, **values).strip()


def _written_as_label(values: tuple[tuple[str, Any], ...]) -> bool:
    """Whether a ``value.one_of``'s hint says the file wrote a value's label for its code."""
    hint = dict(values).get("hint")
    return isinstance(hint, Words) and hint.key == "hint.written_as"


class FieldName(str):
    """A value of :class:`Words` that is a field path: read as the field's label."""


class CountryName(str):
    """A value of :class:`Words` that is an ISO 3166-1 code: read as the country's name in
    the sentence's language."""


class KeyName(str):
    """A value of :class:`Words` that is a key of the proposal, given by its path: read as
    ``'key' (its label)``, or just ``'key'`` where the label only repeats it."""


class LabelledKey(KeyName):
    """A key named as a thing the sentence speaks of, not one to write: read as ``label
    ('key')``, the label first as a :class:`Choice` is said (trial 270: "lebih besar daripada
    'budget_idr' (anggaran program)" read as a raw field name), and as the label alone on the
    form."""


class Choice(Record):
    """A value of :class:`Words` that is one code of a closed vocabulary (a stage, a step's
    status, a sector's field), given with the path of the field that holds it: read as its
    label with the code to write in brackets (``MoU ditandatangani ('mou_signed')``), just
    ``'code'`` where the label only repeats it (``'proposal'`` in English), and as the label
    alone on the form (``Words.render(form=True)``)."""

    _fields = ("path", "code")

    def __init__(self, path: str, code: str) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "code", code)

    path: str
    code: str

    def label(self, lang: str) -> str:
        """The code's label in ``lang``: the field's vocabulary, a yes/no field's answer, else
        the code with spaces for underscores."""
        from paracheck.facts import labels

        found = labels.value_label(self.path, self.code, lang)
        if found is None and self.code in _ANSWER:
            found = _ANSWER[self.code][lang == "en"]
        return found or self.code.replace("_", " ")

    def text(self, lang: str, form: bool) -> str:
        label = self.label(lang)
        if form:
            return label
        if label.lower() == self.code.replace("_", " ").lower():
            return f"'{self.code}'"
        return f"{label} ('{self.code}')"


#: a yes/no field's values as the form offers them (``web/text.py``'s "ya" and "tidak")
_ANSWER = {"true": ("ya", "yes"), "false": ("tidak", "no")}


class Number(int):
    """A value of :class:`Words` that is a count paracheck states (a limit), not one echoed
    from the file: its thousands grouped as the reader's language writes them, 100.000 in
    Bahasa Indonesia (where "100,000" reads as one hundred) and 100,000 in English."""


class Rupiah(int):
    """A value of :class:`Words` that is an amount of Rupiah from the file, said as the
    reports say money: ``Rp1.900.000.000`` in Bahasa Indonesia, ``IDR 1,900,000,000`` in
    English (review 280, 10: the APBD's part above a programme's budget named neither)."""


class Day(str):
    """A value of :class:`Words` that is a day (``YYYY-MM-DD``), said as the reports say a
    date: "1 September 2025" in Bahasa Indonesia, "September 1, 2025" in English."""


def _value_text(value: Any, lang: str, form: bool = False) -> str:
    if isinstance(value, Day):
        from paracheck.report import formatting  # only for a problem that names a day

        return formatting.date(str(value), lang)
    if isinstance(value, Choice):
        return value.text(lang, form)
    if isinstance(value, Rupiah):
        grouped = f"{int(value):,}"
        return f"IDR {grouped}" if lang == "en" else "Rp" + grouped.replace(",", ".")
    if isinstance(value, Number):
        grouped = f"{int(value):,}"
        return grouped if lang == "en" else grouped.replace(",", ".")
    if isinstance(value, FieldName):
        from paracheck.facts import labels

        return labels.field_label(value, lang, where=False)
    if isinstance(value, CountryName):
        from paracheck.facts import labels

        return labels.country_name(value, lang)
    if isinstance(value, KeyName):
        from paracheck.facts import labels

        key = value.rsplit(".", 1)[-1]
        label = labels.field_label(value, lang, where=False)
        if form:  # the form shows no keys: the field by its label
            return label
        if label.lower() == key.replace("_", " "):
            return f"'{key}'"
        return f"{label} ('{key}')" if isinstance(value, LabelledKey) else f"'{key}' ({label})"
    if isinstance(value, Words):
        return value.render(lang, form=form)
    if isinstance(value, list | tuple):
        return ", ".join(_value_text(item, lang, form) for item in value)
    return str(value)


@functools.cache
def _templates() -> dict[str, dict[str, str]]:
    from importlib import resources

    from paracheck._yaml import load_shipped

    data = resources.files("paracheck.facts").joinpath("data")
    messages: dict[str, dict[str, str]] = {}
    # a proposal's problems; a request's errors; a rule pack's problems (for its author)
    for name in ("problems.yaml", "usage.yaml", "pack_problems.yaml"):
        for key, forms in load_shipped(data.joinpath(name).read_text("utf-8"))["messages"].items():
            if key in messages:
                raise RuntimeError(f"message key {key!r} is defined twice")
            messages[key] = forms
    return messages


@functools.cache
def _surface_templates(table: str) -> dict[str, dict[str, str]]:
    """The messages said otherwise where the reader is not a file's author at the command
    line (``problems.yaml``): ``in_form`` on the web form, the same values without the codes
    a file's author writes; ``in_api`` to a program calling the HTTP API, without the
    command line's options."""
    from importlib import resources

    from paracheck._yaml import load_shipped

    data = resources.files("paracheck.facts").joinpath("data", "problems.yaml")
    said: dict[str, dict[str, str]] = load_shipped(data.read_text("utf-8"))[table]
    return said


class Problem(Record):
    """One thing wrong with an input, and where it is.

    ``path`` and ``message`` are for machines and logs (``str(problem)``): the raw field path
    and the problem in English. People read :meth:`line` / :meth:`sentence`: the field named
    by its label and the problem in their language, built from ``words`` when the problem
    carries them (every proposal problem does; a rule pack's problems are for pack authors and
    keep their paths).
    """

    _fields = ("file", "line", "column", "path", "message", "words")
    _compared = ("file", "line", "column", "path", "message")  # not the words

    def __init__(
        self,
        file: str,
        line: int | None,
        column: int | None,
        path: str,
        message: str,
        words: Words | None = None,
    ) -> None:
        set_field = object.__setattr__
        set_field(self, "file", file)
        set_field(self, "line", line)
        set_field(self, "column", column)
        set_field(self, "path", path)
        set_field(self, "message", message)
        set_field(self, "words", words)

    file: str
    line: int | None
    column: int | None
    path: str
    message: str
    words: Words | None

    # ordered by place, then path and message, as the dataclass it was
    def __lt__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key() < other._key()  # type: ignore[attr-defined]
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key() <= other._key()  # type: ignore[attr-defined]
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key() > other._key()  # type: ignore[attr-defined]
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key() >= other._key()  # type: ignore[attr-defined]
        return NotImplemented

    def text(self, lang: str, *, form: bool = False, beside: bool = False) -> str:
        """The problem in ``lang`` without the field's place: what a form shows beside the
        field itself (``form``: in the form's words, the allowed values by their labels
        alone; see :meth:`Words.render`). ``beside``: shown under the field's own label, a
        sentence about the field itself starts with what is said of it (web 490 L4:
        "Bahasa kerja mitra: 'Jepang' bukan kode …" under the label "Bahasa kerja mitra")."""
        return capitalize_first(self._said(lang, form, beside))

    def _said(self, lang: str, form: bool = False, beside: bool = False) -> str:
        if self.words is None:
            return self.message
        if self.words.key.startswith(AS_WRITTEN):
            return self.words.render(lang)
        own = self.words.subject is None
        subject = self.path if own else self.words.subject
        text = _field_text(subject, lang)
        return self.words.render(lang, text, subject=not (beside and own), form=form)

    def sentence(self, lang: str, *, form: bool = False, api: bool = False) -> str:
        """The problem in ``lang``, naming the field by its label and where it is
        (``Sektor ke-1, program ke-2: status program harus …``); ``form`` as for
        :meth:`text`, ``api`` as for :meth:`Words.render`."""
        if self.words is None or self.words.key.startswith(AS_WRITTEN):
            said = self.message if self.words is None else self.words.render(lang)
            return f"{self.path}: {said}" if self.path else said
        subject = self.path if self.words.subject is None else self.words.subject
        front = _front_text(subject, lang)
        said = self.words.render(lang, _field_text(subject, lang), form=form, api=api)
        return capitalize_first(f"{front}: {said}" if front else said)

    def api_message(self) -> str:
        """``message`` as the HTTP API gives it: in English after the raw path, in the API's
        words where a message has them (``in_api:`` of ``problems.yaml``; a pack sent as a
        proposal is not told to use a command-line option)."""
        if self.words is None or self.words.key not in _surface_templates("in_api"):
            return self.message
        subject = self.path if self.words.subject is None else self.words.subject
        return self.words.render("en", _field_text(subject, "en"), subject=False, api=True)

    def describe(self, lang: str, *, form: bool = False) -> str:
        """``file:line:col: sentence`` in ``lang``: the line the command line prints (the
        web pages print it with ``form``, as for :meth:`text`)."""
        return self._positioned(self.sentence(lang, form=form))

    def _positioned(self, said: str) -> str:
        if self.line is None:
            return visible(f"{self.file}: {said}")
        col = f":{self.column}" if self.column is not None else ""
        return visible(f"{self.file}:{self.line}{col}: {said}")

    def __str__(self) -> str:
        """``file:line:col: path: message``; a problem with the whole file has no position
        (``file: message``) rather than a made-up ``:0:0``."""
        where = f"{self.path}: " if self.path else ""
        return self._positioned(f"{where}{self.message}")


#: items whose place is said before the field ("Sektor ke-1, program ke-2: …")
_FRONT_KINDS = ("sector", "program", "procedure", "accepted_risk")


def _places(path: str, lang: str) -> tuple[list[str], str | None]:
    """The front places of ``path`` and, when the path is an item itself (``sectors[0]``),
    that item's own name, which then stands for the field."""
    from paracheck.facts import labels

    _, places, _ = labels.generic_path(path)
    spots = [labels.place_text(kind, n, lang) for kind, n in places if kind in _FRONT_KINDS]
    if path.endswith("]") and places and places[-1][0] in _FRONT_KINDS:
        return spots[:-1], spots[-1]
    return spots, None


def _front_text(path: str, lang: str) -> str:
    if not path:
        return ""
    return ", ".join(_places(path, lang)[0])


def _field_text(path: str, lang: str) -> str:
    """The field's label (with the list item it is in, when that item is not a sector,
    programme, step or waiver); empty for the whole file."""
    if not path:
        return "tingkat teratas berkas" if lang != "en" else "the top level of the file"
    from paracheck.facts import labels

    _, own = _places(path, lang)
    if own is not None:
        return own
    return labels.field_label(path, lang, where=False, items=True)


def capitalize_first(text: str) -> str:
    """First letter upper-case (a sentence start), the rest untouched (``APBD``)."""
    return text[:1].upper() + text[1:]


#: message keys of a rule pack's problems (``facts/data/pack_problems.yaml``): said to the
#: pack's author, who writes the pack's paths, so the path stays as written before the sentence
AS_WRITTEN = ("pack.", "cond.")


def pack_problem(
    file: str, line: int | None, column: int | None, path: str, key: str, /, **values: Any
) -> Problem:
    """A problem of a rule pack, said by message ``key`` (English ``message``, as before)."""
    words = Words.of(key, **values)
    return Problem(file, line, column, path, words.render("en"), words)


def problem(file: str, line: int | None, column: int | None, path: str, words: Words) -> Problem:
    """A problem whose English ``message`` is its ``words`` read in English."""
    subject = path if words.subject is None else words.subject
    message = words.render("en", _field_text(subject, "en"), subject=False)
    return Problem(file, line, column, path, message, words)


class WordedValueError(ValueError):
    """A ``ValueError`` raised inside the proposal model that says what it means as
    :class:`Words`, so that the loader can report it in the reader's language."""

    def __init__(
        self, words: Words, *, at: tuple[Any, ...] = (), earlier: tuple[Any, ...] | None = None
    ) -> None:
        self.words = words
        #: where below the validated field the problem lies (a list item's key): the loader
        #: points there instead of at the whole field
        self.at = at
        #: the field's earlier item the problem repeats, below the same field: the loader adds
        #: its line to the sentence where the input has lines (``words.key`` + ``.line``)
        self.earlier = earlier
        super().__init__(words.render("en"))


class ParacheckError(Exception):
    """Base of every error paracheck raises on purpose."""


class ProblemsError(ParacheckError):
    """An error that carries one or more positioned problems."""

    def __init__(self, problems: list[Problem]) -> None:
        # by place within each file, the files in the order given: by name, the API's
        # comparison put body.new's problems before body.old's (trial26 C6)
        files = {file: n for n, file in enumerate(dict.fromkeys(p.file for p in problems))}
        self.problems = sorted(problems, key=lambda p: (files[p.file], p.line or 0, p.column or 0))
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
    (each None / empty when it does not apply). ``message`` is English, for embedders and the
    web API; ``words``, when given, let the command line say it in the reader's language
    (:meth:`text`; the sentences live in ``facts/data/usage.yaml``).
    """

    def __init__(
        self,
        message: str,
        *,
        option: str | None = None,
        value: object = None,
        choices: tuple[str, ...] = (),
        words: Words | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.option = option
        self.value = value
        self.choices = tuple(choices)
        self.words = words

    @classmethod
    def of(
        cls,
        key: str,
        /,
        *,
        option: str | None = None,
        value: object = None,
        choices: tuple[str, ...] = (),
        **values: Any,
    ) -> UsageError:
        """The error said by message ``key`` of ``facts/data/usage.yaml`` with ``values``
        (each a text, or :class:`Words` read in the same language); ``message`` is the
        English sentence."""
        words = Words.of(key, **values)
        return cls(words.render("en"), option=option, value=value, choices=choices, words=words)

    def text(self, lang: str) -> str:
        """The error in ``lang``: its words read in that language, else its English message."""
        return self.message if self.words is None else self.words.render(lang)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # keep the details across a process-pool boundary (batch workers)
        return (
            _usage_error,
            (self.message, self.option, self.value, self.choices, self.words, type(self)),
        )


class PrintError(UsageError):
    """The browser that prints a PDF failed: it crashed, timed out or wrote no PDF. Neither
    the proposal nor the command was wrong, so the command line exits 3 (an error of the
    machine it runs on), not 2 (attack 360 L4: a Chromium crash read as the user's mistake);
    a :class:`UsageError` still, so that a program catching that (the web service's "PDF
    unavailable") catches this too."""


def _usage_error(
    message: str,
    option: str | None,
    value: object,
    choices: tuple[str, ...],
    words: Words | None = None,
    kind: type[UsageError] = UsageError,
) -> UsageError:
    return kind(message, option=option, value=value, choices=choices, words=words)


class EngineError(ParacheckError):
    """The rule engine failed internally; a bug in paracheck, never the user's fault."""
