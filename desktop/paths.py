"""Where Marsad's shipped files and the user's files live.

Shipped files (data/, resources/) sit beside the `desktop` package in a
checkout and inside the bundle when frozen by PyInstaller; nothing is ever
written there.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Marsad"


def install_root() -> Path:
    """The folder that holds data/ and resources/."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    return install_root() / "data"


def resources_dir() -> Path:
    return install_root() / "resources"


def sample_jsonl() -> Path:
    return data_dir() / "sample.jsonl"


def user_data_dir() -> Path:
    """The platform's per-user data folder, as Qt's AppDataLocation would give it."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def backups_dir() -> Path:
    """Where automatic backups go (before an upgrade, a repair, a restore): $MARSAD_BACKUPS, else user data."""
    env = os.environ.get("MARSAD_BACKUPS")
    if env:
        return Path(env)
    return user_data_dir() / "backups"


def default_db_path() -> Path:
    env = os.environ.get("MARSAD_DB")
    if env:
        return Path(env)
    return user_data_dir() / "marsad.db"
