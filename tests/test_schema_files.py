"""The shipped schema files (what ``paracheck schema`` prints without loading the models) are
exactly the schemas the models define."""

from __future__ import annotations

import subprocess
import sys

import pytest

from paracheck import schemas


@pytest.mark.parametrize("name", sorted(schemas.FILES))
def test_the_shipped_schema_file_is_the_one_the_models_define(name):
    assert schemas.read(name) == schemas.generate(name), (
        f"src/paracheck/schemas/{schemas.FILES[name]} is out of date: "
        "run python -m paracheck.schemas"
    )


@pytest.mark.parametrize("argv", [["schema"], ["schema", "--assessment"], ["--help"]])
def test_printing_a_schema_builds_no_model_and_loads_no_pydantic(argv):
    # typer coerces option values with pydantic: the CLI builds that coercion only for an option
    # that has a value (paracheck.cli.typer_app._CoercedWhenGiven), and these commands have
    # none; plain ones (schema) skip typer altogether (paracheck.cli.fast)
    code = (
        "import sys\nfrom paracheck.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in sys.modules "
        "if m.startswith(('paracheck.facts', 'paracheck.engine', 'paracheck.rules', "
        "'pydantic'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.rstrip().endswith("LOADED []"), out.stdout[-500:] + out.stderr
