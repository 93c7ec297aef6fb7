"""Python dates to Qt's and back, typed (PySide6 converts them at run time, its stubs do not say so)."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import cast

from PySide6.QtCore import QDate, QDateTime, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: datetime) -> QDateTime:
    """A naive local QDateTime with the same wall-clock time (the app shows Beijing time)."""
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))


def py_date(day: QDate) -> date:
    return cast(date, day.toPython())


def py_datetime(moment: QDateTime) -> datetime:
    value = moment.toPython()
    return value if isinstance(value, datetime) else datetime.combine(cast(date, value), time())
