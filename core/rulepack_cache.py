"""The parsed rule files, kept between runs so a start does not parse TOML again.

Parsing the nine TOML files (and importing tomllib) is ~7 ms of every start of the app. The cache
holds what tomllib returned, keyed by each file's name, length and CRC-32 of its bytes (and the
Python version, since it is written with `marshal`); any change to a rule file, or a cache that
cannot be read, means the files are parsed again. The loader validates the parsed documents the
same way whichever way they came, so the cache can make a start faster but never change a rule.

`marshal` rather than `pickle`: it builds plain data only (no code runs on load), is built in, and
loads 52 kB in well under a millisecond. TOML dates and times are stored as tagged tuples (TOML
itself never yields a tuple). The documents carry their own CRC-32, so a damaged cache (a flipped
byte that would still be valid marshal data) is noticed and not used.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

FILE_NAME = "rules.cache"
FORMAT = 1
_TAGS: dict[str, Callable[[str], Any]] = {
    "date": date.fromisoformat, "datetime": datetime.fromisoformat, "time": time.fromisoformat,
}

Docs = list[dict[str, Any]]


def _key(files: dict[str, bytes]) -> tuple[Any, ...]:
    sums = tuple((name, len(data), zlib.crc32(data)) for name, data in files.items())
    return (FORMAT, sys.version_info[:2], sums)


def _tag(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _tag(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_tag(v) for v in value]
    if isinstance(value, datetime):  # before date: a datetime is a date too
        return ("datetime", value.isoformat())
    if isinstance(value, date):
        return ("date", value.isoformat())
    if isinstance(value, time):
        return ("time", value.isoformat())
    return value


def _untag(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _untag(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_untag(v) for v in value]
    if isinstance(value, tuple):
        return _TAGS[value[0]](value[1])
    return value


def read(folder: Path, files: dict[str, bytes]) -> Docs | None:
    """The cached documents of these files (name -> bytes), or None when there is no usable cache."""
    try:
        stored_key, crc, payload = marshal.loads((folder / FILE_NAME).read_bytes())
        if stored_key != _key(files) or not isinstance(payload, bytes) or zlib.crc32(payload) != crc:
            return None
        docs = marshal.loads(payload)
        if not isinstance(docs, list) or len(docs) != len(files):
            return None
        return [_untag(doc) for doc in docs]
    except Exception:  # noqa: BLE001 - whatever is wrong with a cache, the rule files are read instead
        return None


def write(folder: Path, files: dict[str, bytes], docs: Docs) -> None:
    """Keep the documents for the next start; a folder that cannot be written is left alone."""
    import tempfile  # only when the cache is (re)written

    try:
        payload = marshal.dumps([_tag(doc) for doc in docs])
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=FILE_NAME + ".", suffix=".tmp", dir=folder)
    except (OSError, ValueError):
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(marshal.dumps((_key(files), zlib.crc32(payload), payload)))
        os.replace(temp, folder / FILE_NAME)  # whole or not at all, also with two apps starting
    except OSError:
        try:
            os.unlink(temp)
        except OSError:
            pass
