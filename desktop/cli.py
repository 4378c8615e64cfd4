"""The `marsad` command: a thin click layer, one core call per command."""
from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from desktop import backup_cmd, hub_cmd, import_cmd, paths, sync_cmd
from desktop.cli_common import Output, Refusal, echo, handles_errors, layout_option, print_json
from desktop.core.kinds import KINDS
from desktop.core.storage import Store, open_for_reading


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", type=click.Path(path_type=Path), envvar="MARSAD_DB",
              help="The store file. Default: $MARSAD_DB, else marsad.db in your user-data folder.")
@click.option("--visual", "layout", flag_value="visual", help="Shape and reorder Arabic for terminals without bidi.")
@click.option("--logical", "layout", flag_value="logical", help="Print Arabic in logical order (for bidi terminals and pipes).")
@click.version_option(None, "--version", package_name="marsad", prog_name="marsad")
@click.pass_context
def cli(ctx: click.Context, db: Path | None, layout: str | None) -> None:
    """Marsad (مرصد): an offline, Arabic-first reference of events, actors, quotes,
    places and sources.

    With no command, opens the desktop app.

    \b
    Example:
        marsad --db briefings.db init --sample
        marsad --db briefings.db search "actor:Allawi التحالف"
    """
    db_path = db or paths.default_db_path()
    ctx.obj = {"db_path": db_path, "out": Output(layout),
               "open_store": functools.partial(_open_store, db_path),
               # Commands that only read open it read-only: their close then never deletes the WAL of a
               # window that has the store open (desktop/core/storage/reader.py).
               "read_store": functools.partial(_read_store, db_path)}
    if ctx.invoked_subcommand is None:
        gui_command = cli.get_command(ctx, "gui")
        if gui_command is None:
            raise Refusal("the desktop app is not available in this build")
        ctx.invoke(gui_command)


def _open_store(path: Path, readonly: bool | None = None) -> Store:
    return Store.open(path, readonly=readonly, backup_dir=paths.backups_dir(),
                      progress=lambda msg: echo(msg, err=True))


def _read_store(path: Path) -> Store:
    return open_for_reading(path, backup_dir=paths.backups_dir(), progress=lambda msg: echo(msg, err=True))


@cli.command()
@click.option("--sample", is_flag=True, help="Fill the new store with the sample records (the Ain al-Asad article).")
@click.pass_obj
@handles_errors
def init(obj, sample: bool) -> None:
    """Create a new store, empty or with the sample records.

    \b
    Example:
        marsad --db work.db init --sample
    """
    from desktop.core import importing

    def fill(store: Store) -> None:
        importing.import_files(store, [paths.sample_jsonl()])
    with Store.create(obj["db_path"], backup_dir=paths.backups_dir(), fill=fill if sample else None) as store:
        counts = store.counts()
    echo(f"created {obj['db_path']}: " + ", ".join(f"{n} {k}s" for k, n in counts.items()))


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--query", "-q", help="Export only what this search matches.")
@click.option("--kind", type=click.Choice(KINDS), help="The kind to export (required for .csv unless the query has kind:).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "ftm"]),
              help="jsonl (the interchange format), csv (one kind, for spreadsheets) or ftm (FollowTheMoney "
                   "entities for Aleph); default: by the file's extension (.csv; .ftm.json or .ftm; else jsonl).")
@click.pass_obj
@handles_errors
def export(obj, file: Path, query: str | None, kind: str | None, fmt: str | None) -> None:
    """Export records to JSONL (the interchange format), to CSV, or as FollowTheMoney entities for
    Aleph and OpenAleph; by --format, else by the file's extension.

    An FtM file also holds every record the chosen ones refer to (an event's
    actors, place and sources), so that each reference resolves within it.

    \b
    Example:
        marsad export all.jsonl
        marsad export quotes.csv --kind quote --query "actor:Allawi"
        marsad export for-aleph.ftm.json --query "fatalities:>=10"
    """
    from desktop.core import export as exporting
    from desktop.core import ftm
    if fmt is None:
        fmt = "csv" if file.suffix.lower() == ".csv" else "ftm" if ftm.is_ftm_path(file) else "jsonl"
    with obj["read_store"]() as store:
        if fmt == "ftm":
            report = ftm.export_ftm(store, file, query=query, kinds=[kind] if kind else None)
            added = sum(report.added.values())
            echo(f"exported {report.total_records} records as {report.total_entities} FollowTheMoney entities "
                 f"to {file}" + (f" ({added} of them because the others refer to them)" if added else ""))
        elif fmt == "csv":
            if kind is None and query:
                from desktop.core.query import parse
                kinds = parse(query).kinds
                kind = kinds[0] if len(kinds) == 1 else None
            if kind is None:
                raise click.UsageError("a CSV file holds one kind of record: add --kind " + "|".join(KINDS))
            n = exporting.export_csv(store, file, kind, query=query)
            echo(f"exported {n} {kind} records to {file}")
        else:
            counts = exporting.export_jsonl(store, file, query=query, kinds=[kind] if kind else None)
            echo(f"exported {sum(counts.values())} records to {file}")


