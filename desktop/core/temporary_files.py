"""Temporary files beside their target that even a killed process does not leave behind.

Copies, exports and PDFs are written to a temporary file in the target's
folder and renamed over the target when whole (a rename within a folder is
atomic). Any error removes the temporary file, but `kill -9` runs no
cleanup: a killed backup of a big store used to leave hundreds of MB in a
hidden `.partial`. So on POSIX each temporary file gets a janitor, a tiny
`sh` in its own session that waits on a pipe only this process holds open.
The pipe closes when the work ends or when the process dies, however it
dies; the janitor then removes the temporary file and SQLite's companions
of it. It is started before the file is made, and told "done" once the
work has cleaned up after itself, so it never removes a file that is not a
leftover. Its own session keeps it out of a signal sent to the process group.

Windows has no kill -9 in this sense; there, and wherever sh cannot start,
the next copy into the folder clears what is stale (backups.py).
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Iterator

SUFFIX = ".partial"
# SQLite makes these beside a database it writes; a copy killed mid-way may leave any of them.
COMPANIONS = ("", "-journal", "-wal", "-shm")
# Removes its files when the pipe closes without a word; told "done", it leaves them alone.
_JANITOR = 'read word; [ "$word" = done ] || rm -f -- "$@"'


@contextlib.contextmanager
def beside(target: Path, mode: int | None = None, make_folder: bool = False) -> Iterator[Path]:
    """An empty temporary file in `target`'s folder, removed on leaving (unless renamed away) and
    by its janitor if this process is killed first. `mode`: permissions to give it (the umask applies);
    `make_folder`: create the folder when missing. Raises OSError when the folder cannot take it."""
    folder = target.parent if str(target.parent) else Path(".")
    if make_folder:
        folder.mkdir(parents=True, exist_ok=True)
    import secrets      # here, not at import: the store imports this module on every start
    for _ in range(100):
        tmp = folder / f".{target.name}.{secrets.token_hex(6)}{SUFFIX}"
        # The janitor is watching before the file exists: a kill between the two leaves nothing.
        janitor = _Janitor([Path(f"{tmp}{suffix}") for suffix in COMPANIONS])
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if mode is None else mode))
        except FileExistsError:
            janitor.dismiss()       # somebody else's file: not ours to remove
            continue
        except BaseException:
            janitor.dismiss()
            raise
        break
    else:
        raise FileExistsError(f"no free temporary name beside {target}")
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
        import shutil
        import subprocess
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
        """The work is over and cleaned up: the janitor ends without touching anything."""
        if self._pipe is not None:
            try:
                os.write(self._pipe, b"done\n")
            except OSError:
                pass
            os.close(self._pipe)
            self._pipe = None
        if self._proc is not None:
            import subprocess
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
            self._proc = None

