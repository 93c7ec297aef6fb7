"""JSON for big documents, in steps short enough for the window to keep painting.

`json.dumps` and `json.loads` run in C and hold Python's GIL from start to end: a 60,000-row
after-sales document (6.6 MB) takes 110 ms to write and 70 ms to read, during which no other thread
runs Python, so the window (whose every paint calls into Python) stalls that long even though the
work is on a worker thread. These two do the same in pieces: a long list at the top level of an
object (or the top-level list itself) is written and read `STEP` items at a time, with a Python step
between pieces at which other threads get their turn.

The text is exactly what `json.dumps(data, ensure_ascii=False)` writes, and `loads` reads any JSON
text (documents written before, by hand, or by another program).
"""

from __future__ import annotations

import json
from typing import Any

STEP = 500  # list items per piece: about 1 ms of work each
_decoder = json.JSONDecoder()
_SPACE = " \t\n\r"


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
