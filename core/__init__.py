"""Core library of 小店合规助手: rule pack, checks, storage and CLI. Never imports Qt."""

__version__ = "0.2.0"
