"""`marsad sync` and `marsad hub init|status|search`: working as a team through a PostgreSQL hub.

Registered in desktop/cli.py (`COMMANDS`); the work is core's (core/hub.py); this module parses and
prints. A URL is a libpq connection string or URI (postgresql://ana@hub.example/team?sslmode=verify-full,
or service=marsad); its password, if it holds one, is used and never kept.
"""
from __future__ import annotations

import click

from desktop.core.safe_text import shown
from desktop.cli_common import print_json
from desktop.sync_cmd import _line, conflicts_after, refusing

URL_HELP = ("The hub: a PostgreSQL connection string or URL, such as postgresql://ana@hub.example/team or "
            "service=marsad. Keep the password in ~/.pgpass (or $PGPASSFILE), not here.")


def _warn_password(url: str | None) -> None:
    from desktop.core import hub
    if url and hub.holds_password(url):
        click.echo("the password in the URL was used for this connection only and is not kept anywhere; "
                   "put it in ~/.pgpass (or $PGPASSFILE) instead, so that it is not in your shell history",
                   err=True)


def _progress(notice) -> None:
    click.echo(str(notice), err=True)


@click.command("sync")
@click.argument("url", required=False)
@click.option("--pull-only", is_flag=True,
              help="Take the team's changes without sending this store's (for a login that may only read).")
@click.option("--full", is_flag=True,
              help="Exchange everything again, as after the hub was restored from a backup (what either side "
                   "has is skipped).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
@refusing
def sync(ctx, url: str | None, pull_only: bool, full: bool, as_json: bool) -> None:
    """Sync with the team hub: pull everyone else's changes, then push this store's.

    URL is the hub (a PostgreSQL connection string or URL); without it,
    the hub the store synced with last. All of it or nothing, here and on
    the hub; a second run changes nothing. A record changed here and by
    someone else since the last sync is never overwritten: it becomes an
    open conflict (`marsad conflicts`, `marsad resolve`), and its
    resolution goes out with the next sync. A hub that cannot be reached
    changes nothing: work on and sync later.

    \b
    Example:
        marsad --db laptop.db sync postgresql://ana@hub.example/team
        marsad sync "service=marsad" --json
        marsad sync
    """
    from desktop.core import hub
    _warn_password(url)
    with ctx.obj["open_store"]() as store:
        report = hub.sync(store, url, progress=None if as_json else _progress, pull_only=pull_only, full=full)
    if as_json:
        print_json(report.to_json())
        return
    _line(ctx, f"synced with {report.hub}: pushed {report.pushed}, pulled {report.pulled}, "
               f"in conflict {report.conflicts}" + (" (pull only)" if report.pull_only else "")
               + (" (everything exchanged again)" if report.full else ""))
    conflicts_after(ctx, report.in_conflict, report.resolved_there, "another site", report.open_conflicts)


@click.group("hub")
def hub_group() -> None:
    """Set up a team hub on PostgreSQL, and see where this store stands with it.

    \b
    Example:
        marsad hub init postgresql://admin@hub.example/team
        marsad hub status
        marsad hub search postgresql://ana@hub.example/team "الانتخابات"
    """


@hub_group.command("init")
@click.argument("url")
@click.option("--roles", default="marsad", show_default=True, metavar="PREFIX",
              help="The roles' prefix: PREFIX_read may pull and search, PREFIX_write may push too.")
@click.option("--json", "as_json", is_flag=True, help="Print the outcome as JSON.")
@refusing
def hub_init(url: str, roles: str, as_json: bool) -> None:
    """Create the team hub's schema in an existing PostgreSQL database, and its two roles.

    Run it as the database's owner, with the right to create roles. Run
    again, it changes nothing but the grants; a hub set up by a newer
    Marsad is left alone. Then grant the roles to the analysts' logins:
    GRANT marsad_write TO ana; GRANT marsad_read TO rami;

    \b
    Example:
        marsad hub init postgresql://admin@hub.example/team
        marsad hub init "host=/var/run/postgresql dbname=team" --roles team2
    """
    from desktop.core import hub
    _warn_password(url)
    created = hub.initialise(url, roles)
    if as_json:
        print_json({"created": created, "read_role": f"{roles}_read", "write_role": f"{roles}_write"})
        return
    click.echo(("created the team hub" if created else "the team hub was there already; grants brought up to date")
               + f": grant {roles}_read (pull and search) or {roles}_write (push too) to each analyst's login")


@hub_group.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@click.pass_context
@refusing
def hub_status(ctx, as_json: bool) -> None:
    """Say which hub this store belongs to, its last sync, the changes waiting to go out and open conflicts.

    \b
    Example:
        marsad --db laptop.db hub status
        marsad hub status --json
    """
    from desktop.core import hub
    with ctx.obj["open_store"]() as store:
        found = hub.status(store)
    if as_json:
        print_json(found.to_json())
        return
    click.echo(shown(f"hub: {found.hub or 'none yet (marsad sync URL)'}"))
    click.echo(f"last sync: {found.last_sync or 'never'}")
    click.echo(f"waiting to go out: {found.waiting} changes")
    click.echo(f"open conflicts: {found.open_conflicts}")


@hub_group.command("search")
@click.argument("url")
@click.argument("text", metavar="QUERY")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="Hits to show.")
@click.option("--json", "as_json", is_flag=True, help="Print the hits as JSON.")
@click.pass_context
@refusing
def hub_search(ctx, url: str, text: str, limit: int, as_json: bool) -> None:
    """Search the whole team's records on the hub, as Marsad's own search matches (newest changes first).

    Words, "phrases", OR, -excluded, word* and kind: work as in `marsad
    search`; other filters are not applied on the hub.

    \b
    Example:
        marsad hub search postgresql://ana@hub.example/team "الانتخابات kind:event"
    """
    from desktop.core import hub
    _warn_password(url)
    found = hub.search(url, text, limit=limit)
    if as_json:
        print_json(found.to_json())
        return
    if found.ignored:
        click.echo(f"not applied on the hub: {', '.join(found.ignored)}", err=True)
    if not found.hits:
        click.echo("no hits", err=True)
    for hit in found.hits:
        _line(ctx, f"{hit.id}  {hit.text or ''}")


COMMANDS = (sync, hub_group)
