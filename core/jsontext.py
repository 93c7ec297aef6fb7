"""JSON for big documents, in steps short enough for the window to keep painting.

`json.dumps` and `json.loads` run in C and hold Python's GIL from start to end: a 60,000-row
after-sales document (6.6 MB) takes 110 ms to write and 70 ms to read, during which no other thread
runs Python, so the window (whose every paint calls into Python) stalls that long even though the
work is on a worker thread. These two do the same in pieces: a long list at the top level of an
object (or the top-level list itself) is written and read `STEP` items at a time, with a Python step
between pieces at which other threads get their turn.

The text is exactly what `json.dumps(data, ensure_ascii=False)` writes, and `loads` reads any JSON
text (documents written before, by hand, or by another program).

`parse` reads JSON text from outside the app (a plan file handed to `python -m core check`) within the
limits of core.limits: a whole number of more than MAX_NUMBER_CHARS digits (Python's int() refuses
4,300 with a ValueError, and takes quadratic time below that), NaN, Infinity or a number past a float's
range, and nesting deeper than the decoder's recursion are refused with a JSONLimitError saying where.
Nesting within that but past MAX_JSON_DEPTH is refused by core.validate, which names the field.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from .limits import MAX_JSON_DEPTH, MAX_NUMBER_CHARS

STEP = 500  # list items per piece: about 1 ms of work each
_decoder = json.JSONDecoder()
_SPACE = " \t\n\r"
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')  # a string, or a bracket outside strings


class JSONLimitError(json.JSONDecodeError):
    """JSON text that is well-formed but past a limit (core.limits); `msg` says which, in Chinese."""


class _Refused(ValueError):
    def __init__(self, message: str, literal: str) -> None:
        super().__init__(message)
        self.message = message
        self.literal = literal


def _int(literal: str) -> int:
    if len(literal.lstrip("-")) > MAX_NUMBER_CHARS:
        raise _Refused(f"数字有 {len(literal.lstrip('-')):,} 位，超过 {MAX_NUMBER_CHARS} 位的上限", literal)
    return int(literal)


def _float(literal: str) -> float:
    value = float(literal)  # linear in the length, unlike int()
    if not math.isfinite(value):
        raise _Refused(f"数字 {literal[:MAX_NUMBER_CHARS]} 超出可用范围", literal)
    return value


def _constant(literal: str) -> Any:
    raise _Refused(f"{literal} 不是有效的 JSON 数字", literal)


def parse(text: str) -> Any:
    """json.loads(text) within the limits; JSONLimitError (a json.JSONDecodeError) past one of them,
    json.JSONDecodeError for text that is not JSON."""
    try:
        return json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except _Refused as refused:
        raise JSONLimitError(refused.message, text, max(text.find(refused.literal), 0)) from None
    except RecursionError:
        raise JSONLimitError(f"嵌套超过 {MAX_JSON_DEPTH} 层的上限", text, _too_deep(text)) from None


def _too_deep(text: str) -> int:
    """Where the nesting first passes MAX_JSON_DEPTH (0 when it cannot be told)."""
    depth = 0
    for token in _TOKEN.finditer(text):
        mark = token.group()
        if mark in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return token.start()
        elif mark in "]}":
            depth -= 1
    return 0


def dumps(data: Any) -> str:
    """json.dumps(data, ensure_ascii=False), in pieces where the data is big."""
    if isinstance(data, list) and len(data) > STEP:
        return _list(data)
    if isinstance(data, dict) and any(isinstance(v, list) and len(v) > STEP for v in data.values()):
        parts = [f"{json.dumps(str(k) if not isinstance(k, str) else k, ensure_ascii=False)}: "
                 f"{_list(v) if isinstance(v, list) and len(v) > STEP else json.dumps(v, ensure_ascii=False)}"
                 for k, v in data.items()]
        return "{" + ", ".join(parts) + "}"
    return json.dumps(data, ensure_ascii=False)


def _list(items: list[Any]) -> str:
    pieces = [json.dumps(items[i:i + STEP], ensure_ascii=False)[1:-1] for i in range(0, len(items), STEP)]
    return "[" + ", ".join(pieces) + "]"


def loads(text: str) -> Any:
    """json.loads(text), reading the items of a top-level list, or of lists that are values of a
    top-level object, one at a time. Raises json.JSONDecodeError as json.loads does."""
    at = _skip(text, 0)
    if at < len(text) and text[at] in "[{":
        value, end = (_array(text, at) if text[at] == "[" else _object(text, at))
        if _skip(text, end) != len(text):
            raise json.JSONDecodeError("Extra data", text, _skip(text, end))
        return value
    return json.loads(text)


def _skip(text: str, at: int) -> int:
    while at < len(text) and text[at] in _SPACE:
        at += 1
    return at


def _expect(text: str, at: int, chars: str, what: str) -> int:
    at = _skip(text, at)
    if at >= len(text) or text[at] not in chars:
        raise json.JSONDecodeError(f"Expecting {what}", text, at)
    return at


def _array(text: str, at: int) -> tuple[list[Any], int]:
    """The list starting at text[at] == "[", read item by item; (list, index after it)."""
    items: list[Any] = []
    at = _skip(text, at + 1)
    if at < len(text) and text[at] == "]":
        return items, at + 1
    while True:
        value, at = _decoder.raw_decode(text, _skip(text, at))
        items.append(value)
        at = _expect(text, at, ",]", "',' delimiter")
        if text[at] == "]":
            return items, at + 1
        at += 1


def _object(text: str, at: int) -> tuple[dict[str, Any], int]:
    out: dict[str, Any] = {}
    at = _skip(text, at + 1)
    if at < len(text) and text[at] == "}":
        return out, at + 1
    while True:
        at = _expect(text, at, '"', "property name enclosed in double quotes")
        key, at = _decoder.raw_decode(text, at)
        at = _expect(text, at, ":", "':' delimiter") + 1
        at = _skip(text, at)
        if at < len(text) and text[at] == "[":
            out[key], at = _array(text, at)
        else:
            out[key], at = _decoder.raw_decode(text, at)
        at = _expect(text, at, ",}", "',' delimiter")
        if text[at] == "}":
            return out, at + 1
        at += 1
