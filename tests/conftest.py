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


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path, monkeypatch):
    """No test ever touches the real per-user data folder."""
    monkeypatch.setenv("SHOP_ASSISTANT_DATA", str(tmp_path / "data"))


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
