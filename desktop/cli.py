"""The `marsad` command: a thin click layer, one core call per command."""
from __future__ import annotations

import functools
import sqlite3
import sys
from pathlib import Path

import click

from desktop import hub_cmd, paths, sync_cmd
from desktop.core.errors import BadRowsError, BatchError, MarsadError
from desktop.core.kinds import KINDS
from desktop.core.safe_text import json_safe, shown
from desktop.core.storage import Store

class Output:
    """Human-readable output: logical order, or shaped and reordered for dumb terminals."""

    def __init__(self, mode: str | None):
        self._mode = mode

    @functools.cached_property
    def visual(self) -> bool:
        # Decided on first output, so commands that print nothing (gui) never load the terminal tools.
        from desktop.core.terminal import terminal_lays_out_arabic
        if self._mode is None:
            return sys.stdout.isatty() and not terminal_lays_out_arabic()
        return self._mode == "visual"

    @property
    def bold(self) -> bool:
        return sys.stdout.isatty() and not self.visual

    def line(self, text: str = "", marked: bool = False) -> None:
        """Print a line; record text in it is made safe first (`marked`: mark() already did it)."""
        if not marked:
            text = shown(text)
        if self.visual:
            from desktop.core.terminal import visual
            text = visual(text)
        click.echo(text)

    def mark(self, text: str, spans) -> str:
        """`text`, safe to print, with the spans in bold when the terminal shows it (print with marked=True)."""
        if not self.bold or not spans:
            return shown(text)
        out, last = [], 0
        for start, end in spans:
            out += [shown(text[last:start]), click.style(shown(text[start:end]), bold=True, fg="yellow")]
            last = end
        return "".join(out + [shown(text[last:])])


def layout_option(fn):
    """--visual / --logical on a printing command, overriding the group's guess."""
    @click.option("--visual", "layout", flag_value="visual", help="Shape and reorder Arabic for terminals without bidi.")
    @click.option("--logical", "layout", flag_value="logical", help="Print Arabic in logical order.")
    @functools.wraps(fn)
    def wrapper(*args, layout=None, **kwargs):
        if layout:
            click.get_current_context().obj["out"] = Output(layout)
        return fn(*args, **kwargs)
    return wrapper


def _json(data) -> None:
    click.echo(json_safe(data, indent=2))


def echo(text="", err: bool = False) -> None:
    """click.echo for anything that may hold record text or echoed input: controls made visible."""
    click.echo(shown(text), err=err)


class Refusal(click.ClickException):
    """click's one-line error, with what it repeats of the input or the store made safe to print."""

    def __init__(self, message: str):
        super().__init__(shown(message))


def handles_errors(fn):
    """Our errors and SQLite's become a clear message on stderr and a non-zero exit, never a traceback.

    A reader that stops early («marsad search … | head») is no error to
    report: click ends such a command quietly when the BrokenPipeError reaches it.
    """
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except BrokenPipeError:
            raise
        except (MarsadError, OSError) as exc:
            raise Refusal(str(exc)) from None
        except sqlite3.Error as exc:
            from desktop.core.storage.connection import translate
            db = click.get_current_context().obj.get("db_path") or Path("?")
            raise Refusal(str(translate(exc, Path(db)))) from None
    return wrapper


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
               "open_store": functools.partial(_open_store, db_path)}
    if ctx.invoked_subcommand is None:
        gui_command = cli.get_command(ctx, "gui")
        if gui_command is None:
            raise Refusal("the desktop app is not available in this build")
        ctx.invoke(gui_command)


def _open_store(path: Path, readonly: bool | None = None) -> Store:
    return Store.open(path, readonly=readonly, backup_dir=paths.backups_dir(),
                      progress=lambda msg: echo(msg, err=True))


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


@cli.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="Check and count, but write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--skip-bad-rows", is_flag=True,
              help="Event data (.csv, .tsv): import the valid rows and list every skipped row with its "
                   "file:line and why. Without it a bad row refuses the whole input.")
