"""Where the app's shipped resources and the user's data live, from source and frozen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ShopAssistant"
DATA_ENV = "SHOP_ASSISTANT_DATA"


def resource_dir() -> Path:
    """The resources/ folder: beside the sources, or inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A path inside resources/."""
    return resource_dir().joinpath(*parts)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The per-user data folder: the override, else $SHOP_ASSISTANT_DATA, else platformdirs."""
    if override:
        return Path(override)
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env)
    import platformdirs  # only here: the CLI checks and an overridden folder never need it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
