"""`marsad site`, `peers`, `changes`, `apply`, `conflicts` and `resolve`: sync by file, for air-gapped work.

Registered in desktop/cli.py (`COMMANDS`); the store comes from the click
context (`ctx.obj["open_store"]()`), printing through its `out`. The work is
core's (core/sync.py, core/conflicts.py); this module parses and prints.
"""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from desktop.cli_common import handles_errors, print_json, print_problems
from desktop.core.errors import BatchError
from desktop.core.safe_text import shown

CONFLICTS_SHOWN = 50
REASONS = {
    "edited": "changed on both sides",
    "deleted_here": "deleted here, changed there",
    "deleted_there": "changed here, deleted there",
    "in_use": "deleted there, but records here still need it",
    "missing": "theirs refers to records this store does not have",
    "diverged": "the same version holds other values on each side (edited with another program, or in a copy "
                "made before it had a site of its own)",
}


def _line(ctx: click.Context, text: str) -> None:
    out = ctx.obj.get("out")
    if out is not None:
        out.line(text)
    else:
        click.echo(shown(text))


def refusing(fn):
    """Our errors (and SQLite's) as a clear message on stderr and exit status 1, never a traceback; a
    bundle with bad lines lists each as file:line: reason."""
    @functools.wraps(fn)
    @handles_errors
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except BatchError as exc:
            print_problems(exc.errors, "nothing was applied")
            sys.exit(1)
    return wrapper


def conflicts_after(ctx: click.Context, found: list[str], resolved_there: int, there: str, still_open: int) -> None:
    """The end of an exchange's report: the records it found in conflict, the conflicts resolved at the
    other side, and how many wait for a person here (on stderr: something to do)."""
    for key in found[:CONFLICTS_SHOWN]:
        _line(ctx, f"  conflict: {key}")
    if resolved_there:
        click.echo(f"{resolved_there} conflicts were resolved at {there}")
    if still_open:
        click.echo(f"{still_open} open conflicts: see `marsad conflicts`", err=True)


@click.command("site")
@click.option("--new", "renew", is_flag=True,
              help="Make this store a site of its own: for a copy of another store, before it exchanges.")
@click.option("--json", "as_json", is_flag=True, help="Print the site as JSON.")
@click.pass_context
@refusing
def site(ctx, renew: bool, as_json: bool) -> None:
    """Print this store's site id (what its peers name it by); with --new, give it a new one.

    Two stores that exchange changes must be two sites. A store copied
    from another (a file copy, a restored backup used beside the original)
    is the same site until `marsad site --new` is run on the copy.

    \b
    Example:
        marsad --db laptop.db site
        marsad --db copy-of-office.db site --new
    """
    with ctx.obj["open_store"]() as store:
        old = store.site_id()
        current = store.new_site_id() if renew else old
    if as_json:
        print_json({"site": current, "previous": old if renew else None})
        return
    click.echo(current)
    if renew:
        click.echo(f"was {old}: this store is now a site of its own", err=True)


@click.command("peers")
@click.option("--name", "naming", nargs=2, metavar="SITE NAME",
              help="Name a peer (by its site id, or its old name) for `changes --since NAME`.")
@click.option("--json", "as_json", is_flag=True, help="Print the peers as JSON.")
@click.pass_context
@refusing
def peers(ctx, naming, as_json: bool) -> None:
    """List the stores this one exchanges changes with: what was sent to each and applied from each.

    \b
    Example:
        marsad peers
        marsad peers --name 2b7c0e9a-5d0e-4f7b-9c1e-4b8a1f0e6d21 office
    """
    from desktop.core import sync
    with ctx.obj["open_store"]() as store:
        if naming:
            sync.name_peer(store, *naming)
        found = store.peers()
        for peer in found:
            peer["waiting"] = store.waiting_changes(peer["sent_seq"])
        own = store.site_id()
    if as_json:
        print_json({"site": own, "peers": found})
        return
    if not found:
        click.echo("no peers yet: `marsad changes --since SITE --out FILE` starts an exchange", err=True)
    for peer in found:
        _line(ctx, f"{peer['name'] or '-'}  {peer['site']}")
        click.echo(f"    sent: up to change {peer['sent_seq']} ({peer['sent_at'] or 'never'}); "
                   f"{peer['waiting']} changes since")
        click.echo(f"    applied: its changes up to {peer['applied_seq']} ({peer['applied_at'] or 'never'}); "
                   f"it has ours up to {peer['acked_seq']}")


@click.command("changes")
@click.option("--since", "peer", required=True, metavar="PEER",
              help="The peer: its site id (a first exchange sends everything) or the name given to it.")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="The bundle to write (written whole, or not at all).")
