"""Installed rule packs in the data folder, the built-in pack the floor that is never removed.

    <data>/rulepacks/<version>/            the pack's rules folder, as it was verified
    <data>/rulepacks/<version>/manifest.json  its manifest (hashes checked again at every load)
    <data>/rulepacks/<version>.rulepack    the signed file it came from
    <data>/rulepacks/state.json            {"history": [versions, oldest first]}: the last is active

Installing is: open_pack (signature, hashes, app version) -> extract to a folder of its own -> the
rules load -> its own rule tests pass -> newer than the active pack (unless allowed) -> only then the
state names it. Any refusal leaves the active pack as it was. Rolling back makes the previous one
active again (the built-in pack when there is none); files are kept, never deleted.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import RulePackError
from ..paths import resource
from ..rulepack import RulePack, load_pack
from ..values import BEIJING, iso
from .active import STATE, active_pack, active_version, load_active, read_state, root
from .bundle import MANIFEST, SUFFIX, Opened, PackRefused, open_pack, version_key
from .cases import TESTS, run_cases
from .signing import trusted_keys

BUILTIN = "内置规则包"


@dataclass(frozen=True)
class Installed:
    version: str
    date: str
    installed_at: str
    active: bool
    signer: str


@dataclass
class Prepared:
    """A pack verified and extracted, not yet active: `pack` is what the checks would use."""

    opened: Opened
    folder: Path
    pack: RulePack
    data_dir: Path

    @property
    def version(self) -> str:
        return self.opened.version

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _write_state(data_dir: Path, state: dict[str, Any]) -> None:
    folder = root(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".state-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(state, out, ensure_ascii=False, indent=2)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, folder / STATE)


def prepare(path: Path, data_dir: Path, *, trust: list[Path] | None = None,
            allow_downgrade: bool = False) -> Prepared:
    """Every check of an install, without making the pack active; PackRefused naming what failed."""
    opened = open_pack(path, trusted_keys(data_dir, trust))
    current = active_pack(data_dir)
    if not allow_downgrade and version_key(opened.version) <= version_key(current.version):
        raise PackRefused("not_newer", f"规则包 {opened.version} 不比正在使用的 {current.version} 新，未安装"
                                       "（确需换回旧版本，请用“回退”或 --allow-downgrade）")
    incoming = root(data_dir)
    incoming.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(dir=incoming, prefix=".incoming-"))
    try:
        for name, data in opened.files.items():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        manifest = json.dumps(opened.manifest, ensure_ascii=False, indent=2, sort_keys=True)
        (folder / MANIFEST).write_text(manifest, encoding="utf-8")
        try:
            pack = load_pack(folder)
        except RulePackError as exc:
            raise PackRefused("invalid", f"规则包中的规则有误，未安装：{exc}") from None
        if pack.version != opened.version:
            raise PackRefused("invalid", f"规则包清单写的版本 {opened.version} 与其中 pack.toml 的 {pack.version} 不一致")
        failed = _failed_cases(folder, pack)
        if failed:
            raise PackRefused("tests_failed", f"规则包自带的规则测试有 {len(failed)} 条没有通过，未安装：" + "；".join(failed[:3]))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Prepared(opened, folder, pack, data_dir)


def _failed_cases(folder: Path, pack: RulePack) -> list[str]:
    tests = folder / TESTS
    if not tests.is_dir():
        return []
    try:
        return [f"{o.case.name}：{o.problems[0]}" for o in run_cases(tests, pack) if not o.ok]
    except RulePackError as exc:
        return [str(exc)]


def commit(prepared: Prepared, source: Path | None = None) -> Installed:
    """Make a prepared pack the active one."""
    data_dir, version = prepared.data_dir, prepared.version
    packs = root(data_dir)
    target = packs / version
    aside = packs / f".replaced-{version}"
    if target.exists():  # installed before (then rolled back): the verified copy replaces it
        shutil.rmtree(aside, ignore_errors=True)
        os.replace(target, aside)  # kept until the new copy is in place
    try:
        os.replace(prepared.folder, target)
    except BaseException:
        if aside.exists() and not target.exists():
            os.replace(aside, target)
        raise
    shutil.rmtree(aside, ignore_errors=True)
    # the pack reads its files (a rule's model) from where they now are; prepared.folder stays the
    # incoming one, gone now, so that a discard after a failure below never removes the installed copy
    prepared.pack = dataclasses.replace(prepared.pack, folder=target)
    if source is not None:
        shutil.copyfile(source, packs / f"{version}{SUFFIX}")
    state = read_state(data_dir)
    state["history"] = [v for v in state["history"] if v != version] + [version]
    state["installed"][version] = {"at": iso(datetime.now(BEIJING)), "signer": prepared.opened.signer,
                                   "date": prepared.opened.manifest.get("date", "")}
    _write_state(data_dir, state)
    return Installed(version, str(state["installed"][version]["date"]), state["installed"][version]["at"], True,
                     prepared.opened.signer)


def install(path: Path, data_dir: Path, *, trust: list[Path] | None = None, allow_downgrade: bool = False) -> Installed:
    prepared = prepare(path, data_dir, trust=trust, allow_downgrade=allow_downgrade)
    try:
        return commit(prepared, path)
    except BaseException:
        prepared.discard()
        raise


def installed(data_dir: Path) -> list[Installed]:
    """The installed packs, newest install first (the active one first)."""
    state = read_state(data_dir)
    history = state["history"]
    out = []
    for version in reversed(history):
        info = state["installed"].get(version, {})
        out.append(Installed(version, str(info.get("date", "")), str(info.get("at", "")), version == history[-1],
                             str(info.get("signer", ""))))
    return out


def rollback(data_dir: Path) -> str | None:
    """Make the previously installed pack active again; returns it (None: the built-in pack). The
    rolled-back pack's files stay in the folder."""
    state = read_state(data_dir)
    if not state["history"]:
        raise PackRefused("nothing_to_roll_back", "正在使用的已经是内置规则包，没有可以回退的安装")
    state["history"] = state["history"][:-1]
    _write_state(data_dir, state)
    return str(state["history"][-1]) if state["history"] else None


def builtin_folder() -> Path:
    return resource("rules")


__all__ = ["active_pack", "active_version", "load_active", "commit", "install", "installed", "prepare", "rollback"]
