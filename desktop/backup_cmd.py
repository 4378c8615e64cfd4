"""`marsad backup`, `restore` and `backups`: copies of the store, taken safely and put back safely.
Registered in desktop/cli.py (`COMMANDS`); the work is core's (core/storage/backup.py, backups.py)."""
from __future__ import annotations

from pathlib import Path

import click

from desktop import paths
from desktop.cli_common import echo, handles_errors, print_json
from desktop.core.storage import Store


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.pass_obj
@handles_errors
def backup(obj, file: Path) -> None:
    """Copy the store to FILE, safely even while the app has it open.

    \b
    Example:
        marsad backup ~/backups/marsad-2026-11-29.db
    """
    with obj["open_store"]() as store:
        store.backup(file)
    echo(f"backed up {obj['db_path']} to {file}")


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.pass_obj
@handles_errors
def restore(obj, file: Path) -> None:
    """Replace the store's content with a backup (the backup is checked first).

    What it replaces is kept first among the automatic backups (`marsad
    backups` lists them), even a store too damaged to open.

    \b
    Example:
        marsad restore ~/backups/marsad-2026-11-29.db
        marsad restore "$(marsad backups --json | jq -r '.[0].path')"
    """
    restored = Store.restore_over(obj["db_path"], file, backup_dir=paths.backups_dir())
    echo(f"restored {obj['db_path']} from {file}")
    if restored.replaced is not None:
        old = restored.replaced
        what = (", ".join(f"{n} {k}s" for k, n in old.counts.items()) if old.counts
                else "a store that could not be read")
        echo(f"it replaced {what}, kept in {old.path}")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON list, newest first.")
@click.pass_obj
@handles_errors
def backups(obj, as_json: bool) -> None:
    """List the store's automatic backups: time, reason, records and size, newest first.

    A copy is taken before every schema upgrade, repair, restore and large
    import, and daily when the store has changed; the newest 10 are kept
    ($MARSAD_BACKUPS_KEEP to change it), in $MARSAD_BACKUPS or the
    user-data folder.

    \b
    Example:
        marsad backups
        marsad backups --json
    """
    from desktop.core.storage import backups as automatic
    copies = automatic.listing(Path(obj["db_path"]), paths.backups_dir())
    if as_json:
        print_json([c.to_json() for c in copies])
        return
    if not copies:
        echo(f"no automatic backups of {obj['db_path']} yet", err=True)
    for c in copies:
        held = ", ".join(f"{n} {k}s" for k, n in c.counts.items()) if c.counts else f"unreadable: {c.problem}"
        echo(f"{c.taken:%Y-%m-%d %H:%M:%S}  {c.reason:<16} {c.size / 2**20:8.1f} MB  {held}\n    {c.path}")


COMMANDS = (backup, restore, backups)
