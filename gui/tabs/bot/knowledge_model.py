"""The knowledge list: the built-in entries with the seller's edits laid over them, plus their own.

The model keeps the two apart as core.bot does: `defaults` (the built-in knowledge, or none when the
plan does not use it) and `edits` (the seller's entries; one with a built-in id replaces that entry).
Only `edits` is stored in the plan. An edit that makes an entry equal to its default again is dropped,
so the entry shows as built-in.

The model also filters (search words, scenario, platform): the rows it shows are a list of entry
positions worked out in Python at once. A QSortFilterProxyModel would ask Python about every entry
one call at a time, and each call from Qt into Python waits its turn for the GIL while a worker
(the index build) runs: filtering 10,000 entries that way stalled the window for seconds.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QModelIndex, QObject, QPersistentModelIndex, Qt, Signal,
)
from PySide6.QtGui import QColor

from gui import palette
from gui.table_model import TableModel
from core.bot import PLATFORMS, Entry, apply_edits, builtin_knowledge, edited_fields

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("enabled", "question", "scenario", "origin", "answer")
ORIGIN_COLORS = {"edited": palette.WARNING, "own": palette.OK, "builtin": palette.MUTED}


def entries_from_plan(raw: Any) -> list[Entry]:
    """The seller's entries from a stored plan, keeping what they typed even when it is not complete
    yet (an empty question is the check's to report, not a reason to drop the entry)."""
    if not isinstance(raw, list):
        return []
    entries: list[Entry] = []
    seen: set[str] = set()
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or item["id"] in seen:
            continue
        seen.add(item["id"])
        raw_similar = item.get("similar")
        similar = raw_similar if isinstance(raw_similar, list) else []
        platform = item.get("platform") if item.get("platform") in PLATFORMS else "all"
        entries.append(Entry(id=item["id"], question=str(item.get("question") or ""),
                             similar=tuple(str(s) for s in similar if isinstance(s, str) and s.strip()),
                             answer=str(item.get("answer") or ""),
                             enabled=item.get("enabled") is not False,
                             scenario=str(item.get("scenario") or ""), platform=str(platform)))
    return entries


@dataclass(frozen=True)
class Tally:
    total: int  # entries for the platform
    enabled: int  # of which switched on
    edited: int  # changed built-in entries
    own: int  # the seller's own entries


@dataclass(frozen=True)
class Prepared:
    """A plan's knowledge as the model shows it unfiltered, worked out off the UI thread."""

    defaults: list[Entry]
    edits: list[Entry]
    rows: list[Entry]
    platform: str | None
    serving: list[int]  # positions in rows of the entries for the platform
    tally: Tally
    dicts: list[dict[str, Any]]  # each edit's as_dict (every check and autosave sends them)


def prepare_knowledge(data: dict[str, Any], platform: str | None) -> Prepared:
    """What showing a stored bot plan's knowledge takes (plain Python: for a worker thread)."""
    defaults = builtin_knowledge() if data.get("use_builtin") is True else []
    edits = entries_from_plan(data.get("knowledge"))
    rows = apply_edits(defaults, edits)
    serving = [i for i, e in enumerate(rows) if e.serves(platform)]
    default_ids = {d.id for d in defaults}
    edited = sum(1 for e in edits if e.id in default_ids)
    tally = Tally(len(serving), sum(1 for i in serving if rows[i].enabled), edited, len(edits) - edited)
    return Prepared(defaults, edits, rows, platform, serving, tally, [e.as_dict() for e in edits])


class KnowledgeModel(TableModel):
    """Shown rows: the entries in use (built-in order, then the seller's own) that pass the filter.
    `knowledgeChanged` after every change the seller makes (not after `set_knowledge`). Row numbers
    in this API are shown rows; entries are found by id."""

    knowledgeChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._defaults: list[Entry] = []
        self._default_by_id: dict[str, Entry] = {}
        self._edits: list[Entry] = []
        self._rows: list[Entry] = []  # every entry in use
        self._shown: list[int] = []  # positions in _rows, in order, of the entries shown
        self._view: dict[int, int] = {}  # position in _rows -> shown row
        self._texts: dict[Entry, str] = {}  # what the search looks in, per entry
        self._dicts: dict[int, tuple[Entry, dict[str, Any]]] = {}  # id(entry) -> (entry, its as_dict)
        # (version, edits, their dicts) as last given out: asked again with nothing changed, no work
        self._dicts_now: tuple[int, list[Entry], list[dict[str, Any]]] | None = None
        self._version = 0  # changes with the knowledge (not with the filter)
        self._shown_for: tuple[object, ...] = ()  # the version and filter the shown rows are for
        self._tally: tuple[tuple[int, str | None], Tally] | None = None
        self.search, self.scenario = "", ""
        self.platform: str | None = None

    # The data -----------------------------------------------------------------------------------
    def set_knowledge(self, defaults: Sequence[Entry], edits: Iterable[Entry],
                      prepared: Prepared | None = None) -> None:
        """Show this knowledge; `prepared` (from `prepare_knowledge`, off the UI thread) saves going
        through 10,000 entries here when it was made for these entries and this filter."""
        self.beginResetModel()
        self._defaults = list(defaults)
        self._default_by_id = {e.id: e for e in self._defaults}
        usable = prepared is not None and prepared.edits is edits and prepared.defaults == self._defaults
        self._edits = list(edits)
        self._rows = prepared.rows if prepared is not None and usable else apply_edits(self._defaults, self._edits)
        self._texts = {}
        self._version += 1
        if prepared is not None and usable:  # what the first check and autosave send: made off the UI thread
            self._dicts_now, self._dicts = (self._version, prepared.edits, prepared.dicts), {}
        if prepared is not None and usable and not self.search and not self.scenario \
                and prepared.platform == self.platform:
            self._set_shown(prepared.serving)
            self._tally = ((self._version, self.platform), prepared.tally)
        else:
            self._set_shown(self._filtered())
        self.endResetModel()

    @property
    def edits(self) -> list[Entry]:
        """What the plan stores: the seller's changed and added entries."""
        return list(self._edits)

    def edit_dicts(self) -> list[dict[str, Any]]:
        """The edits in the plan's shape (Entry.as_dict), each made once per entry and kept: every
        check and every autosave asks for all of them, and a knowledge base has 10,000. The dicts are
        shared: read them, do not change them."""
        now = self._dicts_now
        if now is not None and now[0] == self._version:
            return now[2]
        kept = self._dicts
        if now is not None and not kept:  # the first edit since a load: start from the load's dicts
            kept = self._dicts = {id(e): (e, d) for e, d in zip(now[1], now[2], strict=True)}
        out = []
        for entry in self._edits:
            got = kept.get(id(entry))
            if got is None or got[0] is not entry:
                got = kept[id(entry)] = (entry, entry.as_dict())
            out.append(got[1])
        if len(kept) > 2 * len(self._edits) + 100:  # entries since replaced: forget them
            self._dicts = {id(e): kept[id(e)] for e in self._edits if id(e) in kept}
        self._dicts_now = (self._version, list(self._edits), out)
        return out

    @property
    def entries(self) -> list[Entry]:
        """The knowledge the bot uses (every entry, shown or not)."""
        return list(self._rows)

    def entry_at(self, row: int) -> Entry | None:
        """The entry on a shown row (None past the rows)."""
        return self._rows[self._shown[row]] if 0 <= row < len(self._shown) else None

    def row_of(self, entry_id: str) -> int:
        """The shown row of an entry (-1: not in use, or filtered out)."""
        return self._view.get(self._position(entry_id), -1)

    def has(self, entry_id: str) -> bool:
        """The entry is in use (shown or not)."""
        return self._position(entry_id) >= 0

    def find(self, entry_id: str) -> Entry | None:
        """The entry in use with this id (shown or not)."""
        position = self._position(entry_id)
        return self._rows[position] if position >= 0 else None

    def _position(self, entry_id: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == entry_id), -1)

    def default(self, entry_id: str) -> Entry | None:
        return self._default_by_id.get(entry_id)

    def origin(self, entry: Entry) -> str:
        """builtin (unchanged) | edited (a changed built-in entry) | own (the seller's)."""
        default = self._default_by_id.get(entry.id)
        if default is None:
            return "own"
        return "builtin" if entry == default else "edited"

    def changed_fields(self, entry: Entry) -> list[str]:
        return edited_fields(entry, self._default_by_id.get(entry.id))

    def counts(self, platform: str | None) -> tuple[int, int]:
        """(entries for the platform, of which enabled)."""
        tally = self.tally(platform)
        return tally.total, tally.enabled

    def tally(self, platform: str | None) -> Tally:
        """The counts the panel shows, worked out once per change of the knowledge (not per repaint)."""
        key = (self._version, platform)
        if self._tally is None or self._tally[0] != key:
            serving = [e for e in self._rows if e.serves(platform)]
            edited = sum(1 for e in self._edits if e.id in self._default_by_id)
            self._tally = (key, Tally(len(serving), sum(1 for e in serving if e.enabled), edited,
                                      len(self._edits) - edited))
        return self._tally[1]

    # The filter ---------------------------------------------------------------------------------
    def set_filter(self, search: str, scenario: str, platform: str | None) -> None:
        self.search, self.scenario, self.platform = search.strip().lower(), scenario, platform
        self.refilter()

    def refilter(self) -> None:
        """Apply the filter again (not done while the seller edits an entry: an entry does not
        vanish mid-word because it no longer matches the search)."""
        if self._shown_for == self._filter_key():
            return  # nothing changed since the rows were filtered
        shown = self._filtered()
        if shown != self._shown:
            self.beginResetModel()
            self._set_shown(shown)
            self.endResetModel()

    def _filtered(self) -> list[int]:
        platform, scenario = self.platform, self.scenario
        words = self.search.split()
        return [i for i, e in enumerate(self._rows)
                if e.serves(platform) and (not scenario or e.scenario == scenario)
                and (not words or all(w in self._text(e) for w in words))]

    def _text(self, entry: Entry) -> str:
        text = self._texts.get(entry)
        if text is None:
            text = self._texts[entry] = "\n".join([entry.question, *entry.similar, entry.answer]).lower()
        return text

    def _filter_key(self) -> tuple[object, ...]:
        return self._version, self.search, self.scenario, self.platform

    def _set_shown(self, shown: list[int]) -> None:
        self._shown = shown
        self._shown_for = self._filter_key()
        self._view = {position: row for row, position in enumerate(shown)}

    # Changes ------------------------------------------------------------------------------------
    def update(self, entry: Entry) -> None:
        """Put the seller's version of an entry in place (by id)."""
        position = self._position(entry.id)
        if position < 0 or self._rows[position] == entry:
            return
        self._rows[position] = entry
        self._version += 1
        at = next((i for i, e in enumerate(self._edits) if e.id == entry.id), -1)
        if entry == self._default_by_id.get(entry.id):
            del self._edits[at]
        elif at >= 0:
            self._edits[at] = entry
        else:
            self._edits.append(entry)
        row = self._view.get(position)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.knowledgeChanged.emit()

    def add(self, entry: Entry) -> int:
        """A new entry of the seller's, shown at the end (whatever the filter). Returns its row."""
        row = len(self._shown)
        self.beginInsertRows(QModelIndex(), row, row)
        self._edits.append(entry)
        self._rows.append(entry)
        self._version += 1
        self._set_shown([*self._shown, len(self._rows) - 1])
        self.endInsertRows()
        self.knowledgeChanged.emit()
        return row

    def remove(self, entry_id: str) -> tuple[int, int] | None:
        """Delete one of the seller's own entries (built-in ones can only be disabled or restored).
        Returns where it was, for `put_back`: (position among the entries in use, among the edits)."""
        position = self._position(entry_id)
        if position < 0 or entry_id in self._default_by_id:
            return None
        edit_at = next((i for i, e in enumerate(self._edits) if e.id == entry_id), len(self._edits))
        row = self._view.get(position)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[position]
        self._edits = [e for e in self._edits if e.id != entry_id]
        self._version += 1
        self._set_shown([p - (p > position) for p in self._shown if p != position])
        if row is not None:
            self.endRemoveRows()
        self.knowledgeChanged.emit()
        return position, edit_at

    def put_back(self, entry: Entry, place: tuple[int, int]) -> int:
        """An own entry `remove` deleted, back where it was (`place`, what `remove` returned), shown
        whatever the filter. Returns its row; -1 when an entry with its id is in use again."""
        if self._position(entry.id) >= 0:
            return -1
        position, edit_at = min(place[0], len(self._rows)), min(place[1], len(self._edits))
        shown = [p + (p >= position) for p in self._shown]
        row = bisect.bisect_left(shown, position)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(position, entry)
        self._edits.insert(edit_at, entry)
        self._version += 1
        shown.insert(row, position)
        self._set_shown(shown)
        self.endInsertRows()
        self.knowledgeChanged.emit()
        return row

    def restore(self, entry_id: str) -> None:
        """Drop the seller's edit of a built-in entry: the built-in version applies again."""
        default = self._default_by_id.get(entry_id)
        if default is not None:
            self.update(default)

    def merge(self, entries: Sequence[Entry]) -> tuple[int, int]:
        """Imported entries: each replaces the entry with its id, or is added. Returns (added, updated)."""
        known = {e.id for e in self._rows}
        added = sum(1 for e in entries if e.id not in known)
        imported = {e.id: e for e in entries}
        edits = [imported.pop(e.id, e) for e in self._edits]
        edits += imported.values()
        edits = [e for e in edits if e != self._default_by_id.get(e.id)]
        self.set_knowledge(self._defaults, edits)
        self.knowledgeChanged.emit()
        return added, len(entries) - added

    # Qt ---------------------------------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("启用"), self.tr("标准问题"), self.tr("场景"), self.tr("来源"), self.tr("答案"))[section]
        return None

    def origin_label(self, origin: str) -> str:
        return {"builtin": self.tr("内置"), "edited": self.tr("已修改"), "own": self.tr("自建")}[origin]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry, column = self._rows[self._shown[index.row()]], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column == "enabled":
            return Qt.CheckState.Checked if entry.enabled else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "question":
                return entry.question or self.tr("（未填写问题）")
            if column == "scenario":
                return entry.scenario
            if column == "origin":
                return self.origin_label(self.origin(entry))
            if column == "answer":
                return " ".join(entry.answer.split())
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column in ("question", "answer"):
            return "\n".join([entry.question, *entry.similar]) if column == "question" else entry.answer
        if role == Qt.ItemDataRole.ForegroundRole:
            if not entry.enabled:
                return QColor(palette.GREY)
            if column == "origin":
                return QColor(ORIGIN_COLORS[self.origin(entry)])
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "enabled":
            return self.tr("已启用") if entry.enabled else self.tr("已停用")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and COLUMNS[index.column()] == "enabled":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or COLUMNS[index.column()] != "enabled":
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if isinstance(value, (int, Qt.CheckState)) else bool(value)
        self.update(replace(self._rows[self._shown[index.row()]], enabled=checked))
        return True
