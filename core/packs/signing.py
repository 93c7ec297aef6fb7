"""Ed25519 keys for rule packs (PyNaCl, i.e. libsodium): make a pair, sign a manifest, say whether a
signature is by a key the app trusts.

Key files are one line of hex: `NAME.key` (the 32-byte seed: keep it secret, never in the repo) and
`NAME.pub` (the 32-byte public key). The app trusts the public keys in resources/keys/ (the
maintainers' release key), in `<data>/keys/` (put there by the person at the computer) and any given
with --trust-key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from ..paths import resource

KEYS_FOLDER = "keys"


class KeyError_(ValueError):
    """A key file that is not a key (named, with why)."""


@dataclass(frozen=True)
class KeyPair:
    secret: Path
    public: Path


@dataclass(frozen=True)
class Trusted:
    name: str  # where it came from, for messages: "内置发布密钥 release.pub", "<data>/keys/x.pub"
    key: VerifyKey

    @property
    def fingerprint(self) -> str:
        return bytes(self.key).hex()[:16]


def generate(folder: Path, name: str = "shop-rules") -> KeyPair:
    """A new key pair written to `folder` (the secret readable by its owner only)."""
    folder.mkdir(parents=True, exist_ok=True)
    secret, public = folder / f"{name}.key", folder / f"{name}.pub"
    if secret.exists() or public.exists():
        raise KeyError_(f"{secret} 或 {public} 已存在：不会覆盖已有的密钥")
    key = SigningKey.generate()
    secret.write_text(bytes(key).hex() + "\n", encoding="ascii")
    secret.chmod(0o600)
    public.write_text(bytes(key.verify_key).hex() + "\n", encoding="ascii")
    return KeyPair(secret, public)


def _hex(path: Path, what: str) -> bytes:
    try:
        raw = bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise KeyError_(f"{path}: 不是{what}（应为一行 64 位十六进制）：{exc}") from None
    if len(raw) != 32:
        raise KeyError_(f"{path}: 不是{what}（长度应为 32 字节，实为 {len(raw)}）")
    return raw


def signing_key(path: Path) -> SigningKey:
    return SigningKey(_hex(path, "私钥"))


def public_key(path: Path) -> VerifyKey:
    return VerifyKey(_hex(path, "公钥"))


def sign(data: bytes, key: SigningKey) -> bytes:
    return bytes(key.sign(data).signature)


def trusted_keys(data_dir: Path | None = None, extra: list[Path] | None = None) -> list[Trusted]:
    """The public keys a pack may be signed with."""
    found: list[Trusted] = []
    for path in sorted(resource(KEYS_FOLDER).glob("*.pub")):
        found.append(Trusted(f"内置发布密钥 {path.name}", public_key(path)))
    if data_dir is not None and (data_dir / KEYS_FOLDER).is_dir():
        for path in sorted((data_dir / KEYS_FOLDER).glob("*.pub")):
            found.append(Trusted(f"数据文件夹中的密钥 {path.name}", public_key(path)))
    for path in extra or []:
        found.append(Trusted(f"--trust-key {path.name}", public_key(path)))
    return found


def signed_by(data: bytes, signature: bytes, keys: list[Trusted]) -> Trusted | None:
    """The trusted key that made this signature over `data`, or None."""
    for trusted in keys:
        try:
            trusted.key.verify(data, signature)
        except (BadSignatureError, ValueError):
            continue
        return trusted
    return None
