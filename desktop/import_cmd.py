"""`marsad import`: records, articles and event data into the store, all of it or nothing (or the valid
rows with --skip-bad-rows). Registered in desktop/cli.py (`COMMANDS`); the work is core's
(core/importing.py, core/importers.py); this module parses and prints."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import click

from desktop.cli_common import Output, Refusal, echo, print_json, print_problems
from desktop.core.errors import BadRowsError, BatchError, MarsadError


@click.command("import")
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
            print_json({"created": {}, "updated": {}, "proposed": {}, "errors": exc.errors}
                  | ({"inputs": [p.to_json() for p in plans]} if dry_run else {}))
        else:
            print_problems(exc.errors, "nothing was imported")
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
        print_json(data)
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


COMMANDS = (import_,)
