import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.paths import resource
from tests.conftest import SHARED_CONTRACT

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes_and_says_what_it_checked():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "gui", "--self-test"], cwd=ROOT, env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    line = result.stdout.strip()
    assert line.startswith("self-test ok") and "SQLite" in line and "defusedxml" in line
    assert "lottery" in line and "主窗口" in line and "规则缓存可读写" in line


@pytest.mark.skipif(not SHARED_CONTRACT.is_dir(), reason="the shared contract folder is not beside the repo")
def test_bundled_examples_are_the_contract_examples():
    assert sorted(p.name for p in SHARED_CONTRACT.glob("*.json")) == sorted(
        p.name for p in resource("examples").glob("*.json"))
    for path in SHARED_CONTRACT.glob("*.json"):
        bundled = resource("examples", path.name)
        assert json.loads(bundled.read_text(encoding="utf-8")) == json.loads(path.read_text(encoding="utf-8"))
