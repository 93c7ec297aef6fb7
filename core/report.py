"""What a check returns: findings that quote their rule, and the facts a seller wants to see."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .rulepack import Rule
from .values import iso

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    message: str
    path: str
    source: dict[str, str]
    title: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule, "severity": self.severity, "message": self.message,
            "path": self.path, "source": self.source,
        }


@dataclass
class Report:
    kind: str
    as_of: datetime
    findings: list[Finding] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when no finding is an error."""
        return not any(f.severity == "error" for f in self.findings)

    def as_dict(self) -> dict[str, Any]:
        ordered = sorted(self.findings, key=lambda f: SEVERITY_ORDER[f.severity])
        return {
            "kind": self.kind, "as_of": iso(self.as_of), "ok": self.ok,
            "findings": [f.as_dict() for f in ordered], "facts": self.facts,
        }


class Findings:
    """Collects findings for one check, skipping rules not in force at `as_of`."""

    def __init__(self, as_of: datetime) -> None:
        self.as_of = as_of
        self.items: list[Finding] = []

    def add(self, rule: Rule, message: str, path: str = "", severity: str | None = None) -> None:
        if not rule.in_force(self.as_of):
            return
        self.items.append(Finding(
            rule=rule.id, severity=severity or rule.severity, message=message, path=path,
            source=rule.source.as_dict(), title=rule.title,
        ))