@click.option("--from", "start", type=click.IntRange(0), metavar="N",
              help="Send this store's changes after its change N instead (0: everything), as a peer that "
                   "missed a bundle asks.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
@refusing
def changes(ctx, peer: str, out: Path, start: int | None, as_json: bool) -> None:
    """Write the changes a peer has not been sent to a bundle file, for it to `marsad apply`.

    A bundle (interchange format version 2) holds each changed record with
    its version, and each deletion; its last line holds its sha256, so a
    bundle cut short or changed is refused where it is applied.

    \b
    Example:
        marsad --db laptop.db changes --since office --out to-office.jsonl
        marsad changes --since 2b7c0e9a-5d0e-4f7b-9c1e-4b8a1f0e6d21 --out first.jsonl
        marsad changes --since office --from 120 --out again.jsonl
    """
    from desktop.core import sync
    with ctx.obj["open_store"]() as store:
        report = sync.write_changes(store, peer, out, start)
    if as_json:
        print_json(report.to_json())
        return
    if report.adopted:
        click.echo(f"{report.adopted} records changed with another program got versions first", err=True)
    span = "all of this store's changes" if not report.start else f"changes {report.start + 1}-{report.upto}"
    click.echo(shown(f"wrote {report.records} records and {report.deleted} deletions ({span}) to {out} "
                     f"for {report.peer}"))


@click.command("apply")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
@refusing
def apply(ctx, file: Path, as_json: bool) -> None:
    """Merge a bundle another store wrote (`marsad changes`), all of it or nothing.

    Changes the store already has are skipped, so applying a bundle twice
    changes nothing. A record changed here and there since the two stores
    last agreed is never overwritten: it becomes an open conflict (`marsad
    conflicts`). A bundle cut short, changed, or written by this very store
    is refused and the store is left as it was.

    \b
    Example:
        marsad --db office.db apply to-office.jsonl
        marsad apply to-office.jsonl --json
    """
    from desktop.core import sync
    with ctx.obj["open_store"]() as store:
        report = sync.apply_bundle(store, file)
    if as_json:
        print_json(report.to_json())
        return
    counts = ", ".join(f"{label} {n} {kind}" for label, counter in (("created", report.created),
                       ("updated", report.updated), ("deleted", report.deleted)) for kind, n in sorted(counter.items()))
    click.echo(f"applied {report.applied} changes from {report.origin}" + (f" ({counts})" if counts else ""))
    same = f"; {report.same} made alike on both sides (versions merged)" if report.same else ""
    click.echo(f"skipped {report.skipped} (here already, or older){same}; in conflict {len(report.conflicts)}")
    conflicts_after(ctx, report.conflicts, len(report.closed), "the other site", report.open_conflicts)


@click.command("conflicts")
@click.option("--json", "as_json", is_flag=True, help="Print the conflicts as JSON, both versions whole.")
@click.pass_context
@refusing
def conflicts(ctx, as_json: bool) -> None:
    """List open conflicts: records changed here and at another site, with both versions field by field.

    \b
    Example:
        marsad conflicts
        marsad conflicts --json
    """
    from desktop.core import conflicts as core
    with ctx.obj["open_store"]() as store:
        found = core.open_conflicts(store)
    if as_json:
        print_json([c.to_json() for c in found])
        return
    if not found:
        click.echo("no open conflicts")
        return
    for c in found:
        _line(ctx, f"{c.key}: {REASONS.get(c.reason, c.reason)}")
        for side, version in (("mine", c.mine_version), ("theirs", c.theirs_version)):
            click.echo(f"    {side:<6} version {version['version']} by {version['site'] or '?'} "
                       f"at {version['at'] or '?'}")
        if c.detail:
            click.echo(f"    {shown(json.dumps(c.detail, ensure_ascii=False))}")
        for name in c.fields:
            mine = "(deleted)" if c.mine is None else _value(c.mine.get(name))
            theirs = "(deleted)" if c.theirs is None else _value(c.theirs.get(name))
            _line(ctx, f"  {name}:")
            _line(ctx, f"    mine:   {mine}")
            _line(ctx, f"    theirs: {theirs}")
    click.echo(f"{len(found)} open conflicts; resolve each with `marsad resolve ID --mine`, `--theirs` or "
               f"`--merged '{{\"field\": value}}'`", err=True)


def _value(value) -> str:
    if value is None:
        return "-"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


@click.command("resolve")
@click.argument("record_id", metavar="ID")
@click.option("--mine", "choice", flag_value="mine", help="Keep this store's version.")
@click.option("--theirs", "choice", flag_value="theirs", help="Take the other site's version.")
@click.option("--merged", "merged", metavar="JSON",
              help="Chosen values over this store's version, as a JSON object of field: value (null removes).")
@click.option("--json", "as_json", is_flag=True, help="Print the record as it now stands, as JSON.")
@click.pass_context
@refusing
def resolve(ctx, record_id: str, choice: str | None, merged: str | None, as_json: bool) -> None:
    """Resolve an open conflict: mine, theirs, or merged values. The resolution is a new change
    that the next exchange sends, and it closes the conflict at the other site too.

    \b
    Example:
        marsad resolve event:ain-al-asad-attack --theirs
        marsad resolve actor:hussein-allawi --merged '{"title": "مستشار رئيس الوزراء"}'
    """
    from desktop.core import conflicts as core
    if (choice is None) == (merged is None):
        raise click.UsageError("give one of --mine, --theirs or --merged JSON")
    values = None
    if merged is not None:
        try:
            values = json.loads(merged)
        except ValueError as exc:
            raise click.UsageError(f"--merged: not JSON ({exc})") from None
    with ctx.obj["open_store"]() as store:
        record = core.resolve(store, record_id, choice or "merged", values)
    if as_json:
        print_json({"id": record_id, "record": record})
        return
    click.echo(shown(f"resolved {record_id}: " + ("deleted" if record is None else "kept as chosen")))


COMMANDS = (site, peers, changes, apply, conflicts, resolve)