@cli.command()
@click.argument("query", default="")
@click.option("--kind", type=click.Choice(KINDS), help="Only records of this kind.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(0, 10_000), help="How many hits to show.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON (DESIGN section 5).")
@layout_option
@click.pass_obj
@handles_errors
def search(obj, query: str, kind: str | None, limit: int, as_json: bool) -> None:
    """Search the store with the Arabic-aware query language.

    Words are ANDed; "exact phrase"; -word excludes; OR; word* is a prefix;
    filters kind: actor: place: from: to: status: type: review:, and a
    range on a scale (A-B). Event data: disorder: violence: quad:
    civilian_targeting:yes|no, and numbers compared or in a range:
    fatalities:>=10, fatalities:10-50, fatalities:10, goldstein:<-5,
    tone:<0, mentions:>=10 (Arabic-Indic digits too: fatalities:>=١٠).

    \b
    Example:
        marsad search "التحالف الدولي" --kind event
        marsad search 'actor:Allawi from:2025' --json
        marsad search 'فاعل:علاوي من:2025'      # the same filters, named in Arabic
        marsad search 'place:البصرة fatalities:>=10 from:2025'
    """
    from desktop.core import search as search_core
    with obj["read_store"]() as store:
        result = search_core.search(store, query, kind=kind, limit=limit)
    if as_json:
        print_json(result.to_json())
        return
    for warning in result.warnings:
        echo(f"note: {warning}", err=True)
    out = obj["out"]
    for hit in result.hits:
        out.line(f"{hit.id}  {hit.date or '-'}")
        title_spans = [] if hit.in_snippet else hit.highlights
        out.line("    " + _one_line(out.mark(*_elide(hit.title, title_spans))), marked=True)
        if hit.snippet and hit.snippet != hit.title and (hit.in_snippet or not title_spans):
            snippet_spans = hit.highlights if hit.in_snippet else []
            out.line("    … " + _one_line(out.mark(hit.snippet, snippet_spans)), marked=True)
    echo(f"{result.total} hits in {result.elapsed_ms:.1f} ms", err=True)


def _elide(text: str, spans, width: int = 200):
    if len(text) <= width:
        return text, spans
    return text[:width] + "…", [(a, min(b, width)) for a, b in spans if a < width]


def _one_line(text: str) -> str:
    return " ".join(text.split())


@cli.command()
@click.argument("record_id")
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON (interchange form).")
@layout_option
@click.pass_obj
@handles_errors
def show(obj, record_id: str, as_json: bool) -> None:
    """Show one record by its id.

    \b
    Example:
        marsad show actor:hussein-allawi
    """
    with obj["read_store"]() as store:
        record = store.get(record_id)
    if record is None:
        raise Refusal(f"{record_id}: no such record")
    if as_json:
        print_json(record)
        return
    out = obj["out"]
    for name, value in record.items():
        if isinstance(value, list):
            value = "; ".join(v["actor"] + (f" ({v['role']})" if v.get("role") else "")
                              if isinstance(v, dict) else str(v) for v in value)
        out.line(f"{name}: {value}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option("--repair", is_flag=True,
              help="When the check finds a problem, rebuild what is derived from the records (the search "
                   "index, normalised names, counts) after a backup: for a store edited with other tools.")
@click.pass_obj
@handles_errors
def check(obj, as_json: bool, repair: bool) -> None:
    """Check the store: SQLite integrity, the search index, foreign keys and derived data.

    \b
    Example:
        marsad --db work.db check
        marsad --db work.db check --repair
    """
    repaired: list[str] = []
    with obj["open_store" if repair else "read_store"]() as store:
        problems = [str(p) for p in store.check()]
        if repair and problems:
            store.repair(progress=lambda msg: echo(msg, err=True))
            after = [str(p) for p in store.check()]
            repaired, problems = [p for p in problems if p not in after], after
        counts = store.counts()
    if as_json:
        print_json({"ok": not problems, "problems": problems, "counts": counts}
              | ({"repaired": repaired} if repair else {}))
    else:
        for p in repaired:
            echo(f"repaired: {p}", err=True)
        for p in problems:
            echo(p, err=True)
        if not problems:
            echo("ok: " + ", ".join(f"{n} {k}s" for k, n in counts.items()))
    if problems:
        sys.exit(1)


def _register_qt_commands() -> None:
    """The GUI and the briefing need Qt; their modules import it only when run."""
    import importlib
    for module, name in (("desktop.gui_cmd", "gui"), ("desktop.briefing_cmd", "briefing")):
        try:
            cli.add_command(getattr(importlib.import_module(module), name))
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


_register_qt_commands()
for _command in (*import_cmd.COMMANDS, *backup_cmd.COMMANDS,   # desktop/import_cmd.py, backup_cmd.py
                 *sync_cmd.COMMANDS):      # site, peers, changes, apply, conflicts, resolve (desktop/sync_cmd.py)
    cli.add_command(_command)
for _command in hub_cmd.COMMANDS:       # sync, hub init|status|search (desktop/hub_cmd.py)
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="marsad")


if __name__ == "__main__":
    main()      # `python -m desktop.cli` runs the command too, as `python -m desktop` does
