"""PySide6 desktop app on top of core/."""
