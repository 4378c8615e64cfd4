"""Temporary files beside their target that even a killed process does not leave behind.

Copies, exports and PDFs are written to a temporary file in the target's
folder and renamed over the target when whole (a rename within a folder is
atomic). Any error removes the temporary file, but `kill -9` runs no
cleanup: a killed backup of a big store used to leave hundreds of MB in a
hidden `.partial`. So on POSIX each temporary file gets a janitor, a tiny
`sh` in its own session that waits on a pipe only this process holds open.
The pipe closes when the work ends or when the process dies, however it
dies; the janitor then removes the temporary file and SQLite's companions
of it, which after a finished rename no longer exist. Its own session keeps
it out of a signal sent to the worker's process group.

Windows has no kill -9 in this sense; there, and wherever sh cannot start,
the next copy into the folder clears what is stale (backups.py).
"""
from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Iterator

SUFFIX = ".partial"
# SQLite makes these beside a database it writes; a copy killed mid-way may leave any of them.
COMPANIONS = ("", "-journal", "-wal", "-shm")
_JANITOR = 'cat >/dev/null; for f in "$@"; do rm -f -- "$f"; done'


@contextlib.contextmanager
def beside(target: Path, mode: int | None = None, make_folder: bool = False) -> Iterator[Path]:
    """An empty temporary file in `target`'s folder, removed on leaving (unless renamed away) and
    by its janitor if this process is killed first. `mode`: permissions to give it (the umask applies);
    `make_folder`: create the folder when missing. Raises OSError when the folder cannot take it."""
    folder = target.parent if str(target.parent) else Path(".")
    if make_folder:
        folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=SUFFIX, dir=folder)
    os.close(fd)
    tmp = Path(name)
    if mode is not None:
        os.chmod(tmp, mode & ~_umask())
    janitor = _Janitor([Path(f"{tmp}{suffix}") for suffix in COMPANIONS])
    try:
        yield tmp
    finally:
        for suffix in COMPANIONS:
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        janitor.dismiss()


def is_leftover(path: Path) -> bool:
    """A file one of these temporary files left (only possible where no janitor could run)."""
    return path.name.startswith(".") and SUFFIX in path.name


class _Janitor:
    def __init__(self, paths: list[Path]):
        self._proc = None
        self._pipe = None
        sh = shutil.which("sh") if os.name == "posix" else None
        if sh is None:
            return
        read_end, write_end = os.pipe()     # not inherited by any other child (PEP 446)
        try:
            self._proc = subprocess.Popen([sh, "-c", _JANITOR, "janitor", *map(str, paths)],
                                          stdin=read_end, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                          start_new_session=True, close_fds=True)
        except OSError:
            os.close(write_end)
            return
        finally:
            os.close(read_end)
        self._pipe = write_end

    def dismiss(self) -> None:
        """The work is over: the janitor removes what is left (nothing, after a rename) and ends."""
        if self._pipe is not None:
            os.close(self._pipe)
            self._pipe = None
        if self._proc is not None:
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
            self._proc = None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
