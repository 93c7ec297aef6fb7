"""The rule pack every check uses for a data folder: the installed pack named active in
<data>/rulepacks/state.json (its files checked against its manifest again), else the built-in one.
Read at every start, so it imports no more than it needs (no signature library: the signature was
checked when the pack was installed, and the hashes checked here tie the files to that manifest)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from ..errors import RulePackError
from ..rulepack import RulePack, load_pack

FOLDER = "rulepacks"
STATE = "state.json"
MANIFEST = "manifest.json"
log = logging.getLogger("shop_assistant")


def root(data_dir: Path) -> Path:
    return data_dir / FOLDER


def read_state(data_dir: Path) -> dict[str, Any]:
    try:
        state = json.loads((root(data_dir) / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"history": [], "installed": {}}
    if not isinstance(state, dict) or not isinstance(state.get("history"), list):
        return {"history": [], "installed": {}}
    state.setdefault("installed", {})
    return state


def active_version(data_dir: Path) -> str | None:
    """The installed pack in use, or None (the built-in pack)."""
    history = read_state(data_dir)["history"]
    return str(history[-1]) if history else None


def builtin_pack() -> RulePack:
    from .in_use import default_pack  # the built-in pack, loaded once per process

    return default_pack()


def _verified_folder(data_dir: Path, version: str) -> Path:
    """The installed pack's folder after its files were checked against its manifest again."""
    import hashlib  # here, not at the top: loading OpenSSL is ~4 ms of a start on the built-in pack

    folder = root(data_dir) / version
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    for name, digest in manifest["files"].items():
        if hashlib.sha256((folder / name).read_bytes()).hexdigest() != digest:
            raise RulePackError(f"已安装的规则包 {version} 中的 {name} 被改动过")
    return folder


def load_active(data_dir: Path | None, cache: Path | None = None) -> tuple[RulePack, str | None]:
    """The pack every check uses for this data folder, and a problem to tell the seller (an installed
    pack that no longer verifies: then the built-in pack is used)."""
    if data_dir is None:
        return builtin_pack() if cache is None else load_pack(cache=cache), None
    version = active_version(data_dir)
    if version is None:
        return (load_pack(cache=cache) if cache is not None else builtin_pack()), None
    try:
        return load_pack(_verified_folder(data_dir, version)), None
    except (OSError, ValueError, KeyError, RulePackError) as exc:
        log.warning("installed rule pack %s not used: %s", version, exc)
        problem = f"已安装的规则包 {version} 无法使用（{exc}），暂用内置规则包。可在“设置 → 规则包”中重新安装或回退。"
        return (load_pack(cache=cache) if cache is not None else builtin_pack()), problem


def active_pack(data_dir: Path | None) -> RulePack:
    return load_active(data_dir)[0]


