"""The 合规体检报告 window: the report core.health_report made (off the UI thread, through gui.ops),
shown as it will print, then printed, saved as PDF (Qt's print support: no other dependency) or saved
as the HTML file `python -m core report` writes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTextBrowser,
    QVBoxLayout, QWidget,
)

from core.health_report import build, render
from core.rulepack import RulePack
from core.store import Store
from core.values import BEIJING
from gui.ops import Op
from gui.shop_context import ShopContext
from gui.text import fill


class ReportPreview(QDialog):
    """Previews the report of the current shop or of every shop; prints it, saves it as PDF or HTML."""

    def __init__(self, store: Store, pack: RulePack, shops: ShopContext, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # each 打印体检报告… opens a new one
        self.store, self.pack, self.shops = store, pack, shops
        self.html = ""
        self._building: Op[Any] | None = None
        self.setWindowTitle(self.tr("合规体检报告"))
        self.resize(900, 760)
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("报告范围"))
        shop = shops.shop()
        if shop is not None:
            self.scope.addItem(fill(self.tr("当前店铺：%1"), shop.name), shop.id)
        self.scope.addItem(self.tr("全部店铺"), None)
        self.scope.currentIndexChanged.connect(lambda _i: self.start())
        self.state = QLabel()
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("体检报告预览"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.clicked.connect(lambda: self.print_report())
        self.preview_button = QPushButton(self.tr("打印预览…"))
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button = QPushButton(self.tr("另存为 PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.html_button = QPushButton(self.tr("另存为网页…"))
        self.html_button.clicked.connect(lambda: self.save_html())
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.close)
        top = QHBoxLayout()
        label = QLabel(self.tr("报告范围："))
        label.setBuddy(self.scope)
        top.addWidget(label)
        top.addWidget(self.scope)
        top.addWidget(self.state, 1)
        buttons = QHBoxLayout()
        for button in (self.print_button, self.preview_button, self.pdf_button, self.html_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._enable(False)

    def _enable(self, ready: bool) -> None:
        for button in (self.print_button, self.preview_button, self.pdf_button, self.html_button):
            button.setEnabled(ready)

    def shop_id(self) -> int | None:
        data = self.scope.currentData()
        return int(data) if data is not None else None

    def start(self) -> None:
        """Build the report off the UI thread, and show the window (it fills in when the report lands)."""
        shop_id, pack = self.shop_id(), self.pack
        self._enable(False)
        self.state.setText(self.tr("正在生成体检报告…"))
        self.show()

        def work(store: Store, _progress: Any) -> str:
            now = datetime.now(BEIJING)
            shop = store.shop(shop_id) if shop_id is not None else None
            return render(build(store, pack, now, shop, made_at=now))
        op: Op[str] = Op(self, work, store=self.store, title=self.tr("合规体检报告"))
        self._building = op

        def built(html: str) -> None:
            self._built(op, html)

        def failed(exc: BaseException) -> None:
            self._failed(op, exc)
        op.with_progress(self.tr("正在生成体检报告…")).success(built).failure(failed).run()

    def idle(self) -> bool:
        """No report being built (tests wait for this)."""
        return self._building is None

    def _built(self, op: Op[Any], html: str) -> None:
        if op is not self._building:
            return  # another scope was chosen meanwhile
        self._building = None
        self.html = html
        self.view.setHtml(html)
        self.state.setText(fill(self.tr("生成于 %1"), datetime.now(BEIJING).strftime("%Y-%m-%d %H:%M")))
        self._enable(True)

    def _failed(self, op: Op[Any], exc: BaseException) -> None:
        from gui.errors import describe

        if op is not self._building:
            return
        self._building = None
        self.state.setText(fill(self.tr("没有生成：%1"), describe(exc)))

    # Printing ---------------------------------------------------------------------------------------
    def document(self, printer: Any = None) -> Any:
        """The report as a QTextDocument; laid out on the printer's page when one is given (else
        QTextDocument.print_ adds 2 cm of its own to the printer's margins)."""
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrinter

        document = QTextDocument(self)
        document.setDefaultFont(self.font())
        document.setHtml(self.html)
        if printer is not None:  # the page in the document's units: inches at the screen's dots per inch
            from PySide6.QtCore import QSizeF
            from PySide6.QtGui import QGuiApplication

            screen = QGuiApplication.primaryScreen()
            dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
            page = printer.pageRect(QPrinter.Unit.Inch)
            document.setPageSize(QSizeF(page.width() * dpi, page.height() * dpi))
            document.setDocumentMargin(0)
        return document

    def printer(self, pdf_path: str | None = None) -> Any:
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageMargins(QMarginsF(14, 16, 14, 16), QPageLayout.Unit.Millimeter)
        printer.setDocName(self.tr("合规体检报告"))
        if pdf_path is not None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(pdf_path)
        return printer

    def print_report(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        if not self.html:
            return False
        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        if not dialog.exec():
            return False
        self.document(printer).print_(printer)
        return True

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        if not self.html:
            return
        printer = self.printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印预览"))
        dialog.paintRequested.connect(lambda target: self.document(target).print_(target))
        dialog.exec()

    def _default_name(self, suffix: str) -> str:
        current = self.shops.shop()
        shop = current.name if self.shop_id() is not None and current is not None else self.tr("全部店铺")
        return fill(self.tr("合规体检报告-%1-%2"), shop, datetime.now(BEIJING).strftime("%Y%m%d")) + suffix

    def save_pdf(self, path: str | None = None) -> bool:
        if not self.html:
            return False
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), self._default_name(".pdf"), "PDF (*.pdf)")
        if not path:
            return False
        printer = self.printer(path)
        self.document(printer).print_(printer)
        if not Path(path).is_file():
            QMessageBox.warning(self, self.tr("没有保存"), fill(self.tr("无法写入 %1：请换一个文件夹再试。"), path))
            return False
        self.state.setText(fill(self.tr("已保存为 %1"), path))
        return True

    def save_html(self, path: str | None = None) -> bool:
        if not self.html:
            return False
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为网页"), self._default_name(".html"),
                                                  self.tr("网页 (*.html)"))
        if not path:
            return False
        try:
            Path(path).write_text(self.html, encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("没有保存"), fill(self.tr("无法写入 %1：%2"), path, exc.strerror or str(exc)))
            return False
        self.state.setText(fill(self.tr("已保存为 %1"), path))
        return True
