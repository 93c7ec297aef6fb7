"""Imports every landed check module so each registers itself."""
from . import lottery  # noqa: F401