@click.option("--map", "mapping", metavar="auto|SPEC",
              help="Columns of a table of no format Marsad recognises: auto (guessed from the column names) "
                   "or title=COLUMN,date=COLUMN,...")
@click.option("--dataset", metavar="NAME",
              help="With --map: the dataset's name, which its ids carry (event:NAME-…, place:NAME-…), so "
                   "two datasets never overwrite each other. Default: the file's name.")
@click.option("--published", help="Publication date for .txt articles (YYYY-MM-DD).")
@click.option("--outlet", help="Outlet name for .txt articles.")
@click.pass_obj
def import_(obj, files, dry_run, as_json, skip_bad_rows, mapping, dataset, published, outlet) -> None:
    """Import records (JSONL), articles (.txt, .md, .html) or event data (ACLED, GDELT 2.0 and its
    mentions, UCDP GED, or any CSV through --map), also inside .zip and .gz archives.

    What a file is, and which format a table has, is told by its content.
    The whole input is checked first; any problem is reported as file:line:
    reason and nothing is written. With --skip-bad-rows, event-data rows
    with problems are left out and listed instead, and the valid rows are
    imported in one transaction. With --dry-run, each table's format, the
    namespace of its ids and its column mapping are shown with the counts.

    \b
    Example:
        marsad import records.jsonl
        marsad import report.txt --published 2025-12-31 --outlet "الأناضول"
        marsad import acled.csv --dry-run --json
        marsad import 20250115120000.export.CSV.zip
        marsad import events.csv --map auto --dataset mydata --dry-run
        marsad import events.csv --map auto --skip-bad-rows
    """
    from desktop.core import importers, importing
    options = {k: v for k, v in (("published", published), ("outlet", outlet), ("mapping", mapping),
                                 ("dataset", dataset)) if v}
    plans = importers.describe(files, **options) if dry_run else []
    if plans and not as_json:
        for plan in plans:
            _print_plan(obj["out"], plan)
    try:
        with obj["open_store"]() as store:
            report = importing.import_files(store, files, dry_run=dry_run, skip_bad_rows=skip_bad_rows,
                                            progress=lambda msg: echo(msg, err=True), **options)
    except BatchError as exc:
        rows_only = isinstance(exc, BadRowsError)
        if as_json:
            _json({"created": {}, "updated": {}, "proposed": {}, "errors": exc.errors}
                  | ({"inputs": [p.to_json() for p in plans]} if dry_run else {}))
        else:
            for line in exc.errors[:50]:
                echo(line, err=True)
            if len(exc.errors) > 50:
                echo(f"... and {len(exc.errors) - 50} more problems", err=True)
            echo("nothing was imported", err=True)
            if rows_only:
                echo("(--skip-bad-rows imports the valid rows and lists the skipped ones)", err=True)
        sys.exit(1)
    except BrokenPipeError:
        raise
    except (MarsadError, OSError) as exc:
        raise Refusal(str(exc)) from None
    except sqlite3.Error as exc:
        from desktop.core.storage.connection import translate
        raise Refusal(str(translate(exc, Path(obj["db_path"])))) from None
    except KeyboardInterrupt:
        echo("import cancelled; nothing was written", err=True)
        sys.exit(130)
    if as_json:
        data = report.to_json()
        if skip_bad_rows:
            data.setdefault("skipped", [])     # asked for: always there, if empty
        if dry_run:
            data["inputs"] = [p.to_json() for p in plans]     # how each input would be read
        _json(data)
        return
    _print_skipped(report, dry_run)
    prefix = "would import" if dry_run else "imported"
    for label, counts in (("created", report.created), ("updated", report.updated),
                          ("unchanged", report.unchanged), ("proposed for review", report.proposed)):
        if counts:
            obj["out"].line(f"{prefix}: {label}: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
    _print_changes(obj["out"], report, dry_run)
    if not (report.created or report.updated or report.proposed):
        echo("nothing changed")


CHANGES_SHOWN = 50     # updated records listed with their fields; more are counted by field


def _print_changes(out: Output, report, dry_run: bool) -> None:
    """After the counts: each updated record with the fields that changed, and the records left as
    stored because the store holds a later revision of them (by the dataset's timestamp)."""
    if report.changes:
        out.line("would change:" if dry_run else "changed:")
        for key, names in list(report.changes.items())[:CHANGES_SHOWN]:
            out.line(f"  {key}: {', '.join(names)}")
        more = sum(report.updated.values()) - CHANGES_SHOWN
        if more > 0:
            out.line(f"  ... and {more} more; fields changed: "
                     + ", ".join(f"{name} ({n})" for name, n in report.changed_fields.most_common()))
    if report.kept_newer_count:
        n = report.kept_newer_count
        out.line(f"kept as stored ({n} record{'s' if n != 1 else ''}): the store holds a later revision "
                 "(dataset_timestamp):")
        for key in report.kept_newer[:CHANGES_SHOWN]:
            out.line(f"  {key}")
        if n > CHANGES_SHOWN:
            out.line(f"  ... and {n - CHANGES_SHOWN} more")


def _print_plan(out: Output, plan) -> None:
    """How a dry run would read one input: its kind, and for a table its format, ids and column mapping."""
    if plan.format is None:
        what = {"records": "records (JSONL)", "article": "an article", "event_data": "event data"}.get(plan.kind,
                                                                                                      plan.kind)
        out.line(f"{plan.name}: {what}")
        return
    if plan.mapping is not None:
        out.line(f"{plan.name}: {plan.label} through a column mapping, dataset {plan.namespace} "
                 f"(ids event:{plan.namespace}-…)")
        for field, column in plan.mapping.items():
            out.line(f"    {field} <- {column}")
        return
    out.line(f"{plan.name}: {plan.label} (ids event:{plan.namespace}-…)")
    if plan.fields:
        out.line("    fills " + ", ".join(plan.fields))


def _print_skipped(report, dry_run: bool) -> None:
    """Every input left out, with where and why (on stderr, like problems): rows with problems under
    a line that counts them; an article already stored says so itself."""
    if report.skipped_rows:
        rows = report.skipped_rows
        done = "would be imported" if dry_run else "were imported"
        echo(f"skipped {rows} row{'s' if rows != 1 else ''} with problems; the valid rows {done}:", err=True)
    for note in report.skipped:
        echo(str(note), err=True)


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
    with obj["open_store"]() as store:
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
        marsad search 'place:البصرة fatalities:>=10 from:2025'
    """
    from desktop.core import search as search_core
    with obj["open_store"]() as store:
        result = search_core.search(store, query, kind=kind, limit=limit)
    if as_json:
        _json(result.to_json())
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
    with obj["open_store"]() as store:
        record = store.get(record_id)
    if record is None:
        raise Refusal(f"{record_id}: no such record")
    if as_json:
        _json(record)
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
    with obj["open_store"]() as store:
        problems = [str(p) for p in store.check()]
        if repair and problems:
            store.repair(progress=lambda msg: echo(msg, err=True))
            after = [str(p) for p in store.check()]
            repaired, problems = [p for p in problems if p not in after], after
        counts = store.counts()
    if as_json:
        _json({"ok": not problems, "problems": problems, "counts": counts}
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


@cli.command()
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


@cli.command()
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


@cli.command()
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
        _json([c.to_json() for c in copies])
        return
    if not copies:
        echo(f"no automatic backups of {obj['db_path']} yet", err=True)
    for c in copies:
        held = ", ".join(f"{n} {k}s" for k, n in c.counts.items()) if c.counts else f"unreadable: {c.problem}"
        echo(f"{c.taken:%Y-%m-%d %H:%M:%S}  {c.reason:<16} {c.size / 2**20:8.1f} MB  {held}\n    {c.path}")


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
for _command in sync_cmd.COMMANDS:      # site, peers, changes, apply, conflicts, resolve (desktop/sync_cmd.py)
    cli.add_command(_command)
for _command in hub_cmd.COMMANDS:       # sync, hub init|status|search (desktop/hub_cmd.py)
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="marsad")
