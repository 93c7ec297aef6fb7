"""Full garbage collections wait for the seller to leave the window, and for background work."""

import gc
import threading
import weakref

import pytest
from PySide6.QtCore import QObject, Qt

from gui import memory

from gui.ops import Op


@pytest.fixture
def collector(qapp):
    before = gc.get_threshold()
    made = memory.Collector(qapp)
    yield made
    made.deleteLater()
    gc.set_threshold(*before)


def test_the_allocator_never_starts_a_full_collection(collector):
    assert gc.get_threshold()[2] == memory.NEVER


def test_leaving_the_window_collects_a_cycle(collector, qapp):
    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a
    gone = weakref.ref(a)
    del a, b
    assert gone() is not None  # a cycle: reference counting alone does not free it
    collector._state_changed(Qt.ApplicationState.ApplicationInactive)
    assert collector.pauses, "going to the background ran no collection"
    assert gone() is None


def test_no_collection_while_work_runs(collector, qtbot):
    release = threading.Event()
    owner = QObject()
    op = Op.compute(owner, lambda progress: release.wait(10))
    op.run()
    assert memory.running()
    collector._state_changed(Qt.ApplicationState.ApplicationHidden)
    assert collector.pauses == []
    release.set()
    qtbot.waitUntil(lambda: not memory.running(), timeout=5000)
    collector._state_changed(Qt.ApplicationState.ApplicationHidden)
    assert len(collector.pauses) == 1


def test_staying_active_collects_at_least_every_half_hour(collector, monkeypatch):
    collector._maybe()
    assert collector.pauses == []
    monkeypatch.setattr(memory, "AT_LEAST_EVERY_S", 0)
    collector._maybe()
    assert len(collector.pauses) == 1


def test_the_active_state_written_as_its_value_is_qts():
    assert memory.APPLICATION_ACTIVE == Qt.ApplicationState.ApplicationActive.value


def test_coming_back_to_the_window_does_not_collect(collector):
    collector._state_changed(Qt.ApplicationState.ApplicationActive)
    assert not collector.pauses


def test_a_rebuilt_application_shares_the_one_collector(qapp):
    first = memory.Collector.for_app(qapp)
    assert memory.Collector.for_app(qapp) is first


def test_once_watching_leaving_the_app_collects(collector, qapp):
    collector.watch()
    collector.watch()  # twice: still one connection
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert len(collector.pauses) == 1
