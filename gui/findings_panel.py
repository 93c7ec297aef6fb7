"""The findings list every tab shows: severity, message, the rule's quote on expand."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QStyle, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QLabel, QWidget

from core.report import SEVERITY_ORDER, Finding

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
COLORS = {"error": QColor("#b3261e"), "warning": QColor("#8a5a00"), "info": QColor("#1f4e8c")}


class FindingsPanel(QWidget):
    """Shows a report's findings; activating one emits the input path it names."""

    pathActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAccessibleName(self.tr("检查结果"))
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.show_findings([])

    def _icon(self, severity: str) -> QIcon:
        pixmap = {
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
        }[severity]
        return self.style().standardIcon(pixmap)

    def severity_label(self, severity: str) -> str:
        return {"error": self.tr("错误"), "warning": self.tr("提醒"), "info": self.tr("说明")}[severity]

    def show_findings(self, findings: list[Finding]) -> None:
        self.tree.clear()
        ordered = sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity])
        errors = sum(f.severity == "error" for f in findings)
        warnings = sum(f.severity == "warning" for f in findings)
        if not findings:
            self.summary.setText(self.tr("✔ 没有发现问题。"))
        elif errors:
            self.summary.setText(self.tr("✖ %1 个错误，%2 个提醒：请先处理错误。")
                                 .replace("%1", str(errors)).replace("%2", str(warnings)))
        else:
            self.summary.setText(self.tr("没有错误，%1 个提醒。").replace("%1", str(warnings)))
        for finding in ordered:
            item = QTreeWidgetItem([f"{self.severity_label(finding.severity)}：{finding.message}"])
            item.setIcon(0, self._icon(finding.severity))
            item.setForeground(0, COLORS[finding.severity])
            item.setData(0, PATH_ROLE, finding.path)
            item.setToolTip(0, finding.rule)
            src = finding.source
            quote = QTreeWidgetItem([
                self.tr("依据 %1：《%2》（%3）").replace("%1", finding.rule)
                .replace("%2", src["title"]).replace("%3", src["date"]) + f"\n“{src['quote']}”"
            ])
            quote.setData(0, PATH_ROLE, finding.path)
            item.addChild(quote)
            self.tree.addTopLevelItem(item)

    def _activated(self, item: QTreeWidgetItem) -> None:
        path = item.data(0, PATH_ROLE)
        if item.parent() is None:
            item.setExpanded(True)
        if path:
            self.pathActivated.emit(path)
