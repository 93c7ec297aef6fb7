"""Reading and writing plan files: the contract JSON shapes, UTF-8, written all or nothing."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from . import jsontext
from .errors import InputError


def read_plan(path: Path | str) -> dict[str, Any]:
    """A plan file's JSON object; InputError naming the file (and line) when it cannot be used."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"无法读取文件：{exc.strerror or exc}") from None
    try:
        data = jsontext.parse(raw.decode("utf-8-sig"))  # bounded: depth and number length (a hostile file)
    except UnicodeDecodeError:
        raise InputError(str(path), "文件不是 UTF-8 编码的 JSON") from None
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"JSON 格式错误，第 {exc.lineno} 行第 {exc.colno} 列：{exc.msg}") from None
    if not isinstance(data, dict):
        raise InputError(str(path), "计划文件的顶层应为 JSON 对象 {…}")
    return data


def write_plan(path: Path | str, data: dict[str, Any]) -> None:
    """Write a plan as pretty UTF-8 JSON; the old file stays intact if anything fails."""
    path = Path(path)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
