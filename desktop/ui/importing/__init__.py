"""Importing the news in the GUI: progress and results, CSV column mapping, reviewing proposals.

Entry points:
    import_paths(parent, store, paths, undo_stack=, changes=, on_imported=)  the whole File > Import flow
    import_pasted_article(parent, store, text, undo_stack=, changes=, on_imported=)  an article from the clipboard
    import_files_dialog(parent, store, paths, **options) -> ImportReport | None
    ask_column_mapping(parent, path) -> MappingChoice | None      (needs_mapping(path) says when)
    review_source_dialog(parent, store, source_id, undo_stack=None, changes=None) -> int left
    review_pending_dialog(parent, store, undo_stack=None, changes=None)
    unreviewed_sources(store) -> list[str]
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Callable

from desktop.core import inputs, kinds
from desktop.core.review import unreviewed_sources
from desktop.core.writing import ImportReport
from desktop.ui.importing.mapping import MappingChoice, ask_column_mapping, needs_mapping
from desktop.ui.importing.review import review_pending_dialog, review_source_dialog
from desktop.ui.importing.run import (ImportErrorsDialog, ImportResultDialog, import_files_dialog, run_import,
                                      show_outcome)
from desktop.ui.importing.sheet_files import SheetFiles

# Articles get the import sheet (date, outlet, address, language, title) before extraction: which
# files are articles is core's to say (inputs), by content too (a GDELT export saved as .txt is none).
ARTICLE_SUFFIXES = inputs.ARTICLE_SHEET_SUFFIXES

__all__ = ["import_paths", "import_pasted_article", "import_files_dialog", "ask_column_mapping", "needs_mapping",
           "MappingChoice", "review_source_dialog", "review_pending_dialog", "unreviewed_sources"]


def _evidence_kinds() -> set[str]:
    """Kinds that proposals point at as their evidence (an article's source), from the registry."""
    return {k.field(k.evidence).ref for k in kinds.stored() if k.evidence}


def import_paths(parent, store, paths, *, undo_stack=None, changes=None,
                 on_imported: Callable[[ImportReport], None] | None = None, **options) -> list[ImportReport]:
    """Import what the analyst chose, asking for a column mapping where a CSV needs one.

    Files core reads by themselves (JSONL, articles, ACLED and GDELT) go in one
    all-or-nothing import; each CSV that needs a mapping is imported on its
    own (a mapping applies to every CSV of an import). `on_imported(report)`
    runs after each import that wrote something, before any review, so the
    window can refresh (and clear its undo stack) first. When articles
    brought proposals, the result dialog offers to review them. When only
    bad event-data rows stopped an import, the errors dialog offers to
    import the valid rows and list the skipped ones.
    """
    with tempfile.TemporaryDirectory(prefix="marsad-articles-") as sheets:
        files = SheetFiles(Path(sheets))
        paths = files.through_the_sheet(parent, [Path(p) for p in paths])
        if not paths:
            return []
        return _import_paths(parent, store, paths, undo_stack=undo_stack, changes=changes,
                             on_imported=on_imported, sheet_files=files, **options)


def import_pasted_article(parent, store, text: str, *, undo_stack=None, changes=None,
                          on_imported: Callable[[ImportReport], None] | None = None) -> list[ImportReport]:
    """An article copied from a browser: the import sheet, then the import and its review."""
    from desktop.ui.dialogs import article_sheet
    record = article_sheet.capture(parent, text=text)
    if record is None:
        return []
    with tempfile.TemporaryDirectory(prefix="marsad-articles-") as sheets:
        files = SheetFiles(Path(sheets))
        path = files.pasted(record)
        return _import_paths(parent, store, [path], undo_stack=undo_stack, changes=changes, on_imported=on_imported,
                             sheet_files=files)


def _import_paths(parent, store, paths: list[Path], *, undo_stack=None, changes=None,
                  on_imported: Callable[[ImportReport], None] | None = None, sheet_files: SheetFiles | None = None,
                  **options) -> list[ImportReport]:
    mapped = [p for p in paths if needs_mapping(p)]
    batches: list[tuple[list[Path], dict]] = []
    rest = [p for p in paths if p not in mapped]
    if rest:
        batches.append((rest, dict(options)))
    for path in mapped:
        chosen = ask_column_mapping(parent, path)
        if chosen is not None:
            batches.append(([path], {**options, "mapping": chosen.mapping, "dataset": chosen.dataset}))
    reports = []
    for files, opts in batches:
        outcome, choice = _run_and_show(parent, store, files, opts, on_imported, sheet_files)
        if choice == ImportErrorsDialog.SKIP_BAD_ROWS:
            # Only bad event-data rows stopped it, and the analyst chose to leave them out.
            outcome, choice = _run_and_show(parent, store, files, {**opts, "skip_bad_rows": True}, on_imported,
                                            sheet_files)
        if outcome.report is not None:
            reports.append(outcome.report)
        if choice == ImportResultDialog.REVIEW:
            new_sources = [i for i in outcome.report.ids if kinds.kind_of(i) in _evidence_kinds()]
            review_pending_dialog(parent, store, undo_stack, changes, sources=new_sources)
    return reports


def _run_and_show(parent, store, files, options: dict, on_imported, sheet_files: SheetFiles | None = None) -> tuple:
    """Run one import, let the window know when it wrote something, then show how it went:
    (outcome, the choice its dialog returned)."""
    outcome = run_import(parent, store, files, **options)
    if sheet_files is not None:
        # An article from the sheet is named as the analyst knows it, not by its temporary .json file.
        sheet_files.name_problems(outcome.problems + (outcome.report.skipped if outcome.report else []))
    written = outcome.report is not None and not outcome.dry_run
    if written and on_imported is not None:
        on_imported(outcome.report)
    return outcome, show_outcome(parent, outcome, can_review=written)
