"""The rule pack read when first asked for (the app's start): once, whoever asks first, and a read
that fails fails for every caller and is tried again."""

import threading
import time

import pytest

from core.errors import RulePackError
from core.packs.in_use import default_pack
from core.packs.pending import PendingPack, resolved


def test_two_threads_asking_at_once_read_the_pack_once():
    reads = []

    def load():
        reads.append(threading.current_thread().name)
        time.sleep(0.05)  # a slow read: the second caller arrives while it runs
        return default_pack()

    pending = PendingPack(load)
    got = []
    threads = [threading.Thread(target=lambda: got.append(pending.get())) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(reads) == 1
    assert got == [default_pack(), default_pack()] and pending.ready()
    assert resolved(pending) is got[0] and resolved(default_pack()) is default_pack()


def test_a_read_that_fails_fails_for_each_caller_and_is_tried_again():
    attempts = []

    def load():
        attempts.append(1)
        if len(attempts) < 3:
            raise RulePackError("lottery.toml: 缺少 title")
        return default_pack()

    pending = PendingPack(load)
    for _ in range(2):
        with pytest.raises(RulePackError, match="缺少 title"):
            pending.get()
        assert not pending.ready()
    assert pending.get() is default_pack() and len(attempts) == 3
