"""PyYAML imported through ``paracheck._yaml`` (issue 16, CLI start-up): its test for the
characters a YAML stream may not hold is compiled from the same set written as what is
refused, which ``re`` compiles ~13x as cheaply (PyYAML's negated ranges cost ~57 M
instructions a start, and the proposal loader compiled a copy of it too). Nothing else about
PyYAML or ``re`` changes. No timings here: benchmarks/cli_ab.py measures them."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import yaml

from paracheck import _yaml

EVERY_CODE_POINT = "".join(map(chr, range(0x110000)))


def test_the_refused_characters_are_pyyamls_own_on_every_code_point():
    pyyaml = re.compile(_yaml.PYYAML_NON_PRINTABLE)
    cheaper = re.compile(_yaml.NON_PRINTABLE)
    refused = [m.start() for m in pyyaml.finditer(EVERY_CODE_POINT)]
    assert [m.start() for m in cheaper.finditer(EVERY_CODE_POINT)] == refused
    assert len(refused) == 2111  # controls, C1 but NEL, surrogates, U+FFFE, U+FFFF


def test_pyyaml_imported_by_paracheck_compiles_the_cheaper_set_and_leaves_re_as_it_was():
    # a fresh process: the substitution happens only where PyYAML is first imported
    code = (
        "import re\n"
        "compile_ = re.compile\n"
        "import paracheck.facts.loader\n"
        "import yaml.reader\n"
        "from paracheck import _yaml\n"
        "print(yaml.reader.Reader.NON_PRINTABLE.pattern == _yaml.NON_PRINTABLE,"
        " re.compile is compile_)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # False first: the installed PyYAML no longer compiles the pattern paracheck replaces
    assert out.stdout.split() == ["True", "True"], out.stderr


def test_a_yaml_imported_before_paracheck_is_used_as_it_is():
    code = (
        "import yaml.reader\n"
        "from paracheck import _yaml\n"
        "print(_yaml.yaml is yaml, yaml.reader.Reader.NON_PRINTABLE.pattern"
        " == _yaml.PYYAML_NON_PRINTABLE)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"], out.stderr


@pytest.mark.parametrize("character", ["\x07", "\x7f", "\x9f", "\ud800", "\ufffe"])
def test_pyyamls_pure_python_reader_refuses_the_same_character_at_the_same_place(character):
    with pytest.raises(yaml.reader.ReaderError) as refused:
        yaml.load(f"a: b{character}c", Loader=yaml.SafeLoader)
    assert (refused.value.character, refused.value.position) == (ord(character), 4)
