"""`pack build|verify|keygen|install|list|rollback|diff|test|lint`: rule packs from the command line.

    python -m core pack keygen --out DIR                              a key pair (DIR/shop-rules.key, .pub)
    python -m core pack build resources/rules --key K -o FILE          a signed pack (tests and lint must pass)
    python -m core pack verify FILE [--trust-key PUB] [--data-dir D]   0 valid and trusted, 2 otherwise
    python -m core pack install FILE [--data-dir D] [--trust-key PUB] [--allow-downgrade]
    python -m core pack list|rollback [--data-dir D]
    python -m core pack diff OLD NEW [--data-dir D --shop S] [--format text|json]
    python -m core pack test DIR     python -m core pack lint DIR

OLD and NEW are pack files, rules folders, `builtin` or `active`.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import tomllib
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..packs import bundle, cases, diff, installed, lint, signing
from ..packs.bundle import PackRefused
from ..paths import data_dir
from ..rulepack import RulePack, load_pack
from ..store import Store
from ..values import BEIJING, parse_as_of

EXITS = "退出码：0 成功；1 规则测试或检查没有通过；2 文件、签名或参数有误（一行说明原因）。"


def add(sub: Any) -> None:
    cmd = sub.add_parser("pack", help="规则包：生成密钥、打包签名、校验、安装、回退、比较、测试、核对引文",
                         description="规则包的制作、校验与安装。" + EXITS)
    verbs = cmd.add_subparsers(dest="verb", required=True, parser_class=sub._parser_class)

    def verb(name: str, help_: str) -> argparse.ArgumentParser:
        made: argparse.ArgumentParser = verbs.add_parser(name, help=help_, description=f"{help_}。{EXITS}")
        return made

    def data_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("--data-dir", help="数据文件夹（默认：$SHOP_ASSISTANT_DATA，或系统的用户数据目录）")

    def trust_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("--trust-key", action="append", default=[], metavar="PUB",
                       help="额外信任的公钥文件（.pub；可多次使用）")

    p = verb("keygen", "生成一对 Ed25519 签名密钥（私钥 .key 请妥善保管，公钥 .pub 发给使用者）")
    p.add_argument("--out", required=True, help="放密钥的文件夹")
    p.add_argument("--name", default="shop-rules", help="文件名（默认 shop-rules）")
    p.set_defaults(run=_keygen)

    p = verb("build", "把规则文件夹打成签名的规则包（规则测试与引文核对须先通过）")
    p.add_argument("folder", help="规则文件夹（例如 resources/rules）")
    p.add_argument("--key", required=True, help="私钥文件（pack keygen 生成的 .key）")
    p.add_argument("-o", "--output", help="输出文件（默认 shop-rules-版本号.rulepack）")
    p.set_defaults(run=_build)

    p = verb("verify", "校验规则包的签名与文件，输出其清单")
    p.add_argument("file")
    trust_arg(p)
    data_arg(p)
    p.set_defaults(run=_verify)

    p = verb("install", "安装规则包（校验、规则测试、版本比较都通过后才启用）")
    p.add_argument("file")
    trust_arg(p)
    data_arg(p)
    p.add_argument("--allow-downgrade", action="store_true", help="允许安装不比当前新的版本")
    p.set_defaults(run=_install)

    p = verb("list", "列出已安装的规则包（正在使用的在最前）")
    data_arg(p)
    p.add_argument("--format", choices=("text", "json"), default="text", help="输出格式（默认 text）")
    p.set_defaults(run=_list)

    p = verb("rollback", "停用最近安装的规则包，换回上一个（没有则换回内置规则包）")
    data_arg(p)
    p.set_defaults(run=_rollback)

    p = verb("diff", "比较两个规则包：规则的变化，以及（给了 --shop 时）对店铺已保存方案的影响")
    p.add_argument("old", help="规则包文件、规则文件夹、builtin（内置）或 active（正在使用的）")
    p.add_argument("new", help="同上")
    trust_arg(p)
    data_arg(p)
    p.add_argument("--shop", help="店铺名称或编号；all 为全部店铺")
    p.add_argument("--as-of", help="按此时间检查方案（默认现在）")
    p.add_argument("--format", choices=("text", "json"), default="text", help="输出格式（默认 text）")
    p.set_defaults(run=_diff)

    p = verb("test", "运行规则文件夹中的规则测试（tests/*.toml）")
    p.add_argument("folder")
    p.set_defaults(run=_test)

    p = verb("lint", "核对规则：引文都能在原文中找到、日期有序、参数都被读取、每条规则都有测试")
    p.add_argument("folder")
    p.set_defaults(run=_lint)


def _refused(exc: PackRefused) -> int:
    print(f"错误：{exc.message}", file=sys.stderr)
    return 2


def _keygen(args: argparse.Namespace) -> int:
    try:
        pair = signing.generate(Path(args.out), args.name)
    except signing.KeyError_ as exc:
        raise InputError("--out", str(exc)) from None
    print(f"私钥：{pair.secret}（请妥善保管，不要发给别人）\n公钥：{pair.public}（发给使用者，放进数据文件夹的 keys/ 中）")
    return 0


def _folder(path: str) -> Path:
    folder = Path(path)
    if not (folder / "pack.toml").is_file():
        raise InputError(path, "不是规则文件夹（里面没有 pack.toml）")
    return folder


def _build(args: argparse.Namespace) -> int:
    folder = _folder(args.folder)
    pack = load_pack(folder)
    result = lint.lint(folder, pack)
    if not result.ok:
        print(f"没有打包：规则核对有 {len(result.errors)} 处问题：", file=sys.stderr)
        for line in result.errors:
            print(f"  {line}", file=sys.stderr)
        return 1
    meta = tomllib.loads((folder / "pack.toml").read_text(encoding="utf-8"))
    try:
        data = bundle.build(bundle.collect(folder), meta, Path(args.key))
    except signing.KeyError_ as exc:
        raise InputError("--key", str(exc)) from None
    out = Path(args.output or f"shop-rules-{pack.version}{bundle.SUFFIX}")
    out.write_bytes(data)
    print(f"已生成规则包 {out}（版本 {pack.version}，{len(bundle.collect(folder))} 个文件，{result.cases} 条规则测试通过）")
    return 0


def _data(args: argparse.Namespace) -> Path:
    return data_dir(getattr(args, "data_dir", None))


def _trust(args: argparse.Namespace) -> list[Path]:
    return [Path(p) for p in args.trust_key]


def _verify(args: argparse.Namespace) -> int:
    try:
        opened = bundle.open_pack(Path(args.file), signing.trusted_keys(_data(args), _trust(args)))
    except (PackRefused, signing.KeyError_) as exc:
        return _refused(exc if isinstance(exc, PackRefused) else PackRefused("bad_key", str(exc)))
    manifest = opened.manifest
    print(f"有效：规则包 {manifest['version']}（{manifest.get('date', '')}），由{opened.signer}签名；"
          f"需要程序 {manifest['min_app']} 或更新；{len(manifest['files'])} 个文件校验一致。")
    for entry in manifest["changelog"]:
        print(f"  · {entry.get('version', '')} {entry.get('date', '')} {entry.get('text', '')}")
    return 0


def _install(args: argparse.Namespace) -> int:
    data = _data(args)
    try:
        done = installed.install(Path(args.file), data, trust=_trust(args), allow_downgrade=args.allow_downgrade)
    except PackRefused as exc:
        return _refused(exc)
    except signing.KeyError_ as exc:
        return _refused(PackRefused("bad_key", str(exc)))
    print(f"已安装并启用规则包 {done.version}（{done.date}），签名：{done.signer}。")
    return 0


def _list(args: argparse.Namespace) -> int:
    packs = installed.installed(_data(args))
    if args.format == "json":
        print(json.dumps([p.__dict__ for p in packs], ensure_ascii=False, indent=2))
        return 0
    builtin = load_pack()
    if not packs:
        print(f"正在使用内置规则包 {builtin.version}（{builtin.date or ''}）；没有安装其他规则包。")
    for p in packs:
        print(f"{'* 正在使用' if p.active else '  '} {p.version}（{p.date}） 安装于 {p.installed_at[:16].replace('T', ' ')}，"
              f"签名：{p.signer}")
    if packs:
        print(f"   内置 {builtin.version}（{builtin.date or ''}）：始终保留")
    return 0


def _rollback(args: argparse.Namespace) -> int:
    try:
        now = installed.rollback(_data(args))
    except PackRefused as exc:
        return _refused(exc)
    print(f"已回退：现在使用{'规则包 ' + now if now else '内置规则包'}。")
    return 0


def _pack(spec: str, args: argparse.Namespace, keep: list[tempfile.TemporaryDirectory[str]]) -> RulePack:
    if spec == "builtin":
        return load_pack()
    if spec == "active":
        return installed.active_pack(_data(args))
    path = Path(spec)
    if path.is_dir():
        return load_pack(_folder(spec))
    opened = bundle.open_pack(path, signing.trusted_keys(_data(args), _trust(args)))
    scratch = tempfile.TemporaryDirectory(prefix="shop-rules-")
    keep.append(scratch)
    for name, data in opened.files.items():
        target = Path(scratch.name) / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return load_pack(Path(scratch.name))


def _diff(args: argparse.Namespace) -> int:
    keep: list[tempfile.TemporaryDirectory[str]] = []
    try:
        try:
            old, new = _pack(args.old, args, keep), _pack(args.new, args, keep)
        except PackRefused as exc:
            return _refused(exc)
        return _show_diff(args, old, new)
    finally:
        # only now: a pack's files (a rule's model) are read while its plans are checked
        for scratch in keep:
            scratch.cleanup()


def _show_diff(args: argparse.Namespace, old: RulePack, new: RulePack) -> int:
    rules = diff.rule_changes(old, new)
    shops = None
    if args.shop:
        from .imports import find_shop, healthy_db

        store = Store(healthy_db(getattr(args, "data_dir", None)))
        try:
            now = parse_as_of(args.as_of) if args.as_of else datetime.now(BEIJING)
            all_shops = diff.shop_changes(store, old, new, now)
            if args.shop != "all":
                wanted = find_shop(store, args.shop).name
                all_shops = [s for s in all_shops if s.shop == wanted]
            shops = all_shops
        finally:
            store.close()
    if args.format == "json":
        print(json.dumps(diff.as_dict(rules, shops), ensure_ascii=False, indent=2))
    else:
        print(diff.text(rules, shops))
    return 0


def _test(args: argparse.Namespace) -> int:
    folder = _folder(args.folder)
    outcomes = cases.run_cases(folder / cases.TESTS, load_pack(folder))
    failed = [o for o in outcomes if not o.ok]
    for o in failed:
        print(f"未通过：{o.case.name}（{o.case.file}）：{'；'.join(o.problems)}")
    print(f"规则测试 {len(outcomes)} 条，通过 {len(outcomes) - len(failed)} 条，未通过 {len(failed)} 条。")
    return 1 if failed else 0


def _lint(args: argparse.Namespace) -> int:
    result = lint.lint(_folder(args.folder))
    for line in result.errors:
        print(f"问题：{line}")
    for line in result.notes:
        print(f"说明：{line}")
    print(f"引文 {result.quotes_checked} 条：在原文中找不到 {result.quotes_missing} 条，没有原文可核对 "
          f"{result.quotes_without_source} 条；规则测试 {result.cases} 条；问题 {len(result.errors)} 处。")
    return 0 if result.ok else 1
