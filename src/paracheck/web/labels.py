"""Field and value labels for the form: the library's label table, the one the reports use
(``paracheck.field_label`` / ``paracheck.value_label``), so a field is called the same on the
form, in its error and in the report."""

from __future__ import annotations

import paracheck


def field_label(path: str, lang: str) -> str:
    """``sectors[0].lead_agency`` → the label people read (the item's place is shown by the
    form's own headings, so it is left out here)."""
    return paracheck.field_label(path, lang, where=False)


def value_label(path: str, code: str, lang: str) -> str:
    """A code of a closed vocabulary (``fisheries``) as people read it (``perikanan``)."""
    return paracheck.value_label(path, code, lang) or code.replace("_", " ")


def summary_line(path: str, message: str, lang: str) -> tuple[str, str]:
    """(the field's label with its place, the rest of ``message``) for the list of problems
    above the form, which has no headings to say which sector a field is in. A library
    problem already begins with the field's label ("Negara mitra: 'Jepang' bukan …"): that
    label is not said twice ("Negara mitra: Negara mitra: …")."""
    label = capitalize(paracheck.field_label(path, lang, where=True))
    plain = capitalize(field_label(path, lang))
    if message.startswith(plain) and message[len(plain) : len(plain) + 1] in (":", " "):
        return label, message[len(plain) :]
    return label, f": {message}"


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def code_names(kind: str, lang: str) -> tuple[tuple[str, str], ...]:
    """``(code, name)`` of every country or language a proposal accepts, by name in ``lang``
    (CLDR's names, as the reports use): what the form offers to pick from."""
    return paracheck.code_names(kind, lang)


def field_help(path: str, lang: str) -> str:
    """What the form says under a field with no help of its own: the question a report asks
    where the field is left empty (review 320 M4: "Jenis mitra", "Aset atau izin yang dikelola
    pemerintah pusat", "Pembahasan oleh TKKSD" said only "boleh dikosongkan", the explanation
    being on the result page); empty where no question is prepared."""
    return paracheck.field_question(path, lang) or ""
