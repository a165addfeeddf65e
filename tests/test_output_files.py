"""Where ``-o`` writes, and what it refuses (issue 14 items 4 and 8, issue 12's ``-o`` defects).

A report replaces a regular file atomically; a device or a FIFO is written directly (replacing
``/dev/null`` with a regular file broke the machine for everyone); a symlink is followed; the
input proposal, a read-only file, a folder, a missing folder and an empty path are usage
errors (exit 2, one line, no traceback); a long file name works; a SIGTERM during the write
leaves no temporary file behind.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from paracheck.errors import UsageError
from paracheck.report.files import write_atomically

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "well-prepared-2023.yaml"


def paracheck(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "paracheck", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
    )


def assert_usage_error(done: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 2 and one line holding ``words`` (asked with ``--lang en``: the English text;
    tests/test_usage_words.py checks the Indonesian one)."""
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    for word in words:
        assert word in lines[0], lines[0]


def test_output_into_a_missing_folder_is_a_usage_error(tmp_path):
    done = paracheck(
        "assess", "--lang", "en", str(EXAMPLE), "-o", str(tmp_path / "nowhere" / "x.md")
    )
    assert_usage_error(done, "nowhere", "does not exist")


@pytest.mark.parametrize("command", ["assess", "diff", "init"])
def test_output_to_a_missing_folder_named_with_a_slash_is_a_usage_error(tmp_path, command):
    """Attack 290 #2: ``-o laporan/`` wrote a file called ``laporan`` where a folder was
    meant, exit 0, in assess, diff and init."""
    target = tmp_path / "laporan"
    given = {"assess": [str(EXAMPLE)], "diff": [str(EXAMPLE), str(EXAMPLE)], "init": []}
    done = paracheck(command, *given[command], "--lang", "en", "-o", f"{target}/")
    assert_usage_error(done, f"the folder {target} does not exist")
    assert not target.exists()


def test_a_json_report_written_into_the_folder_assessed_is_no_proposal_of_it(tmp_path):
    """Attack 290 #1: ``assess DIR -f json -o DIR/report.json`` put its report among the
    proposals; every later run of the folder, the same command included, ended in exit 2.
    A report paracheck wrote in a folder is left out of it, as a Markdown one is; named on
    its own it is still refused as no proposal."""
    folder = tmp_path / "usulan"
    folder.mkdir()
    (folder / "a.yaml").write_bytes(EXAMPLE.read_bytes())
    report = folder / "report.json"
    for _ in range(2):
        done = paracheck("assess", str(folder), "-f", "json", "-o", str(report))
        assert done.returncode == 0, done.stderr
    summary = paracheck("assess", str(folder), "--summary", "--lang", "en")
    assert summary.returncode == 0, summary.stderr
    assert "report.json" not in summary.stdout
    alone = paracheck("assess", str(report), "--lang", "en")
    assert alone.returncode == 2 and "written by paracheck, not a proposal" in alone.stderr


def test_output_onto_a_folder_is_a_usage_error(tmp_path):
    assert_usage_error(
        paracheck("assess", "--lang", "en", str(EXAMPLE), "-o", str(tmp_path)), "folder"
    )


def test_an_empty_output_path_is_a_usage_error():
    assert_usage_error(paracheck("assess", "--lang", "en", str(EXAMPLE), "-o", ""), "empty")


def test_output_onto_the_input_proposal_is_refused_and_the_proposal_kept(tmp_path):
    proposal = tmp_path / "in.yaml"
    proposal.write_bytes(EXAMPLE.read_bytes())
    assert_usage_error(
        paracheck("assess", "--lang", "en", str(proposal), "-o", str(proposal)), "input"
    )
    assert proposal.read_bytes() == EXAMPLE.read_bytes()
    # the same file under another name (a symlink, a relative path) is the same input
    (tmp_path / "alias.yaml").symlink_to(proposal)
    assert_usage_error(
        paracheck("assess", "--lang", "en", "in.yaml", "-o", "alias.yaml", cwd=tmp_path), "input"
    )
    assert proposal.read_bytes() == EXAMPLE.read_bytes()


def test_a_read_only_report_stays_read_only(tmp_path):
    target = tmp_path / "final.md"
    target.write_text("signed off\n", encoding="utf-8")
    target.chmod(0o444)
    assert_usage_error(
        paracheck("assess", "--lang", "en", str(EXAMPLE), "-f", "markdown", "-o", str(target)),
        "read-only",
    )
    assert target.read_text(encoding="utf-8") == "signed off\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


