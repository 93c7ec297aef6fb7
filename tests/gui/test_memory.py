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
    gc.enable()  # as the other tests expect it


class _Node:
    pass


def garbage_cycle() -> weakref.ref:
    """Two objects that hold each other, let go of: reference counting alone does not free them."""
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def test_the_allocator_never_starts_a_full_collection(collector):
    assert gc.get_threshold()[2] == memory.NEVER


def test_leaving_the_window_collects_a_cycle(collector, qapp):
    gone = garbage_cycle()
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


CYCLES = 2_000


def test_garbage_a_worker_leaves_is_collected_on_the_ui_thread(collector, qtbot):
    """A worker that makes plenty of objects never collects itself (it would free the window's QObjects
    off the UI thread, and can deadlock with PySide): its cycles are freed by the UI thread's timer."""
    freed_on: list[str] = []

    class Node:
        pass

    def work(_progress):
        for _ in range(CYCLES):  # each cycle is garbage the allocator counts: far past its threshold
            a, b = Node(), Node()
            a.other, b.other = b, a
            weakref.finalize(a, lambda: freed_on.append(threading.current_thread().name))
            del a, b
        return True

    owner = QObject()
    op = Op.compute(owner, work)
    op.run()
    qtbot.waitUntil(lambda: not memory.running(), timeout=5000)
    # (a cycle still being built when the UI thread's timer ticked may have moved on to an older generation)
    qtbot.waitUntil(lambda: len(freed_on) >= CYCLES - 2, timeout=5000)
    assert set(freed_on) == {threading.main_thread().name}
    assert not gc.isenabled()


def test_the_young_generations_wait_for_enough_new_objects(collector):
    gc.collect()
    assert collector.collect_young() == 0  # nothing made since: nothing to do
    gone = garbage_cycle()
    made = [[i] for i in range(collector.young_threshold[0] * 2)]
    assert collector.collect_young() >= 2 and gone() is None
    del made


def test_work_waits_at_its_next_step_while_the_window_paints_and_never_longer_than_the_limit(qtbot):
    """gui.ops.painting (MainWindow's repaints): a worker that reaches a progress step waits until the
    paint is done, so the paint's hundreds of calls into Python do not each wait for the GIL; and a
    paint that runs long holds it back no more than PAINT_PAUSE_MAX_S a step."""
    import time

    from gui import ops

    steps: list[float] = []
    stop = threading.Event()

    def work(progress):
        while not stop.is_set():
            progress.step(len(steps))
            steps.append(time.monotonic())
        return True

    owner = QObject()
    Op.compute(owner, work).run()
    qtbot.waitUntil(lambda: len(steps) > 100, timeout=5000)
    with ops.painting():
        time.sleep(0.02)  # the worker reaches its next step and waits there
        began, before = time.monotonic(), len(steps)
        time.sleep(0.03)
        during = [t for t in steps[before:] if t >= began]
    assert len(during) <= 1  # at most the step it was taking when the paint began
    qtbot.waitUntil(lambda: len(steps) > before + 100, timeout=5000)  # going again once painted
    with ops.painting():
        at_start = len(steps)
        time.sleep(4 * ops.PAINT_PAUSE_MAX_S)
        went_on = len(steps) - at_start
    assert 1 <= went_on <= 10  # a long paint: a step every PAINT_PAUSE_MAX_S, not a stop, not full speed
    stop.set()
    qtbot.waitUntil(lambda: not memory.running(), timeout=5000)


def test_an_app_built_after_collection_was_turned_back_on_turns_it_off_again(qapp, tmp_path):
    """The board's worker once collected while the listing tab set its model, and the suite hung: a
    test before it had turned automatic collection back on, and the next app left it so."""
    from core.engine import default_pack
    from core.store import Store
    from gui.app import Application

    memory.Collector.for_app(qapp)
    gc.enable()
    store = Store(tmp_path / "gui.db")
    application = Application(qapp, store, default_pack())
    try:
        assert not gc.isenabled() and gc.get_threshold()[2] == memory.NEVER
    finally:
        from gui.notifier import DueNotifier
        from gui.ops import stop_all

        application.window.close()
        for notifier in qapp.findChildren(DueNotifier):
            notifier.stop()
        stop_all()
        store.close()
        gc.enable()  # as the other tests expect it
