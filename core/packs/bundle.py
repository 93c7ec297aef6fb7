"""A pack file: build one from a rules folder, and open one only after every check has passed.

Checks on open, in order, each refusal naming what failed (PackRefused.kind, .message):
the file is a zip within size limits with safe names; it carries a manifest and a signature
(`unsigned`); the signature is by a trusted key (`bad_signature`); the manifest reads
(`bad_manifest`); every file listed is there with its SHA-256 and nothing else is (`hash_mismatch`,
`missing_file`, `extra_file`); the app is new enough (`needs_newer_app`). What the files say (rules
that load, tests that pass) is checked by the installer on the extracted folder.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..values import BEIJING, iso

if TYPE_CHECKING:
    from .signing import Trusted

FORMAT = 1
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
PREFIX = "rules/"
SUFFIX = ".rulepack"
MAX_PACK_BYTES = 20 * 1024 * 1024
MAX_FILES = 2_000
MAX_FILE_BYTES = 10 * 1024 * 1024
# What a rules folder contributes to a pack: the rule files, their tests, their source texts, the
# models a rule names (its `second_opinion`, with the model's SHA-256).
INCLUDED = ("*.toml", "tests/**/*.toml", "tests/**/*.json", "sources/*.txt", "sources/*.toml", "sources/*.md",
            "models/*.json.gz")


class PackRefused(Exception):
    """A pack file that must not be used; `kind` says which check failed, `message` says it in Chinese."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind, self.message = kind, message


@dataclass(frozen=True)
class Opened:
    manifest: dict[str, Any]
    files: dict[str, bytes]  # path inside the rules folder -> bytes
    signer: str

    @property
    def version(self) -> str:
        return str(self.manifest["version"])


def version_key(version: str) -> tuple[int, ...]:
    """"2026.11.23.2" -> (2026, 11, 23, 2), for ordering packs."""
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        raise PackRefused("bad_manifest", f"版本号“{version}”应为以点分隔的数字，例如 2026.12.05.1") from None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def collect(folder: Path) -> dict[str, bytes]:
    """The files of a rules folder that go into a pack (paths relative to it, with /)."""
    found: dict[str, bytes] = {}
    for pattern in INCLUDED:
        for path in sorted(folder.glob(pattern)):
            if path.is_file():
                found[path.relative_to(folder).as_posix()] = path.read_bytes()
    return dict(sorted(found.items()))


def manifest_for(files: dict[str, bytes], meta: dict[str, Any], now: datetime | None = None) -> dict[str, Any]:
    """The manifest of a pack: `meta` is pack.toml (version, date, min_app, changelog)."""
    date: Any = meta.get("date")
    return {
        "format": FORMAT,
        "version": str(meta["version"]),
        "date": date.isoformat() if hasattr(date, "isoformat") else str(date or ""),
        "min_app": str(meta.get("min_app") or __version__),
        "created_at": iso(now or datetime.now(BEIJING)),
        "files": {name: sha256(data) for name, data in files.items()},
        "changelog": [_change(c) for c in meta.get("changelog") or []],
    }


def _change(entry: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in entry.items()}


def build(files: dict[str, bytes], meta: dict[str, Any], key_path: Path, now: datetime | None = None) -> bytes:
    """The bytes of a signed pack file."""
    from .signing import sign, signing_key  # the signature library only where a signature is made

    manifest = json.dumps(manifest_for(files, meta, now), ensure_ascii=False, indent=2, sort_keys=True).encode()
    signature = sign(manifest, signing_key(key_path))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest)
        archive.writestr(SIGNATURE, signature.hex())
        for name, data in files.items():
            archive.writestr(PREFIX + name, data)
    return out.getvalue()


def _safe(name: str) -> bool:
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and "\\" not in name and ":" not in name


def open_pack(path: Path, trusted: list[Trusted], app_version: str = __version__) -> Opened:
    """The pack's manifest and files, once every check has passed; PackRefused otherwise."""
    from .signing import signed_by
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PackRefused("unreadable", f"无法读取规则包文件 {path}：{exc.strerror or exc}") from None
    if size > MAX_PACK_BYTES:
        raise PackRefused("too_large", f"规则包文件 {size / 1e6:.0f} MB，超过上限 {MAX_PACK_BYTES // 2**20} MB")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise PackRefused("not_a_pack", f"{path.name} 不是规则包文件（应为本程序导出的 {SUFFIX} 文件）") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_FILES or any(i.file_size > MAX_FILE_BYTES for i in infos):
            raise PackRefused("too_large", "规则包里的文件过多或过大，已拒绝")
        names = [i.filename for i in infos]
        if not all(_safe(n) for n in names) or len(set(names)) != len(names):
            raise PackRefused("bad_names", "规则包里有不安全或重复的文件名，已拒绝")
        if MANIFEST not in names or SIGNATURE not in names:
            raise PackRefused("unsigned", "规则包没有签名（缺少 manifest.sig）：无法确认来源，已拒绝。"
                                          "请向发布方索取签名的规则包。")
        manifest_bytes = archive.read(MANIFEST)
        try:
            signature = bytes.fromhex(archive.read(SIGNATURE).decode("ascii").strip())
        except (UnicodeDecodeError, ValueError):
            signature = b""
        signer = signed_by(manifest_bytes, signature, trusted)
        if signer is None:
            raise PackRefused("bad_signature", "规则包的签名无效，或不是由受信任的密钥签名：文件可能被改动过，"
                                               "或来自未知的发布方，已拒绝。")
        manifest = _manifest(manifest_bytes)
        listed: dict[str, str] = manifest["files"]
        inside = {n[len(PREFIX):]: n for n in names if n.startswith(PREFIX)}
        extra = sorted(set(n for n in names if n not in (MANIFEST, SIGNATURE) and not n.startswith(PREFIX))
                       | (set(inside) - set(listed)))
        if extra:
            raise PackRefused("extra_file", f"规则包里有清单之外的文件：{'、'.join(extra[:5])}，已拒绝")
        files: dict[str, bytes] = {}
        for name, digest in listed.items():
            if name not in inside:
                raise PackRefused("missing_file", f"规则包缺少清单中的文件 {name}，已拒绝")
            data = archive.read(inside[name])
            if sha256(data) != digest:
                raise PackRefused("hash_mismatch", f"规则包中的 {name} 与清单的校验值不符（文件被改动过），已拒绝")
            files[name] = data
    if version_key(manifest["min_app"]) > version_key(app_version):
        raise PackRefused("needs_newer_app", f"这个规则包需要 {manifest['min_app']} 或更新版本的小店合规助手"
                                             f"（当前 {app_version}）：请先升级程序")
    return Opened(manifest, files, signer.name)


def _manifest(raw: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(raw)
    except (UnicodeDecodeError, ValueError):
        raise PackRefused("bad_manifest", "规则包清单（manifest.json）无法读取，已拒绝") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackRefused("bad_manifest", "规则包清单的格式不是本程序认识的版本，已拒绝")
    for key, kind in (("version", str), ("min_app", str), ("created_at", str), ("files", dict),
                      ("changelog", list)):
        if not isinstance(manifest.get(key), kind):
            raise PackRefused("bad_manifest", f"规则包清单缺少或写错了 {key}，已拒绝")
    if not all(isinstance(k, str) and _safe(k) and isinstance(v, str) for k, v in manifest["files"].items()):
        raise PackRefused("bad_manifest", "规则包清单中的文件列表有误，已拒绝")
    version_key(manifest["version"])
    version_key(manifest["min_app"])
    return manifest
