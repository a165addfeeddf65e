"""``paracheck init -o`` writes a new file only (lead, twenty-second stop). The refusal of an
existing file was judged once, before the template was written, and the write itself replaced
whatever stood at the name by then (``os.replace``): a file saved in between (the officer's
editor, a colleague's copy on a shared folder) was lost without a word (atk24). The name is
now taken only if it is still free at the moment the finished template is put there."""

from __future__ import annotations

import os

import pytest

import paracheck
from paracheck.errors import UsageError
from paracheck.report import files


@pytest.fixture
def made_meanwhile(monkeypatch):
    """The target appears (someone else's file) between the check and the write."""
    checked = files.check_target

    def check_then_someone_saves(path, *args, **kwargs):
        target = checked(path, *args, **kwargs)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("catatan rapat TKKSD\n")
        return target

    monkeypatch.setattr(files, "check_target", check_then_someone_saves)


def test_a_file_saved_between_the_check_and_the_write_is_kept(tmp_path, made_meanwhile):
    target = tmp_path / "usulan.yaml"
    with pytest.raises(UsageError) as refused:
        paracheck.write_output(target, paracheck.proposal_template(), new_only=True)
    assert refused.value.words.key == "usage.exists"
    assert target.read_text(encoding="utf-8") == "catatan rapat TKKSD\n"
    assert os.listdir(tmp_path) == ["usulan.yaml"]  # no temporary file left behind


def test_a_report_still_replaces_a_file_saved_meanwhile(tmp_path, made_meanwhile):
    """Only a template is new-only: a report written with ``-o`` replaces an older report."""
    target = tmp_path / "laporan.txt"
    paracheck.write_output(target, "laporan\n")
    assert target.read_text(encoding="utf-8") == "laporan\n"


def test_a_free_name_takes_the_template_whole_with_a_readable_mode(tmp_path):
    target = tmp_path / "usulan.yaml"
    template = paracheck.proposal_template()
    paracheck.write_output(target, template, new_only=True)
    assert target.read_text(encoding="utf-8") == template
    assert target.stat().st_mode & 0o777 == 0o644
    assert os.listdir(tmp_path) == ["usulan.yaml"]


def test_without_hard_links_the_name_is_still_taken_only_if_free(
    tmp_path, monkeypatch, made_meanwhile
):
    """A file system without hard links (some network and FAT shares) refuses ``os.link``;
    the name is then reserved by an exclusive create, which a file made meanwhile also stops."""

    def no_links(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(files.os, "link", no_links)
    target = tmp_path / "usulan.yaml"
    with pytest.raises(UsageError):
        paracheck.write_output(target, paracheck.proposal_template(), new_only=True)
    assert target.read_text(encoding="utf-8") == "catatan rapat TKKSD\n"
    assert os.listdir(tmp_path) == ["usulan.yaml"]


def test_without_hard_links_a_free_name_takes_the_template(tmp_path, monkeypatch):
    def no_links(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(files.os, "link", no_links)
    target = tmp_path / "usulan.yaml"
    paracheck.write_output(target, paracheck.proposal_template(), new_only=True)
    assert target.read_text(encoding="utf-8") == paracheck.proposal_template()
    assert target.stat().st_mode & 0o777 == 0o644
