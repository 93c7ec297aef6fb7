"""The installed app's self-check: rule pack, database, one check of every kind, hardened XML."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from .checks import ALL_KINDS, registry
from .engine import check, default_pack
from .paths import resource
from .planfile import read_plan
from .store import Shop, Store
from .values import BEIJING

MIN_SQLITE = (3, 31, 0)
EXAMPLE_AS_OF = datetime(2023, 6, 10, 20, 0, tzinfo=BEIJING)


class SelfTestError(RuntimeError):
    """What failed, in one line."""


def run() -> list[str]:
    """Run every core self-check; returns the summary parts, raises SelfTestError on a failure."""
    parts = []
    pack = default_pack()
    parts.append(f"规则包 {pack.version}（{len(pack)} 条）")
    version = sqlite3.sqlite_version_info
    if version < MIN_SQLITE:
        raise SelfTestError(f"SQLite {sqlite3.sqlite_version} 过旧，需要 ≥ {'.'.join(map(str, MIN_SQLITE))}")
    parts.append(f"SQLite {sqlite3.sqlite_version}")
    try:
        import defusedxml  # noqa: F401  (openpyxl hardens .xlsx parsing when it is present)
        import openpyxl  # noqa: F401
    except ImportError as exc:
        raise SelfTestError(f"缺少 .xlsx 安全解析组件：{exc.name}") from None
    parts.append("XML 解析已加固（defusedxml）")
    try:
        from .importers.profiles import all_profiles
        from .packs.signing import signed_by, trusted_keys
        from nacl.signing import SigningKey

        profiles = all_profiles()
        key = SigningKey.generate()
        trusted = trusted_keys()
        probe_text = b"shop-assistant self-test"
        if signed_by(probe_text, bytes(key.sign(probe_text).signature), trusted):
            raise SelfTestError("规则包签名校验接受了不受信任的密钥")
        if not trusted:
            raise SelfTestError("没有内置的规则包发布公钥（resources/keys/*.pub）")
    except ImportError as exc:
        raise SelfTestError(f"缺少规则包签名组件：{exc.name}") from None
    parts.append(f"导入格式 {len(profiles)} 种，规则包签名校验可用（Ed25519，{len(trusted)} 个受信任公钥）")
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "selftest.db")
        shop = store.save_shop(Shop(name="自检"))
        store.save_plan(shop.id, "lottery", "自检", {"prizes": []})
        store.close()
    parts.append("数据库可写")
    landed = registry()
    done, missing = [], []
    for kind in ALL_KINDS:
        if kind not in landed:
            missing.append(kind)
            continue
        example = resource("examples", f"{kind}.json")
        try:
            check(kind, read_plan(example), EXAMPLE_AS_OF, pack)
        except Exception as exc:  # noqa: BLE001 - the self-test reports any failure as one line
            raise SelfTestError(f"检查 {kind} 失败：{type(exc).__name__}: {exc}") from None
        done.append(kind)
    parts.append(f"检查 {len(done)}/{len(ALL_KINDS)} 类通过（{', '.join(done)}）"
                 + (f"，尚未上线：{', '.join(missing)}" if missing else ""))
    return parts
