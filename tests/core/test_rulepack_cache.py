"""The parsed-rules cache may make a start faster, never change a rule: every way it can be stale,
damaged or unwritable ends in the pack the files say."""

import marshal
import os
import stat
import sys
import zlib

import pytest

from core import rulepack_cache
from core.errors import RulePackError
from core.rulepack import load_pack
from tests.conftest import bj
from tests.core.test_rulepack import GOOD_RULE, write_pack


def cache_file(folder):
    return folder / rulepack_cache.FILE_NAME


def test_builtin_pack_through_the_cache_equals_the_pack_from_the_files(tmp_path):
    first = load_pack(cache=tmp_path)
    assert cache_file(tmp_path).is_file()
    again = load_pack(cache=tmp_path)  # from the cache this time
    assert again == load_pack() == first
    rule = again["dy.guarantee.fake_one_pay_four"]
    assert rule.source.date == load_pack()["dy.guarantee.fake_one_pay_four"].source.date


def test_second_load_does_not_parse_toml(tmp_path, monkeypatch):
    expected = load_pack(cache=tmp_path)
    monkeypatch.setattr("core.rulepack._parse_files", lambda files: pytest.fail("parsed again"))
    assert load_pack(cache=tmp_path) == expected


def test_an_edited_rule_file_is_read_again(tmp_path):
    folder = write_pack(tmp_path / "p", GOOD_RULE)
    cache = tmp_path / "cache"
    assert load_pack(folder, cache=cache)["ks.test.cap"].param("cap", bj("2024-06-01T00:00:00")) == "60000.00"
    # same length, so only the content tells: the cache is keyed by each file's bytes, not its size
    (folder / "test.toml").write_text(GOOD_RULE.replace("60000.00", "70000.00"), encoding="utf-8")
    assert load_pack(folder, cache=cache)["ks.test.cap"].param("cap", bj("2024-06-01T00:00:00")) == "70000.00"


def test_an_added_or_removed_file_is_noticed(tmp_path):
    folder = write_pack(tmp_path / "p", GOOD_RULE)
    cache = tmp_path / "cache"
    load_pack(folder, cache=cache)
    (folder / "more.toml").write_text(GOOD_RULE.replace("ks.test.cap", "ks.test.more"), encoding="utf-8")
    assert set(load_pack(folder, cache=cache).rules) == {"ks.test.cap", "ks.test.more"}
    (folder / "more.toml").unlink()
    assert set(load_pack(folder, cache=cache).rules) == {"ks.test.cap"}


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", b"\xe9\x00\x00\x00", None])
def test_a_damaged_cache_is_ignored_and_rewritten(tmp_path, damage):
    load_pack(cache=tmp_path)
    good = cache_file(tmp_path).read_bytes()
    cache_file(tmp_path).write_bytes(good[: len(good) // 2] if damage is None else damage)
    assert load_pack(cache=tmp_path) == load_pack()
    assert cache_file(tmp_path).read_bytes() == good


def forged_cache(folder, cache, docs):
    """A cache whose key and checksum are right but whose documents are not what the files say."""
    key = rulepack_cache._key({p.name: p.read_bytes() for p in sorted(folder.glob("*.toml"))})
    payload = marshal.dumps(docs)
    cache_file(cache).write_bytes(marshal.dumps((key, zlib.crc32(payload), payload)))


@pytest.mark.parametrize("docs", [
    [{"version": "t1"}, {"rule": "broken"}],  # fails validation
    [1, 2],  # not documents at all: would raise AttributeError, not RulePackError
    [{"version": "t1"}, {"rule": [{"id": ("date", "not a date")}]}],  # a bad tag
])
def test_a_cache_that_contradicts_the_files_gives_the_pack_of_the_files(tmp_path, docs):
    folder = write_pack(tmp_path / "p", GOOD_RULE)
    cache = tmp_path / "cache"
    load_pack(folder, cache=cache)
    forged_cache(folder, cache, docs)
    assert load_pack(folder, cache=cache)["ks.test.cap"].title == "测试上限"


def test_a_flipped_byte_inside_the_cache_is_noticed(tmp_path):
    folder = write_pack(tmp_path / "p", GOOD_RULE)
    cache = tmp_path / "cache"
    load_pack(folder, cache=cache)
    data = bytearray(cache_file(cache).read_bytes())
    at = data.index(b"60000.00")
    data[at] = ord("9")  # still valid marshal data, and still a valid pack: only the checksum tells
    cache_file(cache).write_bytes(bytes(data))
    assert load_pack(folder, cache=cache)["ks.test.cap"].param("cap", bj("2024-06-01T00:00:00")) == "60000.00"


def test_a_malformed_pack_is_refused_and_not_cached(tmp_path):
    folder = write_pack(tmp_path / "p", GOOD_RULE.replace('severity = "error"', 'severity = "fatal"'))
    cache = tmp_path / "cache"
    with pytest.raises(RulePackError, match="severity"):
        load_pack(folder, cache=cache)
    assert not cache_file(cache).exists()
    with pytest.raises(RulePackError, match="severity"):  # and refused again the next time
        load_pack(folder, cache=cache)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs a folder root cannot write")
def test_an_unwritable_cache_folder_still_loads(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert load_pack(cache=cache) == load_pack()
        assert not cache_file(cache).exists()
    finally:
        cache.chmod(stat.S_IRWXU)


def test_a_cache_path_that_is_a_file_still_loads(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder", encoding="utf-8")
    assert load_pack(cache=blocker) == load_pack()
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    assert list(tmp_path.iterdir()) == [blocker]
