import itertools
import os
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.engine import default_pack  # noqa: E402
from core.store import Store  # noqa: E402
from core.values import BEIJING  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED_CONTRACT = ROOT.parent / "shared" / "contract"  # the team's contract, beside the checkout
# The app ships byte-identical copies (tests/gui/test_selftest.py keeps them so); a checkout without the
# shared folder beside it tests against those.
CONTRACT = SHARED_CONTRACT if SHARED_CONTRACT.is_dir() else ROOT / "resources" / "examples"


_DATA_FOLDERS = itertools.count()


@pytest.fixture(autouse=True)
def _isolated_data(request, tmp_path_factory, monkeypatch):
    """No test ever touches the real per-user data folder: each has one of its own, `tmp_path / "data"`
    when it declares tmp_path, itself or through a fixture (tests look for it there; one reaching tmp_path
    only by getfixturevalue gets the other kind), else a fresh name in the run's temporary folder,
    made only when the app writes there (a tmp_path for every test made a folder 20,000 times a run)."""
    if "tmp_path" in request.fixturenames:
        folder = request.getfixturevalue("tmp_path") / "data"
    else:
        folder = tmp_path_factory.getbasetemp() / "data" / str(next(_DATA_FOLDERS))
    monkeypatch.setenv("SHOP_ASSISTANT_DATA", str(folder))


@pytest.fixture
def pack():
    return default_pack()


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "fresh.db")
    yield s
    s.close()


def bj(text: str) -> datetime:
    """A Beijing time from 'YYYY-MM-DDTHH:MM[:SS]'."""
    return datetime.fromisoformat(text).replace(tzinfo=BEIJING)


@pytest.fixture
def readonly_folder(tmp_path):
    """A data folder holding a healthy database that this process cannot write to.

    As a normal user: the folder's write bits are taken away. As root (CI and the dev box), whom
    permissions do not stop: a read-only tmpfs is mounted over it; where mounting is not allowed,
    the test is skipped and says so."""
    import os
    import subprocess

    folder = tmp_path / "readonly"
    folder.mkdir()
    if os.geteuid() != 0:
        store = Store(folder / "shop-assistant.db")
        store.close()
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("running as root without permission to mount a read-only folder: "
                    f"{mounted.stderr.decode(errors='replace').strip()}")
    try:
        store = Store(folder / "shop-assistant.db")
        store.close()
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)
