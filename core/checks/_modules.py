"""Imports every landed check module so each registers itself."""
