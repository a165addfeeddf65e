"""pydantic's plugin lookup in paracheck's own processes (``paracheck.cli.plugins``):
no ``importlib.metadata`` when nothing installed declares a plugin, and pydantic's own
loader, with the plugin working, when something does. No timings here: benchmarks/cli_ab.py
measures them."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NTB = "examples/ntb-zhejiang-2015.yaml"

# the console script's own process: main() without arguments, the modules seen at its end
_COMMAND = (
    "import atexit, sys\n"
    "atexit.register(lambda: print('METADATA', 'importlib.metadata' in sys.modules))\n"
    "from paracheck.cli import main\n"
    "sys.argv = ['paracheck', *sys.argv[1:]]\n"
    "main()\n"
)


def _run(code: str, *args: str, path: Path | None = None, **env: str) -> str:
    environ = {**os.environ, **env}
    environ.pop("PYDANTIC_DISABLE_PLUGINS", None)
    environ.update(env)
    if path is not None:  # a folder of installed distributions, as site-packages is one
        environ["PYTHONPATH"] = os.pathsep.join(
            [str(path), *filter(None, [environ.get("PYTHONPATH")])]
        )
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environ,
    )
    assert out.returncode in (0, 1), out.stderr
    return out.stdout


def test_a_command_does_not_import_importlib_metadata_when_no_plugin_is_installed(tmp_path):
    for args in (["validate", NTB], ["assess", NTB, "-f", "json"]):
        out = _run(_COMMAND, *args, PARACHECK_CACHE_DIR=str(tmp_path))
        assert out.splitlines()[-1] == "METADATA False", args


def _plugin_site(folder: Path, section: str = "[pydantic]") -> Path:
    """A folder holding one distribution whose entry points declare a pydantic plugin that
    writes down every model it is asked to validate."""
    info = folder / "paracheck_test_plugin-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: paracheck-test-plugin\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        f"{section}\nseen = paracheck_test_plugin:plugin\n", encoding="utf-8"
    )
    (folder / "paracheck_test_plugin.py").write_text(
        textwrap.dedent(
            """
            SEEN = []

            class _Plugin:
                def new_schema_validator(self, schema, schema_type, path, kind, config, settings):
                    SEEN.append(path.name)
                    return None, None, None

            plugin = _Plugin()
            """
        ),
        encoding="utf-8",
    )
    return folder


_SEEN = (
    "import atexit, sys\n"
    "def seen():\n"
    "    mod = sys.modules.get('paracheck_test_plugin')\n"
    "    print('SEEN', 'Proposal' in (mod.SEEN if mod else []))\n"
    "atexit.register(seen)\n"
    "from paracheck.cli import main\n"
    "sys.argv = ['paracheck', *sys.argv[1:]]\n"
    "main()\n"
)


def test_an_installed_pydantic_plugin_is_loaded_and_used_by_a_command(tmp_path):
    site = _plugin_site(tmp_path / "site")
    out = _run(_SEEN, "validate", NTB, path=site, PARACHECK_CACHE_DIR=str(tmp_path / "c"))
    assert out.splitlines()[-1] == "SEEN True"


def test_a_distribution_with_entry_points_of_other_kinds_needs_no_metadata(tmp_path):
    site = _plugin_site(tmp_path / "site", section="[console_scripts]")
    out = _run(_COMMAND, "validate", NTB, path=site, PARACHECK_CACHE_DIR=str(tmp_path / "c"))
    assert out.splitlines()[-1] == "METADATA False"


def test_plugins_turned_off_by_pydantics_variable_stay_off(tmp_path):
    site = _plugin_site(tmp_path / "site")
    out = _run(
        _SEEN,
        "validate",
        NTB,
        path=site,
        PARACHECK_CACHE_DIR=str(tmp_path / "c"),
        PYDANTIC_DISABLE_PLUGINS="__all__",
    )
    assert out.splitlines()[-1] == "SEEN False"


def test_a_library_import_leaves_pydantics_loader_alone():
    code = (
        "import sys, paracheck\n"
        "paracheck.load_proposal('examples/ntb-zhejiang-2015.yaml')\n"
        "print('LOADER', type(sys.modules['pydantic.plugin._loader']).__name__)\n"
    )
    assert _run(code).splitlines()[-1] == "LOADER module"
