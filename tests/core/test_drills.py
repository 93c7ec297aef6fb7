"""Drills, small enough for CI (bench/data_safety.py runs the large counts): an import killed at a
random moment leaves a whole file and the old snapshot or the new one; writers in two processes lose
nothing."""

import pytest

from tests.drills import kill_imports, race_writers


def test_killed_imports_leave_a_whole_file_and_all_or_nothing(tmp_path):
    result = kill_imports(tmp_path / "data", runs=20, count=8_000, seed=20)
    assert result.runs == 20
    assert result.integrity_failures == 0
    assert result.partial == 0, result.notes
    assert result.old_kept + result.new_whole == 20


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    failed, lines = race_writers(tmp_path / "data", processes=2, each=150)
    assert failed == 0, lines


@pytest.mark.slow
def test_short_writes_beside_a_big_import_all_land(tmp_path):
    failed, lines = race_writers(tmp_path / "data", processes=2, each=300, import_rows=200_000)
    assert failed == 0, lines