def test_a_255_character_file_name_is_written(tmp_path):
    target = tmp_path / ("r" * 252 + ".md")
    done = paracheck("assess", str(EXAMPLE), "-f", "markdown", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert target.read_text(encoding="utf-8").startswith("#")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_name_longer_than_the_file_system_allows_is_a_usage_error(tmp_path):
    done = paracheck(
        "assess", "--lang", "en", str(EXAMPLE), "-o", str(tmp_path / ("r" * 300 + ".md"))
    )
    assert_usage_error(done, "too long")
    assert list(tmp_path.iterdir()) == []


def test_a_symlinked_output_is_followed_and_stays_a_symlink(tmp_path):
    real = tmp_path / "real.md"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_atomically(link, "new\n")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new\n"


def test_a_character_device_is_written_directly_not_replaced(tmp_path):
    node = tmp_path / "null"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # the null device
    except (PermissionError, OSError):
        pytest.skip("cannot create a device node here")
    done = paracheck("assess", str(EXAMPLE), "-o", str(node))
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(node.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]


def test_a_fifo_is_written_directly(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_atomically(fifo, "through the pipe\n")
    reader.join(timeout=60)
    assert received == [b"through the pipe\n"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_library_refusals_are_usage_errors(tmp_path):
    with pytest.raises(UsageError, match="does not exist"):
        write_atomically(tmp_path / "missing" / "x.md", "x")
    with pytest.raises(UsageError, match="folder"):
        write_atomically(tmp_path, "x")
    with pytest.raises(UsageError, match="input"):
        write_atomically(EXAMPLE, "x", inputs=[str(EXAMPLE)])


SIGTERM_SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from paracheck.report.files import write_atomically

    def pieces():
        yield b"x" * 1_000_000
        os.kill(os.getpid(), signal.SIGTERM)  # an operator stops the run mid-write
        yield b"never written"

    write_atomically(sys.argv[1], pieces())
    """
)


def test_sigterm_during_a_write_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("previous report\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", SIGTERM_SCRIPT, str(target)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode in (143, -15), done.returncode
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    assert target.read_text(encoding="utf-8") == "previous report\n"


# --- why a target cannot be written, in plain words (never "kesalahan sistem nomor 2") -------

PROC = Path("/proc")
needs_proc = pytest.mark.skipif(
    not (PROC / "self").is_dir(), reason="needs Linux's /proc, where nothing can be created"
)


def _refusal(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    from paracheck.cli import main

    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "nomor" not in err, err
    return err


@needs_proc
def test_rules_docs_into_a_folder_that_cannot_be_made_says_so(capsys):
    err = _refusal(["rules", "docs", "-o", "/proc/paracheck-x"], capsys)
    assert (
        "kesalahan: tidak dapat menulis ke /proc/paracheck-x: "
        "folder itu tidak ada dan tidak dapat dibuat di sana"
    ) in err, err
    err = _refusal(["rules", "docs", "-o", "/proc/paracheck-x", "--lang", "en"], capsys)
    assert (
        "cannot write to /proc/paracheck-x: the folder does not exist and cannot be made there"
    ) in err, err


@needs_proc
def test_a_report_into_a_folder_that_takes_no_new_file_names_the_path_and_the_folder(capsys):
    """``-o /proc/x`` said "tidak dapat menulis ke /proc: kesalahan sistem nomor 2"."""
    example = str(Path(__file__).resolve().parents[1] / "examples" / "ntb-zhejiang-2015.yaml")
    err = _refusal(["assess", example, "-o", "/proc/paracheck-x.md"], capsys)
    assert (
        "kesalahan: /proc/paracheck-x.md tidak dapat ditulis: "
        "di folder /proc tidak dapat dibuat berkas baru"
    ) in err, err


def test_a_report_under_a_file_says_a_part_of_the_path_is_a_file(tmp_path, capsys):
    """``-o FILE/r.md`` said "kesalahan sistem nomor 20" (ENOTDIR)."""
    example = str(Path(__file__).resolve().parents[1] / "examples" / "ntb-zhejiang-2015.yaml")
    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    err = _refusal(["assess", example, "-o", f"{plain}/r.md"], capsys)
    assert (
        f"{plain}/r.md tidak dapat ditulis: salah satu bagian jalur itu berupa berkas, bukan folder"
    ) in err, err


@pytest.mark.parametrize(
    ("number", "indonesian"),
    [
        (5, "media penyimpanannya gagal ditulisi (kesalahan baca-tulis)"),
        (16, "sedang dipakai program lain"),
        (22, "sistem operasi menolak menulisnya (EINVAL)"),
    ],
)
def test_any_other_write_failure_is_said_in_words_not_a_number(number, indonesian):
    from paracheck.report.files import reason

    said = reason(OSError(number, os.strerror(number)))
    assert said.render("id") == indonesian
    assert said.render("en") != "" and "nomor" not in said.render("id")


def test_init_to_a_dash_writes_the_template_to_standard_output(tmp_path):
    """Attack 290 #9: ``init -o -`` wrote a file named ``-``, where assess and diff write
    ``-o -`` to standard output."""
    done = paracheck("init", "-o", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# ")
    assert not (tmp_path / "-").exists()


def test_a_file_named_twice_is_assessed_once(tmp_path):
    """Attack 290 #8: a folder and a file in it, or ``a.yaml`` and ``./a.yaml``, were assessed
    and listed two or three times in one summary."""
    folder = tmp_path / "usulan"
    folder.mkdir()
    (folder / "a.yaml").write_bytes(EXAMPLE.read_bytes())
    done = paracheck(
        "assess", str(folder), str(folder / "a.yaml"), f"{folder}/./a.yaml", "-f", "csv"
    )
    assert done.returncode == 0, done.stderr
    sources = {line.split(",")[1] for line in done.stdout.splitlines()[1:] if line}
    assert len(sources) == 1, sources
